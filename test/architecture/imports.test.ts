import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readSource, resolveSpecifier, sourceFiles } from './sources.ts';

/**
 * The one-way rules of ARCHITECTURE.md, checked over the import graph so a later move off
 * botbuilder (archived end of 2025) touches bot/ and src/server only, and the domain never learns
 * which database it runs on.
 */

type Import = { file: string; specifier: string };
type Violation = Import & { rule: string };

/** Static imports, `export … from`, `import type`, `import x = require()` and `import('…')` with a string literal. Comments and strings do not count. */
export function importsOf(file: string, text: string): Import[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({ file, specifier: f.fileName }));
}

const FRAMEWORK = /^(botbuilder|botframework-|restify)(?:$|[-/@])/;

/**
 * Not the domain: the store adapters, the server edge, the composition (src/app wires the parts
 * together) and the dev-only parts loaded in local mode. Everything else in src/ is the domain.
 */
const NOT_DOMAIN = ['src/store/', 'src/server/', 'src/app/', 'src/dev/'];

const isDomain = (file: string): boolean => file.startsWith('src/') && !NOT_DOMAIN.some((d) => file.startsWith(d));

export function violations(imports: Import[]): Violation[] {
  const out: Violation[] = [];
  for (const imp of imports) {
    const { file, specifier } = imp;
    const target = resolveSpecifier(file, specifier);
    const add = (rule: string): void => void out.push({ ...imp, rule });
    if (file.startsWith('src/') && !file.startsWith('src/server/') && FRAMEWORK.test(specifier))
      add('src imports the Teams framework or restify outside src/server');
    if (file.startsWith('src/') && target.startsWith('bot/')) add('src imports bot/');
    if (isDomain(file) && /^src\/store\/(sqlite|postgres)\//.test(target)) add('domain imports a store implementation');
    if (isDomain(file) && /^src\/dev\//.test(target)) add('domain imports a dev-only part');
    if (file.startsWith('cards/') && target.startsWith('bot/')) add('cards imports bot/');
  }
  return out;
}

/**
 * Known violations, each with the reason it may stay for now. Empty since the playground mounts
 * through its own route shapes (src/dev/playground/http.ts). This list may only shrink: a new
 * violation fails, and so does an entry that no longer occurs (remove it).
 */
const ALLOWED: ReadonlyArray<Omit<Violation, 'rule'>> = [];

const key = (v: Omit<Violation, 'rule'>): string => `${v.file} → ${v.specifier}`;

/** Specifiers of top-level `import … from` and `export … from`: what loads with the file itself. */
export function staticImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  return sf.statements.flatMap((st) =>
    (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
    st.moduleSpecifier &&
    ts.isStringLiteral(st.moduleSpecifier)
      ? [st.moduleSpecifier.text]
      : [],
  );
}

/** The one file that loads src/dev/, by dynamic import behind the local-mode check. */
const DEV_LOADER = 'bot/compose.ts';

describe('import rules', () => {
  const files = sourceFiles('src', 'bot', 'cards');
  const found = violations(files.flatMap((f) => importsOf(f, readSource(f))));

  it('reads the whole graph', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('bot/compose.ts');
  });

  it('finds imports of every form and ignores comments and strings', () => {
    const text = [
      "// import 'botbuilder';",
      'const s = "import(\'restify\')";',
      "import type { Server } from 'restify';",
      "export { x } from '../../bot/outgoing.ts';",
      "const m = await import('../store/sqlite/index.ts');",
      "import { TurnContext } from 'botbuilder-core';",
    ].join('\n');
    const got = violations(importsOf('src/tasks/x.ts', text)).map((v) => `${v.specifier}: ${v.rule}`);
    expect(got).toEqual([
      'restify: src imports the Teams framework or restify outside src/server',
      '../../bot/outgoing.ts: src imports bot/',
      '../store/sqlite/index.ts: domain imports a store implementation',
      'botbuilder-core: src imports the Teams framework or restify outside src/server',
    ]);
    expect(violations(importsOf('src/server/http.ts', "import restify from 'restify';"))).toEqual([]);
    expect(violations(importsOf('src/store/open.ts', "import { S } from './sqlite/index.ts';"))).toEqual([]);
    expect(violations(importsOf('cards/x.ts', "import { y } from '../bot/replies.ts';")).map((v) => v.rule)).toEqual([
      'cards imports bot/',
    ]);
    const rules = (file: string, line: string): string[] => violations(importsOf(file, line)).map((v) => v.rule);
    expect(rules('src/meetings/x.ts', "import { m } from '../dev/playground/routes.ts';")).toEqual([
      'domain imports a dev-only part',
    ]);
    expect(rules('src/features/index.ts', "import type { P } from '../store/postgres/index.ts';")).toEqual([
      'domain imports a store implementation',
    ]);
    expect(rules('src/dev/playground/x.ts', "import type { Server } from 'restify';")).toEqual([
      'src imports the Teams framework or restify outside src/server',
    ]);
    expect(rules('src/dev/playground/x.ts', "import { e } from '../connector/emulator.ts';")).toEqual([]);
    expect(rules('src/app/services.ts', "import { S } from '../store/sqlite/index.ts';")).toEqual([]);
  });

  it('src, bot and cards keep the one-way rules (only the named known violations remain)', () => {
    const allowed = new Set(ALLOWED.map(key));
    const fresh = found.filter((v) => !allowed.has(key(v))).map((v) => `${key(v)} (${v.rule})`);
    expect(fresh, 'new import-rule violations').toEqual([]);
  });

  it('src/dev/ is reached only from the composition root, by dynamic import (never loaded in production)', () => {
    const intoDev = (f: string, spec: string) =>
      !f.startsWith('src/dev/') && resolveSpecifier(f, spec).startsWith('src/dev/');
    const reaching = files.filter((f) => importsOf(f, readSource(f)).some((i) => intoDev(f, i.specifier)));
    expect(reaching).toEqual([DEV_LOADER]);
    const loaded = reaching.flatMap((f) =>
      staticImports(f, readSource(f))
        .filter((spec) => intoDev(f, spec))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(loaded, 'static imports of src/dev/').toEqual([]);
    expect(staticImports('x.ts', "import { a } from './a.ts';\nconst b = await import('./b.ts');")).toEqual(['./a.ts']);
  });

  it('the allow-list names only violations that still occur', () => {
    const still = new Set(found.map(key));
    expect(
      ALLOWED.map(key).filter((k) => !still.has(k)),
      'fixed: remove these from ALLOWED',
    ).toEqual([]);
  });
});
