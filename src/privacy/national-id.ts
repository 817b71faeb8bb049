// Norwegian national identity numbers: fødselsnummer, D-nummer (first digit of the day + 4) and
// H-nummer (first digit of the month + 4). Eleven digits: a date DDMMÅÅ, an individual number NNN
// and two check digits KK.
//
// The check digits are deliberately ignored. A number typed with one wrong digit still points at a
// child, and the check-digit rule is set to change for numbers issued from 2032. So any eleven
// digits that start with a possible birth date (plain, D or H) count as an identity number.

import { checkDigitsHold } from './check-digits.ts';
import { mayNameNumber, NAMING_WORD, namesNumber } from './naming-words.ts';
import { cutFromDateOrAmount, spreadOverCells } from './table-shape.ts';

export type NationalIdKind = 'fnr' | 'd-nummer' | 'h-nummer';

export interface NationalIdHit {
  kind: NationalIdKind;
  /** UTF-16 offsets in the text as given, from the first digit to just after the last one. */
  start: number;
  end: number;
  /** The eleven digits, in ASCII. */
  digits: string;
}

function validDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown from the number alone; 29 February must exist in some century for yy.
  const leap = yy % 4 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * The kind of number eleven ASCII digits would be, judged by the date in the first six alone;
 * null when those six are no birth date of any kind.
 */
export function classifyNationalId(eleven: string): NationalIdKind | null {
  if (!/^\d{11}$/.test(eleven)) return null;
  const day = Number(eleven.slice(0, 2));
  const month = Number(eleven.slice(2, 4));
  const yy = Number(eleven.slice(4, 6));
  if (validDate(day, month, yy)) return 'fnr';
  if (day > 40 && validDate(day - 40, month, yy)) return 'd-nummer';
  if (month > 40 && validDate(day, month - 40, yy)) return 'h-nummer';
  return null;
}

// ---- Reading digits the way a person sees them ---------------------------------------------------

/**
 * Characters that draw nothing or only decorate the one before: soft hyphen, zero-width space and
 * joiners, word joiner, byte order mark, direction marks (all \p{Cf}), combining marks, variation
 * selectors and the Hangul fillers. Text pasted from Word, web pages and phones carries them; a
 * number split by one looks whole on screen, so they are read as nothing.
 */
// The Arabic tatweel (U+0640) only stretches the line between letters: between digits it draws a
// stroke no one reads as part of the number, "150585ـ10170" (round 6b, A6).
// Noncharacters (U+FFFE, U+FDD0 …) and a lone surrogate are no letters at all and show as nothing or a
// box: "010190\ufffe12345" is one number to a reader (attack round 12 A2).
const IGNORABLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Noncharacter_Code_Point}\p{Cs}\u115f\u1160\u3164\uffa0\u0640]$/u;
/** Control characters other than tab and line breaks draw nothing either (attack round 6, A2). */
const CONTROL = /^[\p{Cc}--[\t\n\v\f\r\x85]]$/v;

/**
 * What may stand between the groups of one number, each read as its ASCII form: any space (also
 * no-break, narrow and ideographic) and tab as ' ', any dash (hyphen, en and em dash, minus) as '-',
 * dots and slashes in ASCII or full width. Line breaks stay: digits on two lines are two things.
 */
// The Braille pattern blank (U+2800) draws an empty cell, a space to the reader (attack round 6, A2).
const SPACE = /^[\p{Zs}\t\u2800]$/u;
const DASH = /^[\p{Pd}\u2212]$/u;
// Also what looks like a dot on screen: middle dot, one-dot leader, ideographic full stops.
const DOT = /^[.\uff0e\u00b7\u2024\u3002\uff61]$/u;
const SLASH = /^[/\u2044\u2215\uff0f]$/u;

const ND = /^\p{Nd}$/u;
/** Circled, superscript and other digits that are no decimal digits but read as one (①, ⁵). */
const NO = /^\p{No}$/u;

