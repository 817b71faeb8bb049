import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from './sources.ts';

/**
 * Time comes from the injected Clock (src/time/clock.ts), so every time-dependent rule can be
 * tested by advancing a ManualClock instead of sleeping. Only src/time may read the system clock.
 */

type Reading = { file: string; line: number; text: string };

/** `Date.now()`, `new Date()` and `Date()` with no argument; comments, strings and `new Date(x)` do not count. */
export function clockReads(file: string, source: string): Reading[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Reading[] = [];
  const isDate = (e: ts.Expression): boolean => ts.isIdentifier(e) && e.text === 'Date';
  const visit = (n: ts.Node): void => {
    const now =
      (ts.isNewExpression(n) && isDate(n.expression) && !n.arguments?.length) ||
      (ts.isCallExpression(n) && isDate(n.expression) && n.arguments.length === 0) ||
      (ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        isDate(n.expression.expression) &&
        n.expression.name.text === 'now');
    if (now) out.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf) });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * Known reads of the system clock, each in a file another engineer is reshaping (issue #14). The
 * list may only shrink: a new read fails, and so does an entry that no longer occurs (remove it).
 * Counted per file, not per line, so edits around them do not break the test.
 */
const ALLOWED: Record<string, number> = {
  'src/dev/playground/routes.ts': 1, // activity ids `pg-<ms>-<seq>`; only uniqueness matters, but the playground has a clock to use
};

describe('clock rule', () => {
  const files = sourceFiles('src').filter((f) => !f.startsWith('src/time/'));
  const found = files.flatMap((f) => clockReads(f, readSource(f)));
  const perFile = (): Record<string, number> => {
    const m: Record<string, number> = {};
    for (const r of found) m[r.file] = (m[r.file] ?? 0) + 1;
    return m;
  };

  it('reads every source outside src/time', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('src/messaging/reliable.ts');
  });

  it('sees the system clock in code, not in comments or strings', () => {
    const text = [
      '// Date.now() in a comment',
      "const s = 'new Date()';",
      'const a = Date.now();',
      'const b = new Date();',
      'const c = new Date;',
      'const d = new Date(0);',
      'const e = new Date(a);',
      'const f = Date();',
      'const g = Date.parse("2026-01-01");',
    ].join('\n');
    expect(clockReads('x.ts', text).map((r) => `${r.line}: ${r.text}`)).toEqual([
      '3: Date.now()',
      '4: new Date()',
      '5: new Date',
      '8: Date()',
    ]);
  });

  it('src reads time only through the Clock (only the named known reads remain)', () => {
    const fresh = found.filter((r) => !(r.file in ALLOWED)).map((r) => `${r.file}:${r.line} ${r.text}`);
    expect(fresh, 'read the time from the injected Clock').toEqual([]);
    const grown = Object.entries(perFile()).filter(([f, n]) => f in ALLOWED && n > (ALLOWED[f] ?? 0));
    expect(grown, 'more clock reads than allowed in').toEqual([]);
  });

  it('the allow-list names only reads that still occur', () => {
    const counts = perFile();
    const stale = Object.entries(ALLOWED)
      .filter(([f, n]) => (counts[f] ?? 0) < n)
      .map(([f, n]) => `${f}: allowed ${n}, found ${counts[f] ?? 0}`);
    expect(stale, 'fixed: lower or remove these in ALLOWED').toEqual([]);
  });
});
