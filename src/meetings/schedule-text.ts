import { distance } from 'fastest-levenshtein';
import { dateText, scheduleText as t } from '../i18n/index.ts';
import { readMonth } from './month-words.ts';
import { TWO_TO_TEN } from '../time/number-words.ts';
import { describeSeries, type Series } from './series.ts';
import type { WEEKDAYS } from './series.ts';

// Each weekday by its stem: bokmål and nynorsk, written as people write it (fredag, fredagen,
// fredager, fredagene; nynorsk fredagane). The stem is matched with any of these endings.
const DAY_STEM: Record<string, (typeof WEEKDAYS)[number]> = {
  mandag: 'MO',
  måndag: 'MO',
  tirsdag: 'TU',
  tysdag: 'TU',
  onsdag: 'WE',
  torsdag: 'TH',
  fredag: 'FR',
  lørdag: 'SA',
  laurdag: 'SA',
  søndag: 'SU',
  sundag: 'SU',
};
const DAY_FORM = new RegExp(
  `(?<![\\p{L}])(${Object.keys(DAY_STEM).join('|')})(?:en|er|ene|ane|ar|s)?(?![\\p{L}])`,
  'u',
);
const ORDINAL: Record<string, number> = {
  første: 1,
  fyrste: 1,
  '1.': 1,
  andre: 2,
  annen: 2,
  '2.': 2,
  tredje: 3,
  '3.': 3,
  fjerde: 4,
  '4.': 4,
  siste: -1,
  'nest siste': -2,
};

export type ScheduleParse =
  { ok: true; series: Series; description: string } | { ok: false; error: string; example: string };

