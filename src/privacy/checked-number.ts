// Identity numbers that the field-by-field reading in ./national-id.ts lets through because of how
// they are written (attack round 5, A3): grouped inside their own fields ("0101 9010 046"), with a
// separator people do not usually put there ("010190+10046", "010190，10046"), spelled out with
// ", " between the digits, after a year-first or short birth date ("1990-01-01 10046",
// "1.1.90 10046"), or named by a word the old list lacked ("id-nummer").
//
// Read here only where the check digits of today's numbers hold, or where a word names the number or
// the birth date has a two-digit year: any eleven digits that start with a birth date and whose
// check digits add up are an identity number, however they are grouped. Digits that only look like
// one (amounts after a date, account and phone numbers) almost never pass both check digits.
import { checkDigitsHold } from './check-digits.ts';
import { mayNameNumber, NAMING_ONE, NAMING_ONE_BEFORE, namesNumber } from './naming-words.ts';
import { AMOUNT_AFTER, classifyNationalId, normaliseDigits, type NationalIdHit } from './national-id.ts';
import { cutFromDateOrAmount } from './table-shape.ts';

/** One character between groups: anything but a letter, digit or line break. */
const GAP = String.raw`[^\p{L}\p{N}\p{M}\n\r\v\f\u2028\u2029]`;
const GROUPS = new RegExp(String.raw`\d+(?:${GAP}{1,3}\d+)*`, 'gu');

/**
 * Words that name the number: the one recogniser in ./naming-words.ts (round 6b, A3). Text that
 * holds none (namesNumber) is read by the same patterns with the word left out: the word's
 * alternation, tried at every position, was most of their cost.
 */
function dateReadings(word: string, wordBefore: string) {
  const between = String.raw`(?:(${GAP}{0,3}${word}${GAP}{0,3})|${GAP}{1,3})`;
  /** A word naming the number before the date ("fnr 01011990 12345", "f.nr 01.01.1990 12345"), else no digit right before it. */
  const lead = (notBefore: string) => String.raw`(?:(?<!\p{L})(${wordBefore})${GAP}{0,3}|(?<!${notBefore}))`;
  return {
    /** ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD, ÅÅÅÅ.MM.DD with the five digits after. */
    yearFirst: new RegExp(
      String.raw`${lead(String.raw`\p{N}`)}((?:18|19|20)\d\d)([-./ ]?)(\d{1,2})\3(\d{1,2})${between}${TAIL}`,
      'giu',
    ),
    /** D.M.ÅÅÅÅ, DD.MM.ÅÅ, D.M.ÅÅ and the like with the five digits after. */
    dayFirst: new RegExp(
      String.raw`${lead(String.raw`[\p{N}.]`)}(\d{1,2})([./ -]?)(\d{1,2})(?:\3|(?<=\d\/\d{1,2})-)(\d{4}|\d{2})${between}${TAIL}`,
      'giu',
    ),
  };
}
/**
 * The five digits after the date, whole or split as the number's fields NNN KK ("100 46"; attack
 * round 6, A3). A split one is no time ("2026 10:00" is no "026 10").
 */
const TAIL = String.raw`(\d{5}(?!\p{N}|[.,]\p{N})|\d{3}${GAP}{1,3}\d{2}(?!\p{N}|[.,:]\p{N}))`;
// One word, not two joined: "15.05.1985 fnr og pnr 54321" is read by ./national-id.ts and ./in-context.ts.
const WITH_WORD = dateReadings(NAMING_ONE, NAMING_ONE_BEFORE);
const WITHOUT_WORD = dateReadings('(?!)', '(?!)');

/**
 * 4.2.5 with one space, dot or dash between is how a bank account number is written ("1503 42
 * 12345"), and ./national-id.ts lets it through whatever its digits: so does this reading.
 */
function isAccount(groups: { d: string; at: number }[], text: string): boolean {
  if (groups.length !== 3 || groups[0]!.d.length !== 4 || groups[1]!.d.length !== 2 || groups[2]!.d.length !== 5)
    return false;
  const gap = (k: number) => text.slice(groups[k - 1]!.at + groups[k - 1]!.d.length, groups[k]!.at);
  return /^[ .-]$/.test(gap(1)) && /^[ .-]$/.test(gap(2));
}

/** What TAIL needs somewhere (a looser class and look-ahead, so never less): else no date reading can match. */
const TAIL_DIGITS = /\d{5}|\d{3}[^\p{L}\p{N}\n]{1,3}\d\d(?!\d|[.,:]\d)/u;
const DIGIT_LIKE = /^[\p{Nd}\p{No}]$/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 digit-like, 2 not. Filled as met. */
const BMP_DIGIT_LIKE = new Uint8Array(0x10000);

/**
 * Fewer than nine digits hold no number in any of the readings below ("1.1.90 10046" has nine). Counts
 * what the reading turns into digits (\p{Nd}, \p{No}) without allocating: the outgoing mask runs this
 * on every string of every card. A unit outside the BMP counts as a digit (mathematical digits are).
 */
function tooFew(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let digit: boolean;
    if (c < 0x80) digit = c >= 0x30 && c <= 0x39;
    else if (c >= 0xd800 && c <= 0xdfff) digit = true;
    else {
      let known = BMP_DIGIT_LIKE[c]!;
      if (known === 0) BMP_DIGIT_LIKE[c] = known = DIGIT_LIKE.test(String.fromCharCode(c)) ? 1 : 2;
      digit = known === 1;
    }
    if (digit && ++n >= 9) return false;
  }
  return true;
}

