import { scheduleText as t } from '../i18n/index.ts';
import { describeSeries, WEEKDAYS, type Series } from './series.ts';

const DAY: Record<string, (typeof WEEKDAYS)[number]> = {
  mandag: 'MO', mandager: 'MO', tirsdag: 'TU', tirsdager: 'TU', onsdag: 'WE', onsdager: 'WE', torsdag: 'TH', torsdager: 'TH',
  fredag: 'FR', fredager: 'FR', lørdag: 'SA', søndag: 'SU',
  // nynorsk
  måndag: 'MO', tysdag: 'TU', laurdag: 'SA', sundag: 'SU',
};
const ORDINAL: Record<string, number> = { første: 1, '1.': 1, andre: 2, '2.': 2, tredje: 3, '3.': 3, fjerde: 4, '4.': 4, siste: -1, 'nest siste': -2, fyrste: 1 };

export type ScheduleParse = { ok: true; series: Series; description: string } | { ok: false; error: string; example: string };

function time(h: string, m: string | undefined): string | null {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  if (hh > 23 || mm > 59) return null;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/**
 * Reads how people describe a meeting rhythm ("siste fredag i måneden 09:00-15:30",
 * "første tirsdag kl 12-14", "annenhver torsdag 13-15") into a recurrence.
 */
export function parseSchedule(input: string, previous?: Series): ScheduleParse {
  const text = input.normalize('NFC').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  const range = /(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*-\s*(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?/.exec(text);
  const dayWord = Object.keys(DAY).find((d) => new RegExp(`(^|\\s)${d}(\\s|$)`).test(text));
  if (!dayWord) return { ok: false, error: t.noWeekday, example: t.example };
  let start = previous?.start ?? '09:00';
  let end = previous?.end ?? '15:30';
  if (range) {
    const s = time(range[1]!, range[2]);
    const e = time(range[3]!, range[4]);
    if (!s || !e || e <= s) return { ok: false, error: t.badTime, example: t.example };
    start = s;
    end = e;
  } else if (!previous) {
    return { ok: false, error: t.noTime, example: t.example };
  }
  const day = DAY[dayWord]!;
  let rule: string;
  if (/\b(annenhver|annakvar|hver andre)\b/.test(text)) rule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  else if (/\b(hver|kvar)\b/.test(text) && !/måned|månad/.test(text)) rule = `FREQ=WEEKLY;BYDAY=${day}`;
  else {
    const ord = Object.keys(ORDINAL)
      .sort((a, b) => b.length - a.length)
      .find((o) => text.includes(`${o} ${dayWord}`));
    if (!ord) return { ok: false, error: t.noOrdinal, example: t.example };
    rule = `FREQ=MONTHLY;BYDAY=${ORDINAL[ord]}${day}`;
  }
  const series: Series = { rrule: rule, start, end, holidayPolicy: previous?.holidayPolicy ?? 'move', place: previous?.place };
  return { ok: true, series, description: describeSeries(series) };
}
