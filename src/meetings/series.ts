import rrule from 'rrule';
import { z } from 'zod';
import { seriesText as t } from '../i18n/index.ts';
import type { LocalDate } from '../time/local-date.ts';
import { upcomingFrom } from './occurrences.ts';

const { RRule } = rrule;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A rule the network used before: it still gives the meetings dated before `until` (held, or planned then). */
export const earlierRuleSchema = z.object({
  rrule: z.string().min(1),
  start: hhmm,
  end: hhmm,
  holidayPolicy: z.enum(['move', 'skip']).default('move'),
  since: localDate.optional(),
  until: localDate,
});
export type EarlierRule = z.infer<typeof earlierRuleSchema>;

export const seriesSchema = z.object({
  /** RFC 5545 recurrence rule without DTSTART, e.g. FREQ=MONTHLY;BYDAY=-1FR */
  rrule: z.string().min(1),
  start: hhmm,
  end: hhmm,
  /** A meeting that falls on a public holiday is put to the leaders ('move': they choose), or is skipped. */
  holidayPolicy: z.enum(['move', 'skip']).default('move'),
  place: z.string().max(300).optional(),
  /**
   * The first day this rule gives meetings, and the week «annenhver» counts from. Without a fixed
   * start every reader counted from its own window, and the reply, the notices and the calendar feed
   * each picked other Wednesdays (month round 14, #1).
   */
  since: localDate.optional(),
  /** The rules before this one: a change must not rewrite the meetings already held (month round 14, #2). */
  earlier: z.array(earlierRuleSchema).max(40).optional(),
  /** «møteplan stopp»: the rule gives no meetings from this day on (month round 14, #7). */
  until: localDate.optional(),
});
export type Series = z.infer<typeof seriesSchema>;

/** The rhythm one network described: the last Friday of each month, 09:00–15:30. */
export const DEFAULT_SERIES: Series = {
  rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
  start: '09:00',
  end: '15:30',
  holidayPolicy: 'move',
};

export interface Occurrence {
  date: LocalDate;
  start: Date;
  end: Date;
  /** Set when a holiday moved the meeting from its rule date. */
  moved: { from: LocalDate; holiday: string } | null;
}

export function meetingMinutes(series: Series): number {
  const [sh, sm] = series.start.split(':').map(Number) as [number, number];
  const [eh, em] = series.end.split(':').map(Number) as [number, number];
  return eh * 60 + em - (sh * 60 + sm);
}

/**
 * The next meetings that have not ended by `after`, with no exceptions applied. A rule date on a
 * holiday, julaften or nyttårsaften stays where it is, flagged, until the leaders decide (see
 * occurrences.ts): moving it silently put December 2026 on julaften.
 */
export function nextOccurrences(series: Series, after: Date, count: number, timeZone = 'Europe/Oslo'): Occurrence[] {
  return upcomingFrom(series, [], after, count, timeZone);
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The series in words, e.g. "siste fredag i måneden kl. 09:00–15:30". */
export function describeSeries(series: Series): string {
  const opts = RRule.parseString(series.rrule);
  const days = ([] as unknown[]).concat(opts.byweekday ?? []);
  const first = days[0] as { weekday: number; n?: number } | number | undefined;
  const weekday = typeof first === 'number' ? first : first?.weekday;
  const n = typeof first === 'object' ? first?.n : undefined;
  const dayName = weekday !== undefined ? t.weekdays[WEEKDAYS[weekday]!] : '';
  const time = t.time(series.start, series.end);
  let rhythm: string;
  if (opts.freq === RRule.MONTHLY && n) rhythm = t.monthly(t.ordinal(n), dayName);
  else if (opts.freq === RRule.WEEKLY && (opts.interval ?? 1) === 2) rhythm = t.biweekly(dayName);
  else if (opts.freq === RRule.WEEKLY && (opts.interval ?? 1) > 2) rhythm = t.everyNthWeek(opts.interval!, dayName);
  else if (opts.freq === RRule.WEEKLY) rhythm = t.weekly(dayName);
  else rhythm = series.rrule;
  const months = ([] as number[]).concat(opts.bymonth ?? []);
  const skipped = months.length ? t.months.filter((_, i) => !months.includes(i + 1)) : [];
  return `${rhythm}${skipped.length ? t.notIn(skipped) : ''} ${time}`;
}

export { WEEKDAYS };
