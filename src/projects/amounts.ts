// Amounts as Norwegians write them: `1 200 000`, `1 200 000 kr`, `kr 50 000,-`, `1,2 mill.`, `50.000`,
// `50 000,50`, with ordinary, no-break, thin or figure spaces between the thousands.
//
// The parser answers in ØRE (an integer), so nothing is lost on `50 000,50`; `parseWholeKroner` is the
// form budgets and the cost key use: it refuses øre instead of rounding them away.
// What could be read two ways is refused with a reason, never guessed:
//  - `1,200` (Norwegian 1,20 kr or English 1 200?) and `1.200 mill.` (1,2 or 1 200 millions?);
//  - English grouping `1,200,000` or `1,200.50`;
//  - two numbers (`60 000–400 000`, `50 000 20 000`), a share (`5 %`), a negative amount.

export type AmountError =
  | 'empty'
  | 'not-a-number'
  | 'two-numbers'
  | 'percent'
  | 'negative'
  | 'ambiguous-separator'
  | 'bad-grouping'
  | 'too-precise'
  | 'has-ore'
  | 'too-large';

export type AmountResult = { ok: true; ore: number } | { ok: false; error: AmountError };
export type KronerResult = { ok: true; kroner: number } | { ok: false; error: AmountError };

/** The largest amount accepted: 1 000 milliarder kr. Larger is a typo, and stays a safe integer in øre. */
export const MAX_KRONER = 1_000_000_000_000;

const SPACES = /[\s\u00a0\u2007\u2009\u202f\u200a\u2008]+/gu;
// Longest first so that `millioner` is not read as `mill` + `ioner`.
const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:milliarder|milliard|mrd\.?)$/u, 1_000_000_000],
  [/^(?:millioner|million|mill\.?|mln\.?|m)$/u, 1_000_000],
  [/^(?:tusen|k)$/u, 1_000],
];

/** Parse one amount. Returns øre. */
export function parseNorwegianAmount(input: string): AmountResult {
  let s = input.normalize('NFKC').replace(SPACES, ' ').trim().toLowerCase();
  if (s === '') return { ok: false, error: 'empty' };
  if (/%|prosent/u.test(s)) return { ok: false, error: 'percent' };
  // Currency words before or after the number; `kroner` may follow a multiplier (`1,2 millioner kroner`).
  s = s.replace(/^(?:nok|kr\.?|kroner)\s*/u, '');
  s = s.replace(/\s*(?:nok|kr\.?|kroner)$/u, '');
  // `,-` / `,–` / `.-` mark whole kroner.
  s = s.replace(/[.,]\s*[-\u2013\u2014]$/u, '').trim();
  s = s.replace(/(\d)\.$/u, '$1'); // a sentence's full stop after the number
  if (/^[-\u2212\u2013]/u.test(s)) return { ok: false, error: 'negative' };
  if (s === '') return { ok: false, error: 'not-a-number' };

  let multiplier = 1;
  const unit = /^(.*?\d)\s*([a-zæøå.]+)$/u.exec(s);
  if (unit) {
    const word = unit[2] ?? '';
    const found = MULTIPLIERS.find(([re]) => re.test(word));
    if (!found) return { ok: false, error: 'not-a-number' };
    multiplier = found[1];
    s = (unit[1] ?? '').trim();
  }
  if (/\d[\s]*[-\u2013\u2014][\s]*\d/u.test(s)) return { ok: false, error: 'two-numbers' };
  if (!/^\d[\d., ]*$/u.test(s) || !/\d$/u.test(s)) return { ok: false, error: 'not-a-number' };

  const number = splitNumber(s, multiplier !== 1);
  if (!number.ok) return number;
  const { intDigits, fracDigits } = number;
  // Exact arithmetic in BigInt: øre = (int.frac) * multiplier * 100.
  const scale = 10n ** BigInt(fracDigits.length);
  const whole = BigInt(intDigits + fracDigits) * BigInt(multiplier) * 100n;
  if (whole % scale !== 0n) return { ok: false, error: 'too-precise' };
  const ore = whole / scale;
  if (ore > BigInt(MAX_KRONER) * 100n) return { ok: false, error: 'too-large' };
  return { ok: true, ore: Number(ore) };
}

