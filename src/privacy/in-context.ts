// Identity numbers read from their context (round 6b, A3–A5): a birth date and the five digits of
// the individual number written apart, a date with the month in words, and the date with its
// four-digit year glued to the five digits as one run of thirteen.
//
// The check digits stay the filter. Only where a word naming the number stands right between or
// right after the date and the five digits (the rule ./national-id.ts has for "15.05.1985 personnr
// 12345") is it a number whatever the digits; a naming or birth word further off, a table row or a
// month in words only widen where the five digits are looked for, and the check digits must hold.
import { checkDigitsHold } from './check-digits.ts';
import {
  AMOUNT_AFTER,
  classifyNationalId,
  fewerDigitsThan,
  normaliseDigits,
  type NationalIdHit,
} from './national-id.ts';
import { LETTER, MONTH, monthNumber } from './month-names.ts';
import { BIRTH_WORD, NAMING_WORD, NAMING_WORD_BEFORE, namesNumber } from './naming-words.ts';

const NONE: readonly NationalIdHit[] = Object.freeze([]);

// Plain classes, no Unicode flag: the text is read after normaliseDigits, so every digit is ASCII.
const YEAR = String.raw`((?:18|19|20)\d\d|\d\d)(?![\d:]|[.,]\d)`;

/**
 * Dates a birth date is written as: D.M.ÅÅ(ÅÅ) with . / or -, DDMMÅÅ and DDMMÅÅÅÅ as one run, «15.
 * mai 1985», «15 mai 85», «15.mai.85», «May 15, 1985». Groups: day, month, year; or day, month name,
 * year; or month name, day, year.
 */
const DATE = new RegExp(
  [
    String.raw`(?<![\d.,])(\d{1,2})([./-])(\d{1,2})(?:\2|(?<=\d\/\d{1,2})-)${YEAR}`,
    String.raw`(?<!\d)(\d\d)(\d\d)((?:18|19|20)\d\d|\d\d)(?!\d)`,
    String.raw`(?<![\d.,])(\d{1,2})\.?\s?(${MONTH})\.?,?\s?${YEAR}`,
    String.raw`(?<!${LETTER})(${MONTH})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s${YEAR}`,
  ].join('|'),
  'gi',
);

/** Five digits standing alone, whole or as NNN KK. */
const FIVE = String.raw`(\d{5}|\d{3} \d{2})(?!\d|[.,:]\d| \d)`;
const FIVE_ALONE = new RegExp(String.raw`(?<!\d|\d[.,:])${FIVE}`, 'g');
const FIVE_SOMEWHERE = new RegExp(FIVE_ALONE.source);
/** Right after a date: a naming word and the five digits, whatever they are. */
const NAMED_AFTER_DATE = new RegExp(String.raw`^\s*,?\s*(?:${NAMING_WORD})\s*:?\s*${FIVE}`, 'iu');
/** Right after a date: the five digits (then perhaps a word naming them, "54321 (personnr)"). */
const FIVE_AFTER_DATE = new RegExp(String.raw`^(?:[ ./,:-]|\s[-–]\s){1,3}${FIVE}`);
const NAMING_NEXT = new RegExp(String.raw`^[\s(:,-]{0,3}(?:${NAMING_WORD})`, 'iu');
const CONTEXT_WORD = new RegExp(String.raw`${NAMING_WORD}|${BIRTH_WORD}`, 'iu');
/** The date and the five digits at most this many characters apart, for a context word within as many around. */
const WINDOW = 48;

/** Loose: every month name and birth word starts so (checked exactly by the patterns above). */
const ANY_WORD = /jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|o[kc]t|nov|de[sc]|fød|dato|born|birth|dob|d\.o\.b/i;
const RAW_FIVE = /(?<!\d)(?:\d{5}|\d{13}|\d{3}\s\d\d)(?!\d)/;
const MAKES_DIGITS =
  /[[\p{Nd}--[0-9]]\p{No}\p{Cf}\p{Mn}\p{Me}[\p{Cc}--[\t\n\v\f\r\x85]]\\\u115f\u1160\u3164\uffa0\u0640]/v;

/** DDMMÅÅÅÅ and the five digits glued to it: thirteen digits. */
const THIRTEEN = /(?<!\d)(\d\d)(\d\d)((?:18|19|20)\d\d)(\d{5})(?!\d)/g;
const NAMED_BEFORE = new RegExp(String.raw`(?:${NAMING_WORD_BEFORE})\s*[:.]?\s*$`, 'iu');