/**
 * The digits a character of \p{No} reads as, or null: its compatibility form when that is digits
 * (①, ⁵, ⑩), in brackets or with a full stop or comma (⑴ "(1)", ⒈ "1.", 🄂 "1,"), and the circled
 * digits Unicode gives no such form (⓿, ⓫–⓴, ⓵–⓾, the dingbats ❶–➓, 🄋 🄌, ㉈–㉏): attack round 6, A2.
 */
export function noDigits(ch: string): string | null {
  const nfkc = ch.normalize('NFKC');
  const m = /^(?:\((\d+)\)|(\d+)[.,]?)$/.exec(nfkc);
  if (m) return (m[1] ?? m[2])!;
  const cp = ch.codePointAt(0)!;
  if (cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return '0';
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11);
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  if (cp >= 0x2776 && cp <= 0x2793) return String(((cp - 0x2776) % 10) + 1);
  if (cp >= 0x3248 && cp <= 0x324f) return String((cp - 0x3248 + 1) * 10);
  return null;
}

/**
 * The value of a decimal digit of any script: full-width ０-９, Arabic-Indic, Devanagari,
 * mathematical bold and the rest. Unicode lays each script's digits out as runs of ten starting at
 * zero (adjacent scripts' runs follow each other), so the value is the distance from the start of
 * the run, modulo ten.
 */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Every character the normaliser changes; text without any is read as it stands (the usual case). */
const CHANGED =
  /[[\p{Nd}--[0-9]]\p{No}[\p{Zs}--[ ]][\p{Pd}--[\-]][\p{Cc}--[\n\v\f\r\x85]]\p{Cf}\p{Mn}\p{Me}\p{Noncharacter_Code_Point}\p{Cs}\\\u115f\u1160\u3164\uffa0\u0640\u2212\u2044\u2215\u2800\uff0e\uff0f\u00b7\u2024\u3002\uff61]/v;

/** Whether normaliseDigits leaves text as it stands (the usual case): the readings may then look at the text itself first. */
export function readsAsItStands(text: string): boolean {
  return !CHANGED.test(text);
}

