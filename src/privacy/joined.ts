// A birth date and the five digits of the individual number joined by a short word ("01.01.90 nr
// 10046", "01.01.90 og 10046", "01.01.90kl10046", "1. januar 1990 nr 10046"), written year first
// ("900101 10046", "1990-01-01 nr 10046") or the five digits first ("10046 010190", "10046 og
// 01.01.90"): attack round 7, A1. A reader sees one person's number in each.
//
// Read only where the check digits of the eleven digits hold: a date, a word and a number are
// otherwise ordinary ("Faktura 03.02.27 nr 12345"). Not after an amount word ("15.01.27 kr 12500")
// nor when the five digits are the front of a larger amount ("12345 000", "12345 kr").
//
// Linear: dates and five-digit groups are each found once by a regular expression with bounded
// work per position, and each is tried once against what stands right after it (a sticky match).
import { checkDigitsHold } from './check-digits.ts';
import {
  AMOUNT_AFTER,
  classifyNationalId,
  fewerDigitsThan,
  normaliseDigits,
  type NationalIdHit,
} from './national-id.ts';
import { LETTER, MONTH, monthNumber } from './month-names.ts';

const NONE: readonly NationalIdHit[] = Object.freeze([]);

/**
 * Birth dates as people write them. Groups: D.M.ÅÅ(ÅÅ) (1–4), six digits (5), day, month name, year
 * (6–8), ÅÅÅÅ-MM-DD (9–11).
 */
const DATE = new RegExp(
  [
    String.raw`(?<![\d.,])(\d{1,2})([./-])(\d{1,2})(?:\2|(?<=\d\/\d{1,2})-)((?:18|19|20)\d\d|\d\d)(?!\d|[.,]\d)`,
    String.raw`(?<![\d.,])(\d{6})(?!\d|[.,]\d)`,
    String.raw`(?<![\d.,])(\d{1,2})\.?\s?(${MONTH})\.?,?\s?((?:18|19|20)\d\d|\d\d)(?!\d|[.,]\d)`,
    String.raw`(?<![\d.,])((?:18|19|20)\d\d)-(\d\d)-(\d\d)(?!\d|[.,]\d)`,
  ].join('|'),
  'gi',
);

/** Separators and at most one short word: what may join the date and the five digits. */
const JOIN = String.raw`[ .,:;/|\-]{0,3}(?:(${LETTER}{1,12})\.?:?[ .,:;/|\-]{0,3})?`;
/** After a date: the join and five digits standing alone. */
const JOIN_FIVE = new RegExp(
  String.raw`${JOIN}(\d{5}|\d{3}[ ./-]\d{2}|\d{2}[ ./-]\d{3}|\d{4}[ ./-]\d)(?!\d|[.,:]\d| \d{3}(?!\d))`,
  'y',
);
/**
 * Five digits standing alone, and what joins them to a date after them: separators, or «og» ("10046
 * og 01.01.90"). Another word there ("Sak 46240 med 13.05.20") starts something else.
 */
const FIVE_JOIN = new RegExp(
  String.raw`(?<!\d|\d[.,:]|\d )(\d{5})(?!\d|[.,:]\d)([ .,:;/|\-]{0,3}(?:(og|&)[ .,:;/|\-]{1,3})?)`,
  'gi',
);
/**
 * Words that make the digits after them something else: an amount, a distance or a count, or
 * another thing's reference (a room, a case, an order, an invoice) or the start of a period.
 */
const AMOUNT_WORD =
  /^(?:kr|kroner|nok|eur|euro|usd|sek|dkk|km|mil|stk|ca|kun|totalt|sum|rom|sak|saksnr|ordre|faktura|til|fra|med|av|per|pr|tlf|mob)$/i;

interface DateAt {
  /** DDMMÅÅ, and for six digits also the year-first reading. */
  readings: string[];
  start: number;
  end: number;
}

const pad = (s: string) => s.padStart(2, '0');

function datesIn(t: string): DateAt[] {
  const out: DateAt[] = [];
  for (const m of t.matchAll(DATE)) {
    const readings: string[] = [];
    if (m[1] !== undefined) readings.push(`${pad(m[1])}${pad(m[3]!)}${m[4]!.slice(-2)}`);
    else if (m[5] !== undefined) readings.push(m[5], `${m[5].slice(4)}${m[5].slice(2, 4)}${m[5].slice(0, 2)}`);
    else if (m[6] !== undefined) {
      const month = monthNumber(m[7]!);
      if (month) readings.push(`${pad(m[6])}${pad(String(month))}${m[8]!.slice(-2)}`);
    } else readings.push(`${m[11]}${m[10]}${m[9]!.slice(2)}`);
    if (readings.length) out.push({ readings, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The joined readings: see the top of the file. */
export function findJoined(text: string): readonly NationalIdHit[] {
  // The fewest digits: «1. jan 90» and five.
  if (fewerDigitsThan(text, 8)) return NONE;
  const n = normaliseDigits(text);
  const t = n.text;
  const dates = datesIn(t);
  if (!dates.length) return NONE;
  const hits: NationalIdHit[] = [];
  const found = (readings: string[], five: string, from: number, to: number, word: string | undefined) => {
    if (word && AMOUNT_WORD.test(word)) return;
    if (AMOUNT_AFTER.test(t.slice(to, to + 12))) return;
    for (const date6 of readings) {
      const digits = date6 + five;
      const kind = classifyNationalId(digits);
      if (kind && checkDigitsHold(digits)) {
        hits.push({ kind, start: n.start(from), end: n.end(to - 1), digits });
        return;
      }
    }
  };
  const startsAt = new Map<number, DateAt>();
  for (const d of dates) {
    startsAt.set(d.start, d);
    JOIN_FIVE.lastIndex = d.end;
    const m = JOIN_FIVE.exec(t);
    if (m) found(d.readings, m[2]!.replace(/\D/g, ''), d.start, d.end + m[0].length, m[1]);
  }
  for (const m of t.matchAll(FIVE_JOIN)) {
    const d = startsAt.get(m.index + m[0].length);
    if (d) found(d.readings, m[1]!, m.index, d.end, m[3]);
  }
  return hits.length ? hits : NONE;
}