/** Shared by every string without a hit: the outgoing walk calls this on each, so it allocates nothing then. */
const NONE: readonly NationalIdHit[] = Object.freeze([]);

/**
 * True when no reading below can match: every one needs nine digits in one chain of groups with at
 * most three characters between them that are no letter, digit or line break, unless a word naming
 * the number (all hold "nr" or "nummer") stands in it. Dates, times and ids in cards stop here. A
 * character outside ASCII counts as a digit-or-gap, so the shortcut only ever sends more to the full
 * reading, never less.
 */
function noChain(text: string): boolean {
  let chain = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if ((c >= 0x30 && c <= 0x39) || c >= 0x80) {
      if (++chain >= 9) return false;
      gap = 0;
    } else if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x0a && c <= 0x0d)) {
      chain = 0;
      gap = 0;
    } else if (chain > 0 && ++gap > 3) {
      chain = 0;
      gap = 0;
    }
  }
  return !mayNameNumber(text);
}

export function findCheckedNumbers(text: string): readonly NationalIdHit[] {
  if (tooFew(text)) return NONE;
  return checkedCounted(text);
}

/** findCheckedNumbers for text already known to hold nine digits or more (digitsUpTo): the same, one count fewer. */
export function checkedCounted(text: string): readonly NationalIdHit[] {
  return noChain(text) ? NONE : checkedInFull(text);
}

/** Every reading, without the shortcuts: what findCheckedNumbers gives for any text (exported for its test). */
export function checkedInFull(text: string): readonly NationalIdHit[] {
  const n = normaliseDigits(text);
  const hits: NationalIdHit[] = [];
  const hit = (digits: string, from: number, to: number) => {
    const kind = classifyNationalId(digits);
    if (kind) hits.push({ kind, start: n.start(from), end: n.end(to), digits });
    return kind;
  };
  for (const m of n.text.matchAll(GROUPS)) {
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({ d: g[0], at: m.index + g.index }));
    const groupEnd = (k: number) => groups[k]!.at + groups[k]!.d.length;
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 11; j++) {
        digits += groups[j]!.d;
        if (digits.length !== 11 || !checkDigitsHold(digits)) continue;
        const end = groups[j]!.at + groups[j]!.d.length;
        const part = (k: number) => ({
          digits: groups[k]!.d,
          sep: k > 0 ? n.text.slice(groupEnd(k - 1), groups[k]!.at) : '',
        });
        const parts = groups.slice(i, j + 1).map((_, k) => part(i + k));
        const next = j + 1 < groups.length ? part(j + 1) : undefined;
        const prev = i > 0 ? part(i - 1) : undefined;
        // A row of a table or a list (round 7, A7): digits cut out of a date or an amount are no
        // number; these hold their check digits, so a number spread over cells is one.
        if (cutFromDateOrAmount(parts, next, prev)) continue;
        if (!isAccount(groups.slice(i, j + 1), n.text)) hit(digits, groups[i]!.at, end - 1);
      }
    }
  }
  // Both date readings end in five digits (TAIL): without them, neither can match.
  if (!TAIL_DIGITS.test(n.text)) return hits.length ? hits : NONE;
  const { yearFirst, dayFirst } = namesNumber(n.text) ? WITH_WORD : WITHOUT_WORD;
  for (const m of n.text.matchAll(yearFirst)) {
    const [, lead, yyyy, sep, mm, dd, between, tail] = m as unknown as string[];
    if (!sep && (mm!.length !== 2 || dd!.length !== 2)) continue;
    const digits = `${dd!.padStart(2, '0')}${mm!.padStart(2, '0')}${yyyy!.slice(2)}${tail!.replace(/\D/g, '')}`;
    if (lead || between || checkDigitsHold(digits)) hit(digits, m.index, m.index + m[0].length - 1);
  }
  for (const m of n.text.matchAll(dayFirst)) {
    const [, lead, dd, sep, mm, year, between, rawTail] = m as unknown as string[];
    const word = lead || between;
    const tail = rawTail!.replace(/\D/g, '');
    if (!sep && (dd!.length !== 2 || mm!.length !== 2)) continue;
    if (year!.length === 4 && !/^(?:18|19|20)/.test(year!)) continue;
    const digits = `${dd!.padStart(2, '0')}${mm!.padStart(2, '0')}${year!.slice(-2)}${tail}`;
    // A two-digit year with a separator is a birth date as people write one in a number
    // (DD.MM.ÅÅ NNNKK is read so already); a four-digit year may be a date before an amount.
    const shortYear = year!.length === 2 && /^[./-]$/.test(sep!);
    // Unless the check digits hold, øre after a decimal comma ("03.02.27 250,00") or a currency or
    // unit word right after ("12.03.27: 14500 kr") make it a date and an amount (round 6b, A7).
    const end = m.index + m[0].length;
    const amount = /^\d{3},\d\d$/.test(rawTail!) || AMOUNT_AFTER.test(n.text.slice(end, end + 12));
    if (word || (shortYear && !amount) || checkDigitsHold(digits)) hit(digits, m.index, end - 1);
  }
  return hits.length ? hits : NONE;
}