/** Parse an amount that must be whole kroner (budgets, totals): `50 000,50` is refused with `has-ore`. */
export function parseWholeKroner(input: string): KronerResult {
  const r = parseNorwegianAmount(input);
  if (!r.ok) return r;
  if (r.ore % 100 !== 0) return { ok: false, error: 'has-ore' };
  return { ok: true, kroner: r.ore / 100 };
}

type Split = { ok: true; intDigits: string; fracDigits: string } | { ok: false; error: AmountError };

function splitNumber(s: string, hasMultiplier: boolean): Split {
  const commas = count(s, ',');
  const dots = count(s, '.');
  let intPart = s;
  let frac = '';
  let grouping: ' ' | '.' | null = null;

  if (commas > 1) return { ok: false, error: 'ambiguous-separator' }; // 1,200,000 is English grouping
  if (commas === 1) {
    const at = s.indexOf(',');
    intPart = s.slice(0, at);
    frac = s.slice(at + 1).trim();
    if (!/^\d+$/u.test(frac))
      return { ok: false, error: dots > 0 && s.indexOf('.') > at ? 'ambiguous-separator' : 'bad-grouping' };
    // `1,200`: 1,20 kr or 1 200 kr? Three decimals are no Norwegian money, so the writer may be English.
    if (frac.length === 3 && dots === 0 && !/ /u.test(intPart)) return { ok: false, error: 'ambiguous-separator' };
    if (dots > 0) grouping = '.';
  } else if (dots === 1) {
    const at = s.indexOf('.');
    const after = s.slice(at + 1);
    if (/^\d{3}$/u.test(after) && !/ /u.test(s)) {
      // `50.000` is the old thousands dot; `1.200 mill.` could be 1,2 or 1 200 millions.
      if (hasMultiplier) return { ok: false, error: 'ambiguous-separator' };
      grouping = '.';
    } else if (/^\d{1,2}$/u.test(after) || (hasMultiplier && /^\d+$/u.test(after))) {
      // `12.50` or `1.25 mill.`: not thousands (a group has three digits), so a decimal point.
      intPart = s.slice(0, at);
      frac = after;
    } else if (/^\d{3}$/u.test(after)) {
      grouping = '.';
    } else {
      return { ok: false, error: 'bad-grouping' };
    }
  } else if (dots > 1) {
    grouping = '.';
  }

  intPart = intPart.trim();
  if (/ /u.test(intPart)) {
    if (grouping === '.') return { ok: false, error: 'bad-grouping' };
    grouping = ' ';
  }
  if (grouping !== null) {
    const groups = intPart.split(grouping === ' ' ? / /u : /\./u);
    const [first, ...rest] = groups;
    if (!first || !/^\d{1,3}$/u.test(first) || rest.some((g) => !/^\d{3}$/u.test(g))) {
      // `50 000 20 000` is two numbers side by side; `12 00` is not a grouping at all.
      return { ok: false, error: grouping === ' ' && rest.length > 1 ? 'two-numbers' : 'bad-grouping' };
    }
    intPart = groups.join('');
  }
  if (!/^\d+$/u.test(intPart)) return { ok: false, error: 'bad-grouping' };
  const intDigits = intPart.replace(/^0+(?=\d)/u, '');
  if (intDigits.length > 16) return { ok: false, error: 'too-large' };
  if (frac.length > 12) return { ok: false, error: 'too-precise' };
  return { ok: true, intDigits, fracDigits: frac };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}

/** `1234567` → `1 234 567 kr` (ordinary spaces, so it survives copy and paste into any form). */
export function formatKroner(kroner: number): string {
  const sign = kroner < 0 ? '−' : '';
  const digits = Math.abs(Math.trunc(kroner)).toString();
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')} kr`;
}

/** Øre → `50 000,50 kr`, or `50 000 kr` when there are no øre. */
export function formatOre(ore: number): string {
  const kr = Math.trunc(ore / 100);
  const rest = Math.abs(ore % 100);
  const base = formatKroner(kr);
  return rest === 0 ? base : base.replace(/ kr$/u, `,${rest.toString().padStart(2, '0')} kr`);
}
