// Deliberate disguises that still read as an identity number (round 6b, A6): the day and month as
// enclosed numbers or Roman numerals ("⑮⑤⑧⑤⑩①⑦⓪", "⒖⒌85 10170", "ⅩⅤ.Ⅴ.85 10170"), and the digits
// as look-alike letters ("lSOS8SlOl7O": O and o for 0, l and I for 1, S for 5).
//
// The look-alike letters are those of any script that draw a digit (attack round 8): Cyrillic and
// Greek O, Cyrillic І and palochka, Greek Ι for 1, Cyrillic Ѕ for 5, З and з for 3, б for 6, and
// their full-width and mathematical forms. They are read on the text as normaliseDigits gives it,
// so combining marks, direction controls and other scripts' digits among them are read as they are
// everywhere else, and in groups along the number's fields as digits are ("15 O3 87 l2486",
// "15O387 l2486", "15.O3.1987 l2486"), or one at a time ("1 5 O 3 8 7 l 2 4 8 6"). Every other
// reading (a date and a word, a month in words, the five digits first: "15.03.87 nr l2486") runs
// over the text with the letters of groups of two characters or more written as digits, through
// the one map below, and a number it finds with a letter in it is taken on the same terms.
//
// Only where the check digits hold, or a word naming the number stands right before or after it
// ("fnr: 15O387 l2487"): these spellings are chosen to slip past, not typed by accident, and an
// enclosed ⑤ or a Roman Ⅴ says nothing of whether the reader takes it as "5" or "05". So a list
// numbered ①②③ or a chapter Ⅻ passes, and so does prose with a lone «O» or «l» by a number
// ("O 22 33 44 55", "l 2024"): a letter alone is never a field of the number. Left out: letters for
// other digits (B for 8, Z for 2, lowercase s) and Roman numerals in plain letters ("XV.V.85"),
// which ordinary words are made of.
import { checkDigitsHold } from './check-digits.ts';
import { checkedCounted } from './checked-number.ts';
import { contextCounted } from './in-context.ts';
import { findJoined } from './joined.ts';
import { mayNameNumber, NAMING_WORD, NAMING_WORD_BEFORE } from './naming-words.ts';
import {
  classifyNationalId,
  digitsUpTo,
  noDigits,
  normaliseDigits,
  scanCounted,
  type NationalIdHit,
  type Normalised,
} from './national-id.ts';

const NONE: readonly NationalIdHit[] = Object.freeze([]);

/** Enclosed numbers (circled, parenthesised, with a full stop, dingbats) and the Roman numeral characters. */
const ENCLOSED_OR_ROMAN = /[\u2160-\u2188\u2460-\u24ff\u2776-\u2793\u3248-\u324f\u{1f100}-\u{1f10c}]/u;
const ROMAN = /^[\u2160-\u2188]$/u;
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
  lookAlikes(text, hits);
  return hits.length ? hits : NONE;
}

// ---- Letters that draw a digit -------------------------------------------------------------------

/** The letters read as a digit, by script. The one place a letter becomes a digit. */
const LOOK_ALIKE_DIGIT: Record<string, string> = {
  O: '0',
  o: '0',
  '\u041e': '0',
  '\u043e': '0',
  '\u039f': '0',
  '\u03bf': '0', // Latin, Cyrillic, Greek O
  I: '1',
  l: '1',
  '\u0406': '1',
  '\u0456': '1',
  '\u04c0': '1',
  '\u04cf': '1',
  '\u0399': '1',
  '\u01c0': '1', // І і, palochka, Greek Ι, ǀ
  '\u2160': '1',
  '\u217c': '1', // Roman numeral one and small l, glued among digits ("0Ⅰ0Ⅰ90Ⅰ2345")
  S: '5',
  '\u0405': '5', // Cyrillic Ѕ
  '\u0417': '3',
  '\u0437': '3',
  '\u04e0': '3',
  '\u01b7': '3', // Cyrillic З з Ӡ, Latin Ʒ
  '\u0431': '6', // Cyrillic б
  // Round 8 (A1): round marks drawn where a 0 stands: degree sign, masculine ordinal, white circles.
  '\u00b0': '0',
  '\u00ba': '0',
  '\u25cb': '0',
  '\u25ef': '0',
};
/** The letters above, and the full-width and mathematical letters (folded to plain ones by NFKC). */
const LETTER_CLASS = `${Object.keys(LOOK_ALIKE_DIGIT).join('')}\\uff21-\\uff3a\\uff41-\\uff5a\\u{1d400}-\\u{1d6a3}`;