/** A Markdown escape: a backslash before ASCII punctuation draws only the punctuation ("010190\-12345"). */
const ESCAPED = /^[!-/:-@[-`{-~]$/;

export interface Normalised {
  /** Decimal digits in ASCII, separators in their ASCII form, ignorable characters gone. */
  text: string;
  /** For a UTF-16 unit of `text`: where the character it came from starts and ends in the original. */
  start(i: number): number;
  end(i: number): number;
}

/** The text as the guard reads it: one step, so input and output are judged alike. */
export function normaliseDigits(original: string): Normalised {
  if (!CHANGED.test(original)) return { text: original, start: (i) => i, end: (i) => i + 1 };
  // Every reading of one text asks for this in turn: the last one is kept (round 7, A6).
  if (original === lastOriginal && lastNormalised) return lastNormalised;
  lastNormalised = normaliseChanged(original);
  lastOriginal = original;
  return lastNormalised;
}
let lastOriginal: string | undefined;
let lastNormalised: Normalised | undefined;

function normaliseChanged(original: string): Normalised {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    let out: string;
    let read: string | null;
    if (ND.test(ch)) out = String(digitValue(cp));
    else if (NO.test(ch) && (read = noDigits(ch)) !== null) out = read;
    else if (IGNORABLE.test(ch) || CONTROL.test(ch)) out = '';
    else if (ch === '\\' && ESCAPED.test(original[next] ?? '')) out = '';
    else if (ch === '(' && original.startsWith('0)', next) && nextToParenthesised(original, i, next + 2)) {
      // No parenthesised zero exists: "⑴⑸(0)⑸⑻…" writes it as "(0)" among ⑴–⒇ (round 6b, A6).
      starts.push(i);
      ends.push(next + 2);
      text += '0';
      i = next + 2;
      continue;
    } else if (SPACE.test(ch)) out = ' ';
    else if (DASH.test(ch)) out = '-';
    else if (DOT.test(ch)) out = '.';
    else if (SLASH.test(ch)) out = '/';
    else out = ch;
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(next);
    }
    text += out;
    i = next;
  }
  return { text, start: (i) => starts[i]!, end: (i) => ends[i]! };
}

/** Whether a parenthesised digit or number (⑴–⒇, U+2474–2487) stands right before `before` or at `after`. */
function nextToParenthesised(text: string, before: number, after: number): boolean {
  const prev = text.charCodeAt(before - 1);
  const next = text.charCodeAt(after);
  return (prev >= 0x2474 && prev <= 0x2487) || (next >= 0x2474 && next <= 0x2487);
}

const DIGIT_LIKE = /^[\p{Nd}\p{No}]$/u;
/**
 * How many digits a character stands for in the reading above: 0 for none, 1 for a digit of any
 * script, and for \p{No} as many as it reads as (⑩ and ㉞ are two: "⑩⑩⑩⑫㉞⑤" is eleven digits in
 * six characters, and counting characters let it pass). Others of \p{No} (½) count one, as before.
 */
function digitWeight(ch: string): number {
  if (!DIGIT_LIKE.test(ch)) return 0;
  if (!NO.test(ch)) return 1;
  return noDigits(ch)?.length ?? 1;
}
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, else its digit weight + 1. Filled as met. */
const BMP_DIGIT_WEIGHT = new Uint8Array(0x10000);

/**
 * Fewer than seven digits can hold no number, whole or cut: most strings a card carries stop here.
 * Counts the characters of \p{Nd} and \p{No} (the same ones the reading above turns into digits),
 * one code point at a time, without allocating: the outgoing guard runs this on every string of
 * every card twice (issue #14's profile put the guard's garbage at a quarter of the bot's).
 */
function tooFewDigits(text: string): boolean {
  return fewerDigitsThan(text, 7);
}

/**
 * Whether text holds fewer than `count` digits as the reading above sees them (any script's digits,
 * ①, ⁵, ⑩ as two): the quick exit for any reading of numbers, allocation-free.
 */
export function fewerDigitsThan(text: string, count: number): boolean {
  return digitsUpTo(text, count) < count;
}

/**
 * How many digits text holds as the reading above sees them, counted up to `cap` (one pass, no
 * allocation): the guard and the mask count once and skip the readings that need more.
 */
export function digitsUpTo(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let weight: number;
    if (c < 0x80) weight = c >= 0x30 && c <= 0x39 ? 1 : 0;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character outside the BMP (mathematical digits are \p{Nd}): rare, read the slow way.
        weight = digitWeight(String.fromCodePoint(text.codePointAt(i)!));
        i++;
      } else weight = 0; // a lone high surrogate is no digit
    } else {
      let known = BMP_DIGIT_WEIGHT[c]!;
      if (known === 0) BMP_DIGIT_WEIGHT[c] = known = digitWeight(String.fromCharCode(c)) + 1;
      weight = known - 1;
    }
    if (weight && (n += weight) >= cap) return cap;
  }
  return n;
}

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator before it in the normalised text ('' for the first of a chain). */
  sep: string;
}

interface Chain {
  groups: Group[];
  /** The chain stops at an ellipsis ("…" or "..."): the text was shortened right there. */
  cut: boolean;
  /** A few characters of the normalised text before and after the chain (round 6b, A7). */
  before: string;
  after: string;
}

/**
 * Chains of digit groups in normalised text: groups joined by at most three separator characters
 * ("010170 - 12345" has three). Offsets are in the original text.
 */
function chains(n: Normalised): Chain[] {
  const out: Chain[] = [];
  // Besides spaces, dots, slashes and dashes: commas, colons, underscores and the Markdown marks
  // a card renders away ("0101**90**12345" shows as one number with 90 in bold); and \ | + which
  // people put where they put / or - (attack round 6, A2).
  // Also quotes, apostrophes, brackets and the Markdown heading mark around or between the groups
  // ("(010190)(12345)", "'010190' '12345'", "01'01'90'12345", "# 010190 # 12345": attack round 8, A2).
  for (const m of n.text.matchAll(/\d+(?:[ ./,:_*~`\\|+\-'"()#\u2018\u2019\u201c\u201d\u00ab\u00bb]{1,3}\d+)*/g)) {
    if (m[0].length < 7) continue; // fewer than seven digits: no number, whole or cut
    const groups: Group[] = [];
    let last = 0;
    for (const g of m[0].matchAll(/\d+/g)) {
      const from = m.index + g.index;
      const to = from + g[0].length - 1;
      groups.push({ digits: g[0], start: n.start(from), end: n.end(to), sep: m[0].slice(last, g.index) });
      last = g.index + g[0].length;
    }
    const end = m.index + m[0].length;
    const after = n.text.slice(end, end + 12);
    const before = n.text.slice(Math.max(0, m.index - 16), m.index);
    out.push({ groups, cut: after.startsWith('\u2026') || after.startsWith('...'), before, after });
  }
  return out;
}