interface DateAt {
  date6: string;
  start: number;
  end: number;
}

function datesIn(text: string): DateAt[] {
  const out: DateAt[] = [];
  for (const m of text.matchAll(DATE)) {
    let day: string, month: number, year: string;
    if (m[1] !== undefined) [day, month, year] = [m[1], Number(m[3]), m[4]!];
    else if (m[5] !== undefined) [day, month, year] = [m[5], Number(m[6]), m[7]!];
    else if (m[8] !== undefined) [day, month, year] = [m[8], monthNumber(m[9]!), m[10]!];
    else [day, month, year] = [m[12]!, monthNumber(m[11]!), m[13]!];
    if (!month) continue;
    const date6 = `${day.padStart(2, '0')}${String(month).padStart(2, '0')}${year.slice(-2)}`;
    out.push({ date6, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Identity numbers read from context: see the top of the file. */
export function findInContext(text: string): readonly NationalIdHit[] {
  return fewerDigitsThan(text, 9) ? NONE : contextCounted(text);
}

/** findInContext for text already known to hold nine digits or more (digitsUpTo). */
export function contextCounted(text: string): readonly NationalIdHit[] {
  // Every reading needs five digits in a row (alone, as NNN KK, or in the run of thirteen). The
  // reading of normaliseDigits makes such a run only from other scripts' digits, invisible
  // characters or other spaces: without those, the text as it stands must have one.
  if (!RAW_FIVE.test(text) && !MAKES_DIGITS.test(text)) return NONE;
  const n = normaliseDigits(text);
  const t = n.text;
  const hits: NationalIdHit[] = [];
  const hit = (digits: string, from: number, to: number) => {
    const kind = classifyNationalId(digits);
    if (kind) hits.push({ kind, start: n.start(from), end: n.end(to - 1), digits });
  };
  if (t.length >= 13)
    for (const m of t.matchAll(THIRTEEN)) {
      const digits = `${m[1]}${m[2]}${m[3]!.slice(2)}${m[4]}`;
      if (checkDigitsHold(digits) || NAMED_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index)))
        hit(digits, m.index, m.index + m[0].length);
    }
  // Every other reading needs five digits standing alone, and a date. A numeric date right before
  // them is read by ./national-id.ts and ./checked-number.ts already: the readings here add only
  // a month in words, a naming or birth word, or both apart; without any of those words, stop.
  if (!FIVE_SOMEWHERE.test(t) || !(ANY_WORD.test(t) || namesNumber(t))) return hits.length ? hits : NONE;
  const fives = [...t.matchAll(FIVE_ALONE)].map((m) => ({
    digits: m[1]!.replace(' ', ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (!fives.length) return hits.length ? hits : NONE;
  const dates = datesIn(t);
  // The naming-word patterns are tried only where one may stand (namesNumber is one quick test).
  const mayName = namesNumber(t);
  for (const d of dates) {
    if (mayName) {
      const after = t.slice(d.end, d.end + 64);
      const named = NAMED_AFTER_DATE.exec(after);
      if (named) {
        hit(d.date6 + named[1]!.replace(' ', ''), d.start, d.end + named[0].length);
        continue;
      }
      const next = FIVE_AFTER_DATE.exec(after);
      const word = next && NAMING_NEXT.exec(after.slice(next[0].length));
      if (next && word) {
        hit(d.date6 + next[1]!.replace(' ', ''), d.start, d.end + next[0].length + word[0].length);
        continue;
      }
    }
    for (const f of fives) {
      const from = Math.min(d.start, f.start);
      const to = Math.max(d.end, f.end);
      if (to - from - (d.end - d.start) - (f.end - f.start) > WINDOW) continue;
      const digits = d.date6 + f.digits;
      if (!checkDigitsHold(digits)) continue;
      // Right next to each other the date and five digits are a number whatever follows (as
      // "15.05.85 101,70 kr" is when the check digits hold); further apart, only with a word that
      // names the number or says the date is a birth date, and not when they read as an amount.
      const near = f.start >= d.end && /^(?:[ ./,:-]|\s[-–]\s){1,3}$/.test(t.slice(d.end, f.start));
      const far =
        !AMOUNT_AFTER.test(t.slice(f.end, f.end + 12)) &&
        CONTEXT_WORD.test(t.slice(Math.max(0, from - WINDOW), to + 24));
      if (near || far) hit(digits, from, to);
    }
  }
  return hits.length ? hits : NONE;
}