/** The digit a letter draws, or null. */
function lookAlikeDigit(ch: string): string | null {
  const plain = LOOK_ALIKE_DIGIT[ch];
  if (plain !== undefined) return plain;
  const cp = ch.codePointAt(0)!;
  return cp >= 0xff21 ? (LOOK_ALIKE_DIGIT[ch.normalize('NFKC')] ?? null) : null;
}

/** Separators between groups: those ./national-id.ts reads in a chain of digit groups. */
const SEP = `[ ./,:_*~\`\\\\|+\\-'"()#\u2018\u2019\u201c\u201d\u00ab\u00bb]`;
const LETTER = `[${LETTER_CLASS}]`;
const TOKEN = `[0-9${LETTER_CLASS}]+`;
/** Groups of digits and look-alike letters, each standing alone, a few separators apart. */
// Or glued to the abbreviation that names it ("fnr15O387l2486"), as ./national-id.ts reads digits glued to letters.
const CHAIN = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])|(?<=(?<!\\p{L})[fpdhFPDH]?[nN][rR]\\.?))${TOKEN}(?:${SEP}{1,3}${TOKEN})*(?![\\p{L}\\p{N}])`,
  'gu',
);
const TOKENS = new RegExp(TOKEN, 'gu');
const HAS_LETTER = new RegExp(LETTER, 'u');
const DIGIT = /[0-9]/;
/**
 * Any number read here has a look-alike letter right by a digit, or a few separators from one (a
 * group of letters beside a group of digits): prose without one stops here.
 */
const QUICK = new RegExp(`${LETTER}${SEP}{0,3}[0-9]|[0-9]${SEP}{0,3}${LETTER}`, 'u');
const NAMED_BEFORE = new RegExp(String.raw`(?:${NAMING_WORD_BEFORE})\s*[:.=#]?\s*$`, 'iu');
const NAMED_AFTER = new RegExp(String.raw`^[\s(:,-]{0,3}(?:${NAMING_WORD})`, 'iu');
/** Direction overrides and isolates: "\u202E6842l783O5l" is shown backwards. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const FIELD_BOUNDARIES = new Set([2, 4, 6, 9]);

interface Group {
  /** The digits it reads as, null when a letter in it draws none. */
  digits: string | null;
  letters: number;
  start: number;
  end: number;
  sep: string;
}

function groupsOf(chain: string, at: number): Group[] {
  const out: Group[] = [];
  let last = 0;
  for (const m of chain.matchAll(TOKENS)) {
    let digits: string | null = '';
    let letters = 0;
    for (const ch of m[0]) {
      if (ch >= '0' && ch <= '9') digits += ch;
      else {
        const d = lookAlikeDigit(ch);
        if (d === null) {
          digits = null;
          break;
        }
        digits += d;
        letters++;
      }
    }
    out.push({
      digits,
      letters,
      start: at + m.index,
      end: at + m.index + m[0].length,
      sep: chain.slice(last, m.index),
    });
    last = m.index + m[0].length;
  }
  return out;
}

/** Whether `length` characters at digit `at` of the number are exactly one of its fields. */
function oneField(at: number, length: number): boolean {
  if (length === 2) return at === 0 || at === 2 || at === 4 || at === 9;
  return (at === 0 && (length === 4 || length === 6)) || (at === 6 && (length === 3 || length === 5));
}

/**
 * Groups that read as a number whatever its check digits: each letter in a group with a real digit
 * (a word of look-alikes alone, «ISO», «Sol», is a word), at least four real digits in all, and no
 * separator a date and a sum are written with apart from those a number is written with.
 */
function wholeFields(groups: Group[]): boolean {
  let real = 0;
  for (const g of groups) {
    if (g.letters && g.letters === g.digits!.length) return false;
    real += g.digits!.length - g.letters;
  }
  return real >= 4;
}

