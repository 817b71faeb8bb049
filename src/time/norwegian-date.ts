import { dateText as t } from '../i18n/index.ts';
import { TWO_TO_TEN } from './number-words.ts';
import { addDays, daysBetween, isLocalDate, localDateOf, type LocalDate } from './local-date.ts';

/**
 * `relative`: the date was said as a word counted from today («fredag», «i morgen», «om 2 uker»), not
 * typed as a date; a date typed is meant as typed, a word may land on a day nobody thought of (s12 #10).
 */
export type DateParse =
  { ok: true; date: LocalDate; relative?: boolean } | { ok: false; error: string; example: string };

const MONTHS: [string, number][] = [
  ['januar', 1],
  ['februar', 2],
  ['mars', 3],
  ['april', 4],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['august', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['desember', 12],
];
const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  søndag: 7,
  måndag: 1,
  tysdag: 2,
  laurdag: 6,
  sundag: 7,
};
const NUMBERS: Record<string, number> = { en: 1, ett: 1, ei: 1, ...TWO_TO_TEN };

function month(word: string): number | null {
  const w = word.replace(/\.$/, '');
  if (w.length < 3) return null;
  return MONTHS.find(([name]) => name.startsWith(w))?.[1] ?? null;
}

function build(year: number, m: number, d: number): LocalDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isLocalDate(s) ? s : null;
}

/**
 * How long ago a date without a year may have been before it is read as next year's. A stranger's
 * month wrote «innen 10.01» on 29 January and got a task due eleven months later, unnoticed; a
 * day up to a month back is far likelier a slip than a plan for next year. Further back («30.09»
 * written in November) next year's is the likely meaning, as a grant deadline often is.
 */
const RECENTLY_PASSED_DAYS = 31;

/**
 * A day and month without a year means the next time that date comes (today counts). A date that
 * passed only weeks ago is more likely a slip than a date eleven months ahead, so it is questioned.
 */
function nextOf(m: number, d: number, today: LocalDate, typed: string, back: boolean): DateParse {
  const year = Number(today.slice(0, 4));
  const thisYear = build(year, m, d);
  if (back) {
    // Looking back (minutes of a past meeting): the last time that date came, today included.
    const date = thisYear && thisYear <= today ? thisYear : build(year - 1, m, d);
    return date ? { ok: true, date } : { ok: false, error: t.noSuchDate(typed), example: t.example };
  }
  if (thisYear && thisYear >= today) return { ok: true, date: thisYear };
  const next = build(year + 1, m, d) ?? build(year + 4 - (year % 4), m, d);
  if (!next) return { ok: false, error: t.noSuchDate(typed), example: t.example };
  if (thisYear && daysBetween(thisYear, today) <= RECENTLY_PASSED_DAYS) {
    return {
      ok: false,
      error: t.justPassed(typed, formatShortDate(thisYear), formatShortDate(next)),
      example: t.example,
    };
  }
  return { ok: true, date: next };
}

const formatShortDate = (date: LocalDate) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