/**
 * Where groups may be split inside an identity number: between the fields DD|MM|ÅÅ|NNN|KK, so after
 * digit 2, 4, 6 or 9. This covers how people write one ("DDMMÅÅ NNNKK", "DD.MM.ÅÅ NNNKK",
 * "DD MM ÅÅ NNN KK", "DDMMÅÅ/NNNKK") without reading two dates side by side ("1.11.2018 30.09")
 * or a run of small numbers as one.
 */
const FIELD_BOUNDARIES = new Set([2, 4, 6, 9]);

/**
 * 4.2.5 is how Norwegian bank account numbers are written (1503.42.12345, 1503 42 12345): let through,
 * unless a word naming an identity number stands right before or after it ("fnr 1503 87 12486":
 * review 1, HIGH 1).
 */
function isAccountGrouping(lengths: number[], seps: string[], c: Chain): boolean {
  return (
    !namedBeside(c) &&
    lengths.length === 3 &&
    lengths[0] === 4 &&
    lengths[1] === 2 &&
    lengths[2] === 5 &&
    seps.every((sep) => /^[ .-]$/.test(sep))
  );
}

/**
 * Finds identity numbers in free text: eleven digits, written whole or in groups along the number's
 * fields, in any script's digits, with invisible characters anywhere.
 *
 * A run of twelve or more digits without a separator is not read as one: it is a KID, an invoice,
 * a case or an IBAN-like reference, and about one in ten of any eleven digits starts with a possible
 * birth date, so looking inside such runs would refuse a fifth of all long references. A number glued
 * to letters ("fnr01017012345") is still caught; only digits glued to digits make a longer number.
 */
export function findNationalIds(text: string): NationalIdHit[] {
  return scan(text, false);
}

export function containsNationalId(text: string): boolean {
  return findNationalIds(text).length > 0;
}

/**
 * What the outgoing guard removes: every number findNationalIds finds, and one the bot cut short.
 * Where text the bot shortened ("…") cut an identity number, 7 to 10 digits stand right before the
 * ellipsis and start with a birth date, written whole or split after the date (DDMMÅÅ NNN…,
 * DD.MM.ÅÅ NN…). A member typing part of a number is not refused, but the bot never shows a birth
 * date with the start of the individual number after it. A date with a four-digit year
 * ("30.11.2026…") and a cut account number ("0101.70.123…") are not split after the date's six
 * digits, so they stay.
 */
export function findNationalIdsToRedact(text: string): NationalIdHit[] {
  return scan(text, true);
}

/** Direction overrides and isolates: "\u202E54321091010" is shown as 01019012345. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

function scan(text: string, alsoCut: boolean): NationalIdHit[] {
  if (tooFewDigits(text)) return [];
  return scanCounted(text, alsoCut);
}

/** scan() for text already known to hold seven digits or more (digitsUpTo). */
export function scanCounted(text: string, alsoCut: boolean): NationalIdHit[] {
  return textWithoutCandidate(text) ? [] : scanInFull(text, alsoCut);
}