/** Identity numbers written with look-alike letters for digits: see the top of the file. */
function lookAlikes(text: string, hits: NationalIdHit[]): void {
  const n = normaliseDigits(text);
  // Most text has no look-alike letter by a digit: the chains are found once, for both readings.
  const chains: RegExpExecArray[] = [];
  if (QUICK.test(n.text))
    for (const m of n.text.matchAll(CHAIN))
      if (m[0].length > 2 && HAS_LETTER.test(m[0]) && DIGIT.test(m[0])) chains.push(m);
  if (!chains.length) return lookAlikesBackwards(text, hits);
  readLookAlikes(n, chains, hits);
  // Always: another number in the same text may be read only so, and the mask must find each.
  readFolded(text, n, chains, hits);
  lookAlikesBackwards(text, hits);
}

function lookAlikesBackwards(text: string, hits: NationalIdHit[]): void {
  if (BIDI.test(text)) {
    // Shown backwards: read it so too; the whole text is the hit (as ./national-id.ts does).
    const shown = normaliseDigits(
      [...text]
        .reverse()
        .join('')
        .replace(/[\u202a-\u202e\u2066-\u2069]/gu, ''),
    );
    const back: NationalIdHit[] = [];
    if (QUICK.test(shown.text)) readLookAlikes(shown, [...shown.text.matchAll(CHAIN)], back);
    for (const h of back) hits.push({ ...h, start: 0, end: text.length });
  }
}

function readLookAlikes(n: Normalised, chains: RegExpExecArray[], hits: NationalIdHit[]): void {
  const t = n.text;
  // The looser test: a word glued to the number ("fnrl5O…") is no word to namesNumber, which wants it to end there.
  const mayName = mayNameNumber(t);
  for (const m of chains) {
    if (m[0].length < 11) continue;
    const groups = groupsOf(m[0], m.index);
    const found = (from: number, to: number, digits: string, letters: number, stray: boolean) => {
      if (!letters || digits.length - letters < 2) return; // digits alone are the other readings' work
      const kind = classifyNationalId(digits);
      if (!kind) return;
      const [start, end] = [groups[from]!.start, groups[to]!.end];
      const named =
        !stray &&
        mayName &&
        (NAMED_BEFORE.test(t.slice(Math.max(0, start - 40), start)) || NAMED_AFTER.test(t.slice(end, end + 40)));
      if (named || checkDigitsHold(digits)) hits.push({ kind, start: n.start(start), end: n.end(end - 1), digits });
    };
    // A date and five written with look-alikes in groups that each hold a digit ("O1O19O12345",
    // "01.01.9O 12345") is refused whatever the check digits, as the same in digits is
    // (./national-id.ts): no word is made of such groups.
    const refuseOnDate = (from: number, to: number, digits: string) => {
      const kind = classifyNationalId(digits);
      if (kind) hits.push({ kind, start: n.start(groups[from]!.start), end: n.end(groups[to]!.end - 1), digits });
    };
    for (let i = 0; i < groups.length; i++) {
      // Along the fields DD|MM|ÅÅ|NNN|KK, a four-digit year read for its last two, or one stray split.
      let digits = '';
      let letters = 0;
      let fullYear = false;
      const lengths: number[] = [];
      for (let j = i; j < groups.length; j++) {
        const g = groups[j]!;
        if (g.digits === null) break;
        // A word made only of look-alikes («SOSISOl»: review 1, MEDIUM 3) stands for digits only as
        // one whole field of the number (DD, MM, ÅÅ, NNN, NNNKK, KK), or beside a naming word.
        if (g.letters > 1 && g.letters === g.digits.length && !mayName && !oneField(digits.length, g.letters)) break;
        let d = g.digits;
        if (j === i + 2 && digits.length === 4 && d.length === 4 && /^(?:18|19|20)/.test(d) && /^[./ -]$/.test(g.sep)) {
          d = d.slice(2);
          fullYear = true;
        }
        const stray = j === i + 1 && digits.length + d.length === 11 && Math.max(digits.length, d.length) >= 7;
        if (j > i && !FIELD_BOUNDARIES.has(digits.length) && !(stray && g.sep.length === 1)) break;
        digits += d;
        letters += g.letters;
        lengths.push(d.length);
        if (digits.length > 11) break;
        if (digits.length < 11) continue;
        // No account number holds a letter (review 1, HIGH 1): 4.2.5 with a look-alike in it is no account.
        const split = j > i && !FIELD_BOUNDARIES.has(lengths[0]!) && lengths.length === 2;
        // A four-digit year and five after it is a date and a sum unless the check digits hold, as in digits.
        if (!split && !fullYear && wholeFields(groups.slice(i, j + 1))) refuseOnDate(i, j, digits);
        else found(i, j, digits, letters, split);
        break;
      }
    }
    // One character at a time, one separator apart or the same few between each: exactly eleven.
    for (let i = 0; i < groups.length;) {
      let j = i;
      const wide = groups[i + 1]?.sep;
      while (
        j < groups.length &&
        groups[j]!.digits?.length === 1 &&
        (j === i || groups[j]!.sep.length === 1 || groups[j]!.sep === wide)
      )
        j++;
      if (j - i === 11) {
        const run = groups.slice(i, j);
        found(
          i,
          j - 1,
          run.map((g) => g.digits).join(''),
          run.reduce((a, g) => a + g.letters, 0),
          false,
        );
      }
      i = Math.max(j, i + 1);
    }
  }
}