function weekdayOf(date: LocalDate): number {
  return ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * Attack round 12 A1: «frist 31.12.9999 … hvert år» was stored, then its next year (10000) broke the
 * turn («noe gikk galt» with the deadline half saved) and the feed wrote DTEND:100000101, which a
 * calendar may refuse whole; «ekstra møte 01.01.9999» was planned. Nothing a network plans lies ten
 * years ahead, so a date further off is a slip of the keyboard («2207» for 2027), refused where
 * every typed date is read (and the «Endre» form's date picker, deadline-words.ts).
 */
export const MAX_YEARS_AHEAD = 10;

/** The refusal for a date more than MAX_YEARS_AHEAD years after today, or null. */
export function tooFarAhead(date: LocalDate, today: LocalDate, typed: string): string | null {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  if (date <= `${year + MAX_YEARS_AHEAD}-${monthDay}`) return null;
  return t.tooFarAhead(typed, formatShortDate(date), formatShortDate(`${year + 1}-${monthDay}`));
}

type DateOptions = {
  now: Date;
  timeZone?: string;
  nextMeeting?: LocalDate | null;
  /** A day and month without a year points back, not ahead. */ back?: boolean;
};

/**
 * Reads a due date the way people write one in a Norwegian meeting: "30.09", "30.09.2027",
 * "30. september", "fredag", "neste fredag", "i morgen", "neste møte", "om 2 uker".
 */
export function parseNorwegianDate(input: string, opts: DateOptions): DateParse {
  const r = readDate(input, opts);
  if (!r.ok) return r;
  const far = tooFarAhead(r.date, localDateOf(opts.now, opts.timeZone ?? 'Europe/Oslo'), input.trim());
  return far ? { ok: false, error: far, example: t.example } : r;
}

function readDate(input: string, opts: DateOptions): DateParse {
  const text = input
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(innen|til|frist|den)\s+/, '');
  const today = localDateOf(opts.now, opts.timeZone ?? 'Europe/Oslo');
  const fail = (error: string = t.unreadable(input.trim())): DateParse => ({ ok: false, error, example: t.example });
  if (!text) return fail(t.empty);
  if (text === 'i dag' || text === 'idag') return { ok: true, date: today, relative: true };
  if (text === 'i morgen' || text === 'imorgen') return { ok: true, date: addDays(today, 1), relative: true };
  if (text === 'i overmorgen') return { ok: true, date: addDays(today, 2), relative: true };
  // "neste uke", "i løpet av uka": by the end of that working week, its Friday.
  const week =
    /^(?:i løpet av |i )?(neste|denne|samme) (?:uke|uka|uken|veke|veka)$|^(?:i løpet av |ut )(?:uka|uken)$/.exec(text);
  if (week) {
    // This week's Friday; on a weekend the coming one, which is then also "next week"'s.
    const friday = addDays(today, (5 - weekdayOf(today) + 7) % 7);
    const weekend = weekdayOf(today) >= 6;
    return { ok: true, date: week[1] === 'neste' && !weekend ? addDays(friday, 7) : friday, relative: true };
  }
  // "innen nyttår", "til nyttår": the last day of the year (a new year just begun points at its end).
  if (/^(?:nyttår|nyår|årsskiftet|utgangen av året|slutten av året|året er omme)$/.test(text)) {
    return { ok: true, date: `${today.slice(0, 4)}-12-31` };
  }
  if (/^(neste|til neste|førstkommende) møte$/.test(text)) {
    return opts.nextMeeting ? { ok: true, date: opts.nextMeeting } : fail(t.noNextMeeting);
  }
  let m = /^(?:om )?(\d{1,3}|[a-zæøå]+) (dag|dager|uke|uker|veke|veker|måned|måneder|månad|månader)$/.exec(text);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!];
    if (!n) return fail();
    const unit = m[2]!;
    if (unit.startsWith('dag')) return { ok: true, date: addDays(today, n), relative: true };
    if (unit.startsWith('uke') || unit.startsWith('veke'))
      return { ok: true, date: addDays(today, 7 * n), relative: true };
    const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, mo - 1 + n, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return {
      ok: true,
      date: build(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay))!,
      relative: true,
    };
  }
  m = /^(neste |på |førstkommende )?([a-zæøå]+dag)$/.exec(text);
  if (m && WEEKDAYS[m[2]!]) {
    const want = WEEKDAYS[m[2]!]!;
    let ahead = (want - weekdayOf(today) + 7) % 7;
    if (ahead === 0) ahead = 7;
    // "neste fredag" said on a Monday still means this week's Friday in everyday Norwegian.
    return { ok: true, date: addDays(today, ahead), relative: true };
  }
  m = /^([a-zæøå]+dag) (\d.*)$/.exec(text);
  if (m && WEEKDAYS[m[1]!]) {
    const rest = readDate(m[2]!, opts);
    if (!rest.ok || weekdayOf(rest.date) === WEEKDAYS[m[1]!]) return rest;
    const actual = Object.keys(WEEKDAYS).find((w) => WEEKDAYS[w] === weekdayOf(rest.date))!;
    return fail(t.weekdayMismatch(input.trim(), actual));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!) ? { ok: true, date: text } : fail(t.noSuchDate(input.trim()));
  m = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?$/.exec(text);
  if (m) {
    const d = +m[1]!;
    const mo = +m[2]!;
    if (m[3]) {
      const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      const date = build(year, mo, d);
      return date ? { ok: true, date } : fail(t.noSuchDate(input.trim()));
    }
    return nextOf(mo, d, today, input.trim(), opts.back === true);
  }
  m = /^(\d{1,2})\.? ?([a-zæøå]+\.?)(?: (\d{4}))?$/.exec(text);
  if (m) {
    const mo = month(m[2]!);
    if (!mo) return fail();
    const d = +m[1]!;
    if (!m[3]) return nextOf(mo, d, today, input.trim(), opts.back === true);
    const date = build(+m[3], mo, d);
    return date ? { ok: true, date } : fail(t.noSuchDate(input.trim()));
  }
  m = /^(?:utgangen|slutten|enden) av ([a-zæøå]+\.?)(?: (\d{4}))?$/.exec(text);
  if (m) {
    const mo = month(m[1]!);
    if (!mo) return fail();
    const lastDay = (y: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (m[2]) return { ok: true, date: build(+m[2], mo, lastDay(+m[2]))! };
    const y = Number(today.slice(0, 4));
    const end = build(y, mo, lastDay(y))!;
    return { ok: true, date: end >= today ? end : build(y + 1, mo, lastDay(y + 1))! };
  }
  return fail();
}