/** A chain may hold these between its groups (the class in chains): space . / , : _ * ~ ` \ | + - ' " ( ) # and typographic quotes */
function isChainSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2e ||
    c === 0x2f ||
    c === 0x2c ||
    c === 0x3a ||
    c === 0x5f ||
    c === 0x2a ||
    c === 0x7e ||
    c === 0x60 ||
    c === 0x5c ||
    c === 0x7c ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x23 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xab ||
    c === 0xbb
  );
}

/**
 * True when the reading above leaves the text as it stands (no character it changes: so no other
 * script's digits, no tab, no direction marks) and none of the readings below can find anything
 * in it. Every reading needs one chain of digit groups (as chains() cuts them: ASCII digits, the
 * ASCII separators) with enough digits: eleven for a whole or digit-by-digit number and for a date
 * with a four-digit year and the five after it; seven before an ellipsis for a cut one; six (the
 * date alone) when a word that names the number stands between date and digits, and every such
 * word passes mayNameNumber (./naming-words.ts). Card ids, times and dates
 * ("30.11.2026", 8 digits) stop here instead of going through every reading: the guard's profile
 * (issue #14) had most of its time in strings like these. test/privacy/fast-paths.test.ts holds
 * this to scanInFull.
 */
function textWithoutCandidate(text: string): boolean {
  if (CHANGED.test(text)) return false;
  let longest = 0;
  let chain = 0;
  let seps = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      chain = open && seps <= 3 ? chain + 1 : 1;
      if (chain > longest) longest = chain;
      open = true;
      seps = 0;
    } else if (open && isChainSeparator(c)) {
      if (++seps > 3) open = false;
    } else open = false;
  }
  if (longest >= 11) return false;
  if (longest >= 7 && (text.includes('...') || text.includes('\u2026'))) return false;
  if (longest >= 6 && mayNameNumber(text)) return false;
  return true;
}

/** Every reading, with no shortcut: what scan() gives for any text (exported for the test of the shortcut). */
export function scanInFull(text: string, alsoCut: boolean): NationalIdHit[] {
  const hits: NationalIdHit[] = [];
  if (BIDI.test(text)) {
    // What the reader sees may be the text backwards: read it that way too, and when it holds a
    // number the whole text is the hit (offsets in a reordered text mean nothing on screen).
    const shown = [...text].reverse().join('');
    for (const h of scan(shown.replace(/[\u202a-\u202e\u2066-\u2069]/gu, ''), alsoCut))
      hits.push({ ...h, start: 0, end: text.length });
  }
  const normalised = normaliseDigits(text);
  withFullYear(normalised, hits);
  for (const chain of chains(normalised)) {
    whole(chain, hits);
    digitByDigit(chain.groups, hits);
    if (alsoCut && chain.cut) cutShort(chain.groups, hits);
  }
  return hits;
}

/** What people put between a birth date and the five digits after it (./naming-words.ts: round 6b, A3). */
const ID_WORD = NAMING_WORD;
/**
 * A birth date with a four-digit year and the personnummer after it: "12.03.1978 45678",
 * "12031978-45678", "født 12.03.1978, personnr. 45678". With a word that names the number it is
 * one whatever the digits; without, only when the check digits hold, since a date followed by an
 * amount ("15.01.2027 50000") is ordinary.
 */
const fullYear = (word: string) =>
  new RegExp(
    String.raw`(?<![\d.])(\d{1,2})([./ -]?)(\d{1,2})(?:\2|(?<=\d\/\d{1,2})-)((?:18|19|20)\d\d)(?:(\s*,?\s*(?:${word})\s*:?\s*)|[ ./-]{1,3})(\d{5})(?![\d]|[.,]\d)`,
    'giu',
  );
