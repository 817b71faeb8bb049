// The cost-sharing key of a joint service (seed 004, Øvre Romerike and Lunner): a fixed part of the
// total split by population, the rest split by each municipality's use (e.g. group guidance bought).
//
// Two pots, each split with largest-remainder rounding, so every figure on the invoice is whole
// kroner and everything adds up: the fixed parts sum to the fixed pot, the use parts to the use pot,
// and the shares to the total, exactly. Arithmetic is in BigInt rationals: no floating point.
// A municipality's share then lies within 2 kr of its exact share (< 1 kr per pot plus at most
// ½ kr from rounding the pots themselves).

export interface CostKeyMunicipality {
  name: string;
  population: number;
  /** Use in any unit (assignments, hours); decimals allowed. Ignored when the fixed share is 100 %. */
  use: number;
}

export interface CostKeyInput {
  /** Whole kroner. */
  total: number;
  /** The fixed part in per cent, 0–100 (decimals allowed, e.g. 33.3). */
  fixedPercent: number;
  municipalities: CostKeyMunicipality[];
}

export interface CostKeyRow {
  name: string;
  population: number;
  use: number;
  fixed: number;
  byUse: number;
  share: number;
}

export interface CostKeyResult {
  total: number;
  fixedPercent: number;
  fixedPot: number;
  usePot: number;
  rows: CostKeyRow[];
}

export type CostKeyError =
  | { kind: 'no-municipalities' }
  | { kind: 'duplicate'; name: string }
  | { kind: 'bad-percent' }
  | { kind: 'no-population' }
  | { kind: 'no-use' }
  | { kind: 'bad-number'; name: string };

/** A non-negative decimal as an exact fraction num/den (den a power of ten). */
function fraction(x: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(x) || x < 0) throw new RangeError('not a non-negative number');
  // Shortest decimal text that round-trips: 12.5 → "12.5", 1e21 → "1e+21" (refused by the caller).
  const s = x.toString();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new RangeError('not a plain decimal');
  const frac = m[2] ?? '';
  return { num: BigInt(m[1]! + frac), den: 10n ** BigInt(frac.length) };
}

/**
 * Splits `pot` whole kroner in proportion to `weights` (exact fractions over one common denominator),
 * largest remainder first. Ties go to the larger weight, then to the name first in Norwegian order,
 * then to the earlier row: the same input always gives the same kroner.
 */
function largestRemainder(pot: bigint, weights: bigint[], names: string[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const exact = weights.map((w) => pot * w);
  const floors = exact.map((e) => e / sum);
  const remainders = exact.map((e) => e % sum);
  let left = pot - floors.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const r = remainders[b]! - remainders[a]!;
      if (r !== 0n) return r > 0n ? 1 : -1;
      const w = weights[b]! - weights[a]!;
      if (w !== 0n) return w > 0n ? 1 : -1;
      const n = names[a]!.localeCompare(names[b]!, 'nb');
      return n !== 0 ? n : a - b;
    });
  const out = [...floors];
  for (const i of order) {
    if (left === 0n) break;
    out[i]! += 1n;
    left -= 1n;
  }
  return out;
}

/** Computes the key, or says what is missing for it. */
export function computeCostKey(
  input: CostKeyInput,
): { ok: true; result: CostKeyResult } | { ok: false; error: CostKeyError } {
  const ms = input.municipalities;
  if (ms.length === 0) return { ok: false, error: { kind: 'no-municipalities' } };
  const seen = new Set<string>();
  for (const m of ms) {
    const key = m.name.toLocaleLowerCase('nb');
    if (seen.has(key)) return { ok: false, error: { kind: 'duplicate', name: m.name } };
    seen.add(key);
    if (!Number.isSafeInteger(m.population) || m.population < 0 || !Number.isFinite(m.use) || m.use < 0)
      return { ok: false, error: { kind: 'bad-number', name: m.name } };
  }
  if (!Number.isSafeInteger(input.total) || input.total < 0)
    return { ok: false, error: { kind: 'bad-number', name: '' } };
  if (!Number.isFinite(input.fixedPercent) || input.fixedPercent < 0 || input.fixedPercent > 100)
    return { ok: false, error: { kind: 'bad-percent' } };
  const pct = fraction(input.fixedPercent);
  const total = BigInt(input.total);
  const hundred = 100n * pct.den;
  // Fixed pot = total × pct / 100, rounded half up to whole kroner; the use pot is what is left.
  const fixedExactNum = total * pct.num;
  let fixedPot = fixedExactNum / hundred;
  if ((fixedExactNum % hundred) * 2n >= hundred) fixedPot += 1n;
  const usePot = total - fixedPot;

  const pops = ms.map((m) => BigInt(m.population));
  if (fixedPot > 0n && pops.every((p) => p === 0n)) return { ok: false, error: { kind: 'no-population' } };
  let uses: bigint[];
  try {
    const fr = ms.map((m) => fraction(m.use));
    const den = fr.reduce((a, f) => (f.den > a ? f.den : a), 1n);
    uses = fr.map((f) => f.num * (den / f.den));
  } catch {
    return { ok: false, error: { kind: 'bad-number', name: '' } };
  }
  if (usePot > 0n && uses.every((u) => u === 0n)) return { ok: false, error: { kind: 'no-use' } };

  const names = ms.map((m) => m.name);
  const fixed = largestRemainder(fixedPot, pops, names);
  const byUse = largestRemainder(usePot, uses, names);
  const rows = ms.map((m, i) => ({
    name: m.name,
    population: m.population,
    use: m.use,
    fixed: Number(fixed[i]),
    byUse: Number(byUse[i]),
    share: Number(fixed[i]! + byUse[i]!),
  }));
  return {
    ok: true,
    result: {
      total: input.total,
      fixedPercent: input.fixedPercent,
      fixedPot: Number(fixedPot),
      usePot: Number(usePot),
      rows,
    },
  };
}

/** A municipality's exact share as a float, for checking the rounding (tests, not invoices). */
export function exactShare(input: CostKeyInput, index: number): number {
  const f = input.fixedPercent / 100;
  const popSum = input.municipalities.reduce((a, m) => a + m.population, 0);
  const useSum = input.municipalities.reduce((a, m) => a + m.use, 0);
  const m = input.municipalities[index]!;
  return input.total * ((popSum ? (f * m.population) / popSum : 0) + (useSum ? ((1 - f) * m.use) / useSum : 0));
}