/**
 * The text with the look-alike letters of every group that stands by a digit written as digits
 * ("15.03.87 nr l2486" as "15.03.87 nr 12486"), each in place of the letter (a wider one padded with
 * a zero-width space), so offsets stay those of the text; null when no letter is read. Lets every
 * other reading (a date and a word, a month in words, a date with its four-digit year) see the
 * digits a reader sees.
 */
function folded(text: string, n: Normalised, chains: RegExpExecArray[]): { text: string; at: number[] } | null {
  let units: string[] | null = null;
  const named = mayNameNumber(n.text);
  const at: number[] = [];
  for (const m of chains) {
    for (const g of m[0].matchAll(TOKENS)) {
      // A letter alone is no field of a number ("O 22 33 44 55", "з 2024"); one at a time is read above.
      if (g[0].length === 1 || (g[0].length === 2 && g[0].codePointAt(0)! > 0xffff)) continue;
      // Nor a word made only of look-alikes («ISO», «Sol», «SOS», «об»: review 1, MEDIUM 3), unless a
      // word naming the number is in the text: a number is spelled with a digit among its letters.
      if (!DIGIT.test(g[0]) && !named) continue;
      const start = m.index + g.index;
      const letters: [number, string][] = [];
      let i = start;
      let foldable = true;
      for (const ch of g[0]) {
        if (ch < '0' || ch > '9') {
          const d = lookAlikeDigit(ch);
          if (d === null) {
            foldable = false;
            break;
          }
          letters.push([i, d]);
        }
        i += ch.length;
      }
      if (!foldable) continue;
      for (const [k, d] of letters) {
        const [from, to] = [n.start(k), n.end(k)];
        units ??= text.split('');
        units[from] = d;
        for (let u = from + 1; u < to; u++) units[u] = '\u200b';
        at.push(from);
      }
    }
  }
  return units ? { text: units.join(''), at } : null;
}

const NAMED_WITHIN = new RegExp(NAMING_WORD, 'iu');

/**
 * Every other reading over the text with its look-alike letters read as digits: a number found
 * there with a letter in it counts where its check digits hold or a word naming it stands in it or
 * right beside it (some readings take a date and five digits whatever the check digits).
 */
function readFolded(text: string, n: Normalised, chains: RegExpExecArray[], hits: NationalIdHit[]): void {
  const f = folded(text, n, chains);
  if (!f) return;
  const digits = digitsUpTo(f.text, 11);
  if (digits < 7) return;
  const found: NationalIdHit[] = [...scanCounted(f.text, false)];
  if (digits >= 9) found.push(...checkedCounted(f.text), ...contextCounted(f.text));
  if (digits >= 8) found.push(...findJoined(f.text));
  const named = mayNameNumber(f.text);
  for (const h of found) {
    if (!f.at.some((k) => k >= h.start && k < h.end)) continue;
    const near =
      named &&
      (NAMED_WITHIN.test(f.text.slice(h.start, h.end)) ||
        NAMED_BEFORE.test(f.text.slice(Math.max(0, h.start - 40), h.start)) ||
        NAMED_AFTER.test(f.text.slice(h.end, h.end + 40)));
    if (near || checkDigitsHold(h.digits)) hits.push(h);
  }
}