/** Text without a naming word (namesNumber) is read without the word's alternation: the same, cheaper. */
const FULL_YEAR = fullYear(ID_WORD);
const FULL_YEAR_WITHOUT_WORD = fullYear('(?!)');

function withFullYear(n: Normalised, hits: NationalIdHit[]): void {
  for (const m of n.text.matchAll(namesNumber(n.text) ? FULL_YEAR : FULL_YEAR_WITHOUT_WORD)) {
    const [, dd, sep, mm, yyyy, word, tail] = m as unknown as string[];
    // Without separators the day and month have two digits each ("12031978").
    if (!sep && (dd!.length !== 2 || mm!.length !== 2)) continue;
    const digits = `${dd!.padStart(2, '0')}${mm!.padStart(2, '0')}${yyyy!.slice(2)}${tail}`;
    const kind = classifyNationalId(digits);
    if (!kind || (!word && !checkDigitsHold(digits))) continue;
    hits.push({ kind, start: n.start(m.index), end: n.end(m.index + m[0].length - 1), digits });
  }
}

/** A currency or unit word right after the digits: "250,00 kr", "12345 kroner", "123 45 km", "12345,-". */
export const AMOUNT_AFTER = /^\s*(?:kr\b|kroner|nok\b|km\b|,-)/iu;
/** An account-number word right before them: "Kontonummer 15034212345", "kontonr.: 1503 42 12345". */
export const ACCOUNT_BEFORE = /(?:konto(?:nummer|nr)?|kontonr)\.?\s*:?\s*$/iu;

/**
 * Whether groups i..j of the chain read as an amount or an account, not an identity number (round
 * 6b, A7): two øre digits after a decimal comma at the chain's end ("Reise 03.02.27 250,00"), a
 * currency or unit word right after the chain, or an account-number word right before it. Only
 * ever lets through a number whose check digits do not hold.
 */
function amountOrAccount(c: Chain, i: number, j: number): boolean {
  const g = c.groups;
  // The amount readings need the date written as one (DD.MM.ÅÅ, DD/MM/ÅÅ) and a gap before the amount.
  const dated =
    j >= i + 3 &&
    [0, 1, 2].every((k) => g[i + k]!.digits.length === 2) &&
    /^[./]$/.test(g[i + 1]!.sep) &&
    g[i + 2]!.sep === g[i + 1]!.sep &&
    g[i + 3]!.sep !== g[i + 1]!.sep;
  const last = dated && j === g.length - 1;
  if (last && g[j]!.sep === ',' && g[j]!.digits.length === 2) return true;
  if (last && AMOUNT_AFTER.test(c.after)) return true;
  return i === 0 && ACCOUNT_BEFORE.test(c.before);
}

const NAMED_BEFORE = new RegExp(String.raw`(?:${NAMING_WORD})\s*[:.=#]?\s*$`, 'iu');
const NAMED_AFTER = new RegExp(String.raw`^[\s(:,-]{0,3}(?:${NAMING_WORD})`, 'iu');

/** A word naming the number right before or after the chain. */
function namedBeside(c: Chain): boolean {
  return (
    (mayNameNumber(c.before) && NAMED_BEFORE.test(c.before)) || (mayNameNumber(c.after) && NAMED_AFTER.test(c.after))
  );
}