function time(h: string, m: string | undefined): string | null {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  if (hh > 23 || mm > 59) return null;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

const HOUR_WORDS: Record<string, number> = { ett: 1, en: 1, ...TWO_TO_TEN, elleve: 11, tolv: 12 };

/** The start and end written as "9-15.30", "09:00 - 15:30", "fra 9 til 15", "9 til halv fire". */
function timeRange(text: string): [string, string | undefined, string, string | undefined] | null {
  const one = String.raw`(?:kl\.?\s*)?(?:(\d{1,2})(?:[:.](\d{2}))?|halv\s+(\d{1,2}|\p{L}+))`;
  const m = new RegExp(`${one}\\s*(?:-|til)\\s*${one}`, 'u').exec(text);
  if (!m) return null;
  const read = (
    h: string | undefined,
    min: string | undefined,
    half: string | undefined,
  ): [string, string | undefined] | null => {
    if (h !== undefined) return [h, min];
    const n = /^\d+$/.test(half ?? '') ? Number(half) : HOUR_WORDS[half ?? ''];
    return n ? [String(n - 1), '30'] : null;
  };
  const a = read(m[1], m[2], m[3]);
  let b = read(m[4], m[5], m[6]);
  if (!a || !b) return null;
  // "9 til halv fire", "9-3": an end before the start is the afternoon.
  if (Number(a[0]) <= 12 && Number(b[0]) < Number(a[0]) && Number(b[0]) + 12 <= 23 && !/^0/.test(b[0]))
    b = [String(Number(b[0]) + 12), b[1]];
  return [a[0], a[1], b[0], b[1]];
}

/** A word a letter or two from a weekday ("fredagn"), with the weekday it is nearest. */
function nearWeekday(text: string): { typed: string; day: string } | null {
  for (const word of text.split(/[^\p{L}]+/u)) {
    if (word.length < 5) continue;
    for (const stem of Object.keys(DAY_STEM)) {
      if (distance(word, stem) <= 2 || (word.startsWith(stem.slice(0, 4)) && word.includes('dag')))
        return { typed: word, day: stem };
    }
  }
  return null;
}

const MONTHS = dateText.monthNames;

/** Months after «ikke (i)», «unntatt», «utenom» (1–12); null when such a word names no month it knows. */
function skippedMonths(text: string): number[] | null {
  const hit = /(?<![\p{L}])(?:ikke|unntatt|utenom|untatt|bortsett fra)(?:\s+i)?\s+([\p{L}\s,]+)/u.exec(text);
  if (!hit) return [];
  const out: number[] = [];
  for (const word of (hit[1] ?? '').split(/[\s,]+/)) {
    if (!word || word === 'og' || word === 'i') continue;
    // The one month reader (review s14 #7): «ikke i jul» is December, not July.
    const m = readMonth(word);
    if (m === null) break;
    out.push(m);
  }
  return out.length ? [...new Set(out)] : null;
}

/**
 * Reads how people describe a meeting rhythm ("siste fredag i måneden 09:00-15:30",
 * "første tirsdag kl 12-14", "annenhver torsdag 13-15") into a recurrence.
 */
/**
 * «fra 01.02.2027», «fra og med 1. februar», «f.o.m. mars», «fra neste år»: a start date. Never a time:
 * «fra kl 9», «fra 9.00», «fra 10.12 til 15.30» (a number pair followed by the end of a range is a time).
 */
const START_DATE =
  /(?<![\p{L}])(?:fra og med|fra|f\.o\.m\.?|fom)\s+(?:\d{1,2}\s*[./]\s*(?:0?[1-9]|1[0-2])(?![\d:])(?:[./]\d{2,4})?(?!\s*(?:-|til)\s*\d)|\d{1,2}\.?\s*(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\p{L}*(?:\s+\d{4}(?!\d))?|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|nyttår|neste (?:år|måned|uke)|høsten|våren|sommeren)(?![\p{L}])(?:\s+\d{4}(?!\d))?)/u;

export function parseSchedule(input: string, previous?: Series): ScheduleParse {
  const text = input
    .normalize('NFC')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    // "nestsiste", "nest-siste" are "nest siste"; "mnd"/"mnd." is "måned".
    .replace(/(?<![\p{L}])nest[\s-]?siste(?![\p{L}])/gu, 'nest siste')
    .replace(/(?<![\p{L}])mnd\.?(?![\p{L}])/gu, 'måned')
    .trim();
  // «… fra 01.02.2027» was dropped unsaid and the plan started at once (attack round 13, A3): the series
  // has no start date, so a typed one is refused rather than read as the first meeting.
  const from = START_DATE.exec(text);
  if (from) return { ok: false, error: t.startDate(from[0].trim()), example: t.exampleNoStart };
  const range = timeRange(text);
  const dayHit = DAY_FORM.exec(text);
  if (!dayHit) {
    // A word that is nearly a weekday ("fredagn", "tisdag") is named, not denied.
    const near = nearWeekday(text);
    return { ok: false, error: near ? t.notWeekday(near.typed, near.day) : t.noWeekday, example: t.example };
  }
  const dayWord = dayHit[1] ?? '';
  let start = previous?.start ?? '09:00';
  let end = previous?.end ?? '15:30';
  if (range) {
    const s = time(range[0], range[1]);
    const e = time(range[2], range[3]);
    if (!s || !e || e <= s) return { ok: false, error: t.badTime, example: t.example };
    start = s;
    end = e;
  } else {
    // A time was typed but not read ("kl 25", "kl 9"): say so rather than keep the old times unasked.
    const typedTime = /(?<![\p{L}\d])(?:kl\.?\s*)\d{1,2}(?:[:.]\d{2})?(?:\s*-\s*\d{1,2}(?:[:.]\d{2})?)?/u.exec(text);
    if (typedTime) return { ok: false, error: t.unreadTime(typedTime[0].trim()), example: t.example };
    if (!previous) return { ok: false, error: t.noTime, example: t.example };
  }
  const day = DAY_STEM[dayWord];
  if (!day) return { ok: false, error: t.noWeekday, example: t.example };
  let rule: string;
  // "hver 3. torsdag", "hver tredje torsdag": every third week (a monthly one names the month).
  const every = /(?<![\p{L}])(?:hver|kvar) (\d)\.? (?:\p{L}+)|(?<![\p{L}])(?:hver|kvar) (tredje|fjerde) /u.exec(text);
  const interval = every ? (every[1] ? Number(every[1]) : every[2] === 'tredje' ? 3 : 4) : 0;
  if (/(?<![\p{L}])(annenhver|annakvar|hver andre|annen hver)(?![\p{L}])/u.test(text))
    rule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  else if (interval >= 1 && !/måned|månad/.test(text))
    rule = interval === 1 ? `FREQ=WEEKLY;BYDAY=${day}` : `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${day}`;
  else if (/(?<![\p{L}])(hver|kvar|alle)(?![\p{L}])/u.test(text) && !/måned|månad/.test(text))
    rule = `FREQ=WEEKLY;BYDAY=${day}`;
  else {
    const ord = Object.keys(ORDINAL)
      .sort((a, b) => b.length - a.length)
      .find((o) => text.includes(`${o} ${dayHit[0]}`));
    if (!ord) return { ok: false, error: t.noOrdinal, example: t.example };
    rule = `FREQ=MONTHLY;BYDAY=${ORDINAL[ord]}${day}`;
  }
  // «ikke i juli», «unntatt juli og august»: the months left out, never dropped unsaid (month round 14, #7).
  const skipped = skippedMonths(text);
  if (skipped === null) return { ok: false, error: t.unreadMonths, example: t.exampleSkip };
  if (skipped.length) {
    if (skipped.length === 12) return { ok: false, error: t.unreadMonths, example: t.exampleSkip };
    rule += `;BYMONTH=${MONTHS.map((_, i) => i + 1)
      .filter((m) => !skipped.includes(m))
      .join(',')}`;
  }
  const series: Series = {
    rrule: rule,
    start,
    end,
    holidayPolicy: previous?.holidayPolicy ?? 'move',
    place: previous?.place,
  };
  return { ok: true, series, description: describeSeries(series) };
}
