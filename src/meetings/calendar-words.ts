// The words of «flytt møte», «avlys møte» and «ekstra møte»: dates, times and what they name. Pure.
import { calendarText as t } from '../i18n/calendar.ts';
import { formatShort, type LocalDate } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import type { PlannedMeeting } from './occurrences.ts';

/** What a typed date is read against: now, and the network's time zone. */
export type DateContext = { now: Date; timeZone: string };

/** 24.12 for 2026-12-24. */
export const dm = (date: LocalDate) => `${Number(date.slice(8, 10))}.${date.slice(5, 7)}`;
const hhmm = (h: string, m: string | undefined) => {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  return hh > 23 || mm > 59 ? null : `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
};

export type TimeRange = { start: string; end: string | null };

/** Splits "22.01 kl. 10:00–14:00" into the date words and the time, when there is one. Pure. */
export function splitTime(input: string): { rest: string; time: TimeRange | null } | { error: string } {
  const text = input.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  const range = /(?:^|\s)(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*-\s*(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$/.exec(
    text,
  );
  if (range) {
    const start = hhmm(range[1] ?? '', range[2]);
    const end = hhmm(range[3] ?? '', range[4]);
    if (!start || !end || end <= start) return { error: t.badTime };
    return { rest: text.slice(0, range.index).trim(), time: { start, end } };
  }
  const single = /(?:^|\s)kl\.?\s*(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (single) {
    const start = hhmm(single[1] ?? '', single[2]);
    if (!start) return { error: t.badTime };
    return { rest: text.slice(0, single.index).trim(), time: { start, end: null } };
  }
  return { rest: text, time: null };
}

// A time range («kl. 09–12», «9-12», «10:00-14:00») or «kl. 10» with words after it.
const TIME_THEN_WORDS =
  /(?:^|\s)(?:(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?\s*-\s*(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?|kl\.?\s*\d{1,2}(?:[:.]\d{2})?)(?=\s+\S)/;

/**
 * «05.03 kl. 09–12 overlevering ny leder» → «05.03 kl. 09-12» and the reason after the time, as
 * «avlys møte <dato> [grunn]» takes one (round 8 N4). Without a time inside, the whole text. Pure.
 */
export function splitReasonAfterTime(input: string): { head: string; reason: string } {
  const text = input.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  const m = TIME_THEN_WORDS.exec(text);
  if (!m) return { head: text, reason: '' };
  const end = m.index + m[0].length;
  return {
    head: text.slice(0, end).trim(),
    reason: text
      .slice(end)
      .replace(/^[\s,:;–-]+/, '')
      .trim(),
  };
}

/** "flytt møtet (fra) 24.12 til 18.12 kl. 10-14" → the two date phrases and the time. Pure. */
export function splitMove(args: string): { from: string; to: string } | null {
  const m = /^(?:fra\s+|den\s+|på\s+)?(.+?)\s+til\s+(.+)$/i.exec(args.replace(/\s+/g, ' ').trim());
  return m ? { from: (m[1] ?? '').trim(), to: (m[2] ?? '').trim() } : null;
}

/** The end of a meeting moved to `start`, as long as the series' meetings, before midnight. Pure. */
export function endFor(start: string, seriesStart: string, seriesEnd: string): string {
  const mins = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3, 5));
  const end = Math.min(mins(start) + (mins(seriesEnd) - mins(seriesStart)), 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** A date typed after «flytt møte», «avlys møte» or «ekstra møte», read as of `at` (now, time zone). Pure. */
export function readDate(
  at: DateContext,
  phrase: string,
  next: LocalDate | null,
): { ok: true; date: LocalDate } | { ok: false; error: string } {
  const cleaned = phrase.replace(/^(fra|den|på)\s+/i, '').replace(/^møtet\s+/i, '');
  const d = parseNorwegianDate(cleaned, { ...at, nextMeeting: next });
  return d.ok ? d : { ok: false, error: d.error };
}

/** The longest leading words that read as a date, and what follows (a reason). */
export function leadingDate(
  at: DateContext,
  args: string,
  next: LocalDate | null,
): { date: LocalDate; rest: string } | null {
  const words = args
    .replace(/^(fra|den|på)\s+/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    // «24.12: for få saker», «26. februar, ferie»: a colon, comma or semicolon right after the
    // date ends the date; it belongs to the sentence, not to the date.
    const phrase = words.slice(0, n).join(' ');
    const d = readDate(at, phrase.replace(/[,:;]+$/, ''), next);
    if (d.ok)
      return {
        date: d.date,
        rest: words
          .slice(n)
          .join(' ')
          .replace(/^[,:–-]\s*/, '')
          .replace(/^(fordi|grunn:?|på grunn av)\s+/i, ''),
      };
  }
  return null;
}

/** "flytt neste møte til 18.12" / "avlys neste møte": the words name the meeting themselves. Pure. */
export const aboutNext = (text: string, args: string) =>
  /^(flytt|flytte|avlys|avlyse)\s+(det\s+)?neste\s+møte/i.test(text.trim()) ? `neste møte ${args.trim()}` : args.trim();

/** The first three coming dates, as a refusal names them. */
export const nextList = (ms: Pick<PlannedMeeting, 'date'>[]) =>
  ms
    .slice(0, 3)
    .map((o) => formatShort(o.date))
    .join(', ');
