import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { classifyNationalId, findNationalIds } from '../../src/privacy/national-id.ts';

/** Builds a synthetic identity number with both mod-11 check digits; null when none exists. */
function withChecks(nine: number[]): string | null {
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * nine[i]!, 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  if (c1 === 10) return null;
  const ten = [...nine, c1];
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * ten[i]!, 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  if (c2 === 10) return null;
  return [...ten, c2].join('');
}

function synthetic(day: number, month: number, yy: number, individual: number, kind: 'fnr' | 'd' | 'h' = 'fnr'): string {
  const d = kind === 'd' ? day + 40 : day;
  const m = kind === 'h' ? month + 40 : month;
  for (let ind = individual; ind < individual + 50; ind++) {
    const digits = `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(yy).padStart(2, '0')}${String(ind % 1000).padStart(3, '0')}`;
    const n = withChecks([...digits].map(Number));
    if (n) return n;
  }
  throw new Error('no valid number near that individual number');
}

const arbId = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }), ind: fc.integer({ min: 0, max: 900 }), kind: fc.constantFrom('fnr', 'd', 'h') as fc.Arbitrary<'fnr' | 'd' | 'h'> })
  .map((r) => synthetic(r.day, r.month, r.yy, r.ind, r.kind));

describe('Norwegian identity numbers', () => {
  const fnr = synthetic(1, 1, 99, 123);
  const d = synthetic(15, 6, 85, 200, 'd');
  const h = synthetic(15, 6, 85, 300, 'h');

  it('detects fødselsnummer, D-nummer and H-nummer, with or without a space', () => {
    expect(classifyNationalId(fnr)).toBe('fnr');
    expect(classifyNationalId(d)).toBe('d-nummer');
    expect(classifyNationalId(h)).toBe('h-nummer');
    for (const n of [fnr, d, h]) {
      expect(findNationalIds(`Gjelder ${n}.`)).toHaveLength(1);
      expect(findNationalIds(`(${n.slice(0, 6)} ${n.slice(6)})`)).toHaveLength(1);
    }
  });

  it('ignores one wrong check digit, impossible dates and longer digit runs', () => {
    const wrong = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10);
    expect(classifyNationalId(wrong)).toBeNull();
    expect(findNationalIds(`tlf 0047${fnr}`)).toEqual([]);
    expect(findNationalIds(`${fnr}9`)).toEqual([]);
    const badDate = withChecks([3, 2, 0, 1, 9, 9, 1, 2, 3]) ?? withChecks([3, 2, 0, 1, 9, 9, 1, 2, 4])!;
    expect(classifyNationalId(badDate)).toBeNull();
    expect(guard('Møtet er 30.09.2027 kl 0900-1530, konto 12345678903').ok).toBe(true);
  });

  it('refuses without repeating the number', () => {
    const r = guard(`barnet ${fnr}`);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).not.toContain(fnr.slice(6));
    expect(r.ok ? '' : r.message).toContain('fødselsnummer');
  });

  it('catches every generated valid number in random text, and never throws (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.string(), arbId, fc.string(), fc.boolean(), (before, id, after, spaced) => {
        const shown = spaced ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
        const text = `${before} ${shown} ${after}`;
        // Digits glued on either side make it a longer number, which is not an identity number.
        if (/\d$/.test(before) || /^\d/.test(after)) return;
        expect(guard(text).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
    fc.assert(fc.property(fc.string(), (s) => void guard(s)), { numRuns: 10_000 });
  });
});
