// Deliberate disguises that still read as an identity number (round 6b, A6): the day and month as
// enclosed numbers or Roman numerals ("⑮⑤⑧⑤⑩①⑦⓪", "⒖⒌85 10170", "ⅩⅤ.Ⅴ.85 10170"), and the digits
// as look-alike letters ("lSOS8SlOl7O": O and o for 0, l and I for 1, S for 5).
//
// Only where the check digits hold: these spellings are chosen to slip past, not typed by accident,
// and an enclosed ⑤ or a Roman Ⅴ says nothing of whether the reader takes it as "5" or "05". So a
// list numbered ①②③ or a chapter Ⅻ passes. Left out: letters for other digits (B for 8, Z for 2)
// and Roman numerals in plain letters ("XV.V.85"), which ordinary words are made of.
import { checkDigitsHold } from './checked-number.ts';
import { classifyNationalId, digitsUpTo, noDigits, type NationalIdHit } from './national-id.ts';

const NONE: readonly NationalIdHit[] = Object.freeze([]);

/** Enclosed numbers (circled, parenthesised, with a full stop, dingbats) and the Roman numeral characters. */
const ENCLOSED_OR_ROMAN = /[\u2160-\u2188\u2460-\u24ff\u2776-\u2793\u3248-\u324f\u{1f100}-\u{1f10c}]/u;
const ROMAN = /^[\u2160-\u2188]$/u;
/** Eleven characters of digits and the letters that look like them, standing alone, with two real digits or more. */
const LOOK_ALIKE = /(?<![\p{L}\p{N}])(?=(?:[OoIlS]*\d){2})[0-9OoIlS]{11}(?![\p{L}\p{N}])/gu;
const LOOK_ALIKE_QUICK = /[0-9OoIlS]{11}/;
/** What may stand between the parts of one number: spaces, dots, dashes, slashes, invisible characters. */
const BETWEEN = /^[\p{Zs}\p{Pd}\p{Cf}.,/\u00b7\u0640]$/u;

interface Unit {
  digits: string;
  start: number;
  end: number;
  disguised: boolean;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const letters = s.normalize('NFKC').toUpperCase();
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const a = v[letters[i]!] ?? 0;
    const b = v[letters[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** Runs of numbers written as digits, enclosed numbers or Roman numerals, a few separators apart. */
function runs(text: string): Unit[][] {
  const out: Unit[][] = [];
  let run: Unit[] = [];
  let gap = 0;
  const close = () => {
    if (run.some((u) => u.disguised)) out.push(run);
    run = [];
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    let unit: Unit | null = null;
    let next = i + ch.length;
    if (cp >= 0x30 && cp <= 0x39) {
      while (next < text.length && /\d/.test(text[next]!)) next++;
      unit = { digits: text.slice(i, next), start: i, end: next, disguised: false };
    } else if (ROMAN.test(ch)) {
      while (next < text.length && ROMAN.test(text[next]!)) next++;
      const value = romanValue(text.slice(i, next));
      unit = value ? { digits: String(value), start: i, end: next, disguised: true } : null;
    } else if (ch === '(' && /^\d\)/.test(text.slice(next, next + 2))) {
      next += 2;
      unit = { digits: text[i + 1]!, start: i, end: next, disguised: true };
    } else {
      const read = ENCLOSED_OR_ROMAN.test(ch) ? noDigits(ch) : null;
      if (read !== null) unit = { digits: read, start: i, end: next, disguised: true };
    }
    if (unit) {
      run.push(unit);
      gap = 0;
    } else if (run.length && BETWEEN.test(ch) && ++gap <= 3) {
      // a separator inside the run
    } else {
      close();
      gap = 0;
    }
    i = next;
  }
  close();
  return out;
}

/** Identity numbers written in disguise: see the top of the file. */
export function findDisguised(text: string, digits = digitsUpTo(text, 7)): readonly NationalIdHit[] {
  const hits: NationalIdHit[] = [];
  // With day and month in disguise, seven digits are left (as digits or enclosed numbers, which
  // digitsUpTo counts); look-alike letters need two real digits. `digits` is the count up to seven
  // when the caller has it.
  if (digits < 2) return NONE;
  if (digits >= 7 && ENCLOSED_OR_ROMAN.test(text))
    for (const run of runs(text))
      for (let i = 0; i + 2 < run.length; i++) {
        const [day, month] = [run[i]!.digits, run[i + 1]!.digits];
        if (day.length > 2 || month.length > 2) continue;
        let rest = '';
        let j = i + 2;
        while (j < run.length && rest.length < 7) {
          const d = run[j++]!.digits;
          // A four-digit year after the day and month is written for its last two ("ⅩⅤ.Ⅴ.1985 10170").
          rest += j === i + 3 && /^(?:18|19|20)\d\d$/.test(d) ? d.slice(2) : d;
        }
        if (rest.length !== 7) continue;
        const digits = `${day.padStart(2, '0')}${month.padStart(2, '0')}${rest}`;
        const kind = classifyNationalId(digits);
        if (kind && checkDigitsHold(digits)) hits.push({ kind, start: run[i]!.start, end: run[j - 1]!.end, digits });
      }
  if (LOOK_ALIKE_QUICK.test(text))
    for (const m of text.matchAll(LOOK_ALIKE)) {
      const digits = m[0].replace(/[Oo]/g, '0').replace(/[Il]/g, '1').replace(/S/g, '5');
      const kind = classifyNationalId(digits);
      if (kind && checkDigitsHold(digits)) hits.push({ kind, start: m.index, end: m.index + 11, digits });
    }
  return hits.length ? hits : NONE;
}