function whole(c: Chain, hits: NationalIdHit[]): void {
  const chain = c.groups;
  for (let i = 0; i < chain.length; i++) {
    let total = 0;
    const lengths: number[] = [];
    for (let j = i; j < chain.length && total < 11; j++) {
      // Split off the fields DD|MM|ÅÅ|NNN|KK, the groups can only be a number as two, one a stray
      // space inside it (below): stop at once otherwise, so each start costs a few steps, not
      // eleven ("1.1.1.1…", round 7, A6).
      if (j > i && !FIELD_BOUNDARIES.has(total) && (j - i >= 2 || total + chain[j]!.digits.length !== 11)) break;
      total += chain[j]!.digits.length;
      lengths.push(chain[j]!.digits.length);
      if (total !== 11) continue;
      let at = 0;
      const splits = lengths.slice(0, -1).map((n) => (at += n));
      const seps = chain.slice(i + 1, j + 1).map((g) => g.sep);
      if (isAccountGrouping(lengths, seps, c)) break;
      const digits = chain
        .slice(i, j + 1)
        .map((g) => g.digits)
        .join('');
      const kind = classifyNationalId(digits);
      if (!splits.every((s) => FIELD_BOUNDARIES.has(s))) {
        // A stray space inside the number ("1203784567 8"): two groups, one of them most of it.
        // Split anywhere else this is likely two things side by side, so only the check digits
        // of a real number make it one.
        const stray = lengths.length === 2 && Math.max(...lengths) >= 7 && chain[j]!.sep.length === 1;
        if (kind && stray && checkDigitsHold(digits))
          hits.push({ kind, start: chain[i]!.start, end: chain[j]!.end, digits });
        break;
      }
      // A row of a table or a list: a date without its year and amounts (round 7, A7). Spread
      // over cells only when the check digits fail; a valid number in cells is refused.
      const parts = chain.slice(i, j + 1);
      const valid = checkDigitsHold(digits);
      if (cutFromDateOrAmount(parts, chain[j + 1]) || (!valid && spreadOverCells(parts))) break;
      if (kind && (valid || !amountOrAccount(c, i, j)))
        hits.push({ kind, start: chain[i]!.start, end: chain[j]!.end, digits });
    }
  }
}

/**
 * A number spelled out one digit at a time: "0-1-0-1-9-0-0-0-0-8-3", "0 1 0 1 9 0 0 0 0 8 3".
 * Exactly eleven single digits, each separated from the next by one separator character (a space,
 * dash, dot or slash, also mixed), read as one number under the same date rule. Like an unbroken run, a longer run of
 * spelled-out digits is some other reference and is not looked into; and nothing people write
 * for amounts, dates, phone or account numbers has single-digit groups throughout.
 */
function digitByDigit(chain: Group[], hits: NationalIdHit[]): void {
  let i = 0;
  while (i < chain.length) {
    if (chain[i]!.digits.length !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    // Or the same two or three separator characters between every pair ("0--1--0…", "0, 1, 0, …":
    // attack round 8, A2); a date spelled out before digits ("0 1. 0 1. 9 0, 0 0 …") mixes them.
    const wide = chain[j]?.sep;
    while (j < chain.length && chain[j]!.digits.length === 1 && (chain[j]!.sep.length === 1 || chain[j]!.sep === wide))
      j++;
    if (j - i === 11) {
      const digits = chain
        .slice(i, j)
        .map((g) => g.digits)
        .join('');
      const kind = classifyNationalId(digits);
      if (kind) hits.push({ kind, start: chain[i]!.start, end: chain[j - 1]!.end, digits });
    }
    i = j;
  }
}

function cutShort(groups: Group[], hits: NationalIdHit[]): void {
  let total = 0;
  const lengths: number[] = [];
  for (let i = groups.length - 1; i >= 0 && total < 10; i--) {
    total += groups[i]!.digits.length;
    lengths.unshift(groups[i]!.digits.length);
    if (total < 7 || total > 10) continue;
    let at = 0;
    const splits = lengths.slice(0, -1).map((n) => (at += n));
    if (!splits.every((b) => FIELD_BOUNDARIES.has(b))) continue;
    if (splits.length && !splits.includes(6)) continue;
    if (lengths[0] === 4 && lengths[1] === 2) continue;
    const digits = groups
      .slice(i)
      .map((g) => g.digits)
      .join('');
    const kind = classifyNationalId(digits.padEnd(11, '0'));
    if (kind) hits.push({ kind, start: groups[i]!.start, end: groups.at(-1)!.end, digits });
  }
}
