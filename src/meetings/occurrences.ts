import rrule from 'rrule';
import { z } from 'zod';
import type { Person } from '../networks/network.ts';
import { holidayName, isWeekend, isWorkingDay, previousWorkingDay } from '../time/holidays.ts';
import { addDays, addMonths, atLocalTime, formatLong, localDateOf, type LocalDate } from '../time/local-date.ts';
import type { Occurrence, Series } from './series.ts';
import { nudgeDayOnOrBefore } from '../conversation/working-hours.ts';
import { eveName } from '../deadlines/non-working.ts';

const { RRule } = rrule;

// One meeting at a time: per-date exceptions kept next to the RRULE series. A moved meeting keeps
// the date the rule gave it (`uidDate`), so calendars see the same event change, not a new one.

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const exceptionSchema = z.object({
  /** The rule date it concerns (moved, cancelled, kept), or the date of an extra meeting. */
  date: localDate,
  kind: z.enum(['moved', 'cancelled', 'extra', 'kept']),
  to: localDate.nullable(),
  start: hhmm.nullable(),
  end: hhmm.nullable(),
  reason: z.string().max(300).nullable(),
  /** Decided on the holiday card: the reason is the holiday's name. */
  holiday: z.boolean(),
  /** Bumped at every change, so calendars replace the event they have (SEQUENCE). */
  revision: z.number().int().min(0),
});
export type MeetingException = z.infer<typeof exceptionSchema>;
export type ExceptionInput = Omit<MeetingException, 'revision'>;

export interface PlannedMeeting extends Occurrence {
  /** The date the series gave it; an extra meeting's own date. Calendars know it by this. */
  uidDate: LocalDate;
  kind: 'series' | 'moved' | 'extra';
  status: 'planned' | 'cancelled';
  /** Set while the meeting still sits on a holiday, julaften or nyttårsaften nobody has decided on. */
  conflict: string | null;
  revision: number;
  reason: string | null;
}

export interface MeetingExceptionRepository {
  list(tenantId: string, networkId: string): Promise<MeetingException[]>;
  /** Sets the exception for its date, one revision higher than any before it. */
  set(tenantId: string, networkId: string, e: ExceptionInput, by: Person, now: Date): Promise<MeetingException>;
  remove(tenantId: string, networkId: string, date: LocalDate): Promise<void>;
  /** Proposals for one meeting follow it to its new date; returns how many moved. */
  moveProposals(tenantId: string, networkId: string, from: LocalDate, to: LocalDate): Promise<number>;
  /** Replaces the agenda of a running meeting (a meeting it replaces brings its proposals). */
  setMeetingAgenda(tenantId: string, networkId: string, meetingId: string, agenda: unknown): Promise<void>;
}

/** A public holiday, julaften or nyttårsaften: days a meeting should not land on unasked. */
export function specialDay(date: LocalDate): string | null {
  return holidayName(date) ?? eveName(date);
}

/**
 * A day off a meeting was put on by hand: a holiday, an eve or a weekend day («lørdag»). The one source
 * for the words beside a move, the agenda and the reminder (month round 14, #14, #15).
 */
export function dayOff(date: LocalDate): string | null {
  return specialDay(date) ?? (isWeekend(date) ? (formatLong(date).split(' ')[0] ?? null) : null);
}

/**
 * The day the leaders are asked about a meeting on a special day: a month ahead (or at once, when
 * the bot learns of it later). What the schedule and the calendar feed promise must match it.
 */
export function holidayAskDay(date: LocalDate): LocalDate {
  // On a nudge day (src/conversation/working-hours.ts): a month before a meeting on 1.1 is 1.12, but a
  // month before one on a Monday may be a Saturday or julaften; the question then comes the day before.
  return nudgeDayOnOrBefore(addMonths(date, -1));
}

/**
 * For a meeting still on a holiday: the day the leaders will be asked, while that is today or later;
 * null when it has passed (they have been asked) or the meeting has no holiday to decide. Words such as
 * «lederne er bedt om å velge dato» are true only once this is null.
 */
export function holidayAskAhead(o: Pick<PlannedMeeting, 'conflict' | 'uidDate'>, today: LocalDate): LocalDate | null {
  if (!o.conflict) return null;
  const ask = holidayAskDay(o.uidDate);
  return ask >= today ? ask : null;
}

const isMeetingDay = (d: LocalDate) => isWorkingDay(d) && !specialDay(d);

/** What the leaders are offered for a meeting on a special day: the working day before, a week earlier. */
export function holidaySuggestions(date: LocalDate): LocalDate[] {
  let before = previousWorkingDay(date);
  while (!isMeetingDay(before)) before = previousWorkingDay(before);
  let weekEarlier = addDays(date, -7);
  while (!isMeetingDay(weekEarlier)) weekEarlier = previousWorkingDay(weekEarlier);
  return [...new Set([before, weekEarlier])];
}

/** Where a rule with no recorded start counts «annenhver uke» from: a Monday, the same for every reader. */
const RULE_EPOCH: LocalDate = '2000-01-03';

interface RuleDate {
  date: LocalDate;
  start: string;
  end: string;
  holidayPolicy: Series['holidayPolicy'];
}

/**
 * The one place a series' dates come from: the current rule from its `since`, each earlier rule up to
 * the day it was replaced. Every reader (reply, agenda, notices, calendar feed) goes through here.
 */
export function ruleDates(series: Series, from: LocalDate, to: LocalDate): RuleDate[] {
  const rules = [...(series.earlier ?? []), series];
  const out: RuleDate[] = [];
  for (const r of rules) {
    const lo = r.since && r.since > from ? r.since : from;
    // until is exclusive: the day the next rule took over belongs to it.
    const hi = r.until && addDays(r.until, -1) < to ? addDays(r.until, -1) : to;
    if (lo > hi) continue;
    // The rule runs over calendar dates (UTC midnights); wall-clock times are added per date in
    // the network's zone, so 09:00 stays 09:00 across daylight-saving changes.
    const rule = new RRule({
      ...RRule.parseString(r.rrule),
      dtstart: new Date(`${r.since ?? RULE_EPOCH}T00:00:00Z`),
    });
    for (const d of rule.between(new Date(`${lo}T00:00:00Z`), new Date(`${hi}T00:00:00Z`), true))
      out.push({ date: d.toISOString().slice(0, 10), start: r.start, end: r.end, holidayPolicy: r.holidayPolicy });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** How far a single meeting may be moved; the window is widened by it so moved meetings are found. */
const MOVE_REACH_DAYS = 120;

/**
 * Every meeting whose date lies in [from, to], cancelled ones included (calendars need them):
 * the series, with moves, cancellations and extra meetings applied. Pure.
 */
export function meetingsBetween(
  series: Series,
  exceptions: readonly MeetingException[],
  from: LocalDate,
  to: LocalDate,
  timeZone = 'Europe/Oslo',
): PlannedMeeting[] {
  const byDate = new Map(exceptions.filter((e) => e.kind !== 'extra').map((e) => [e.date, e]));
  const out: PlannedMeeting[] = [];
  const at = (
    date: LocalDate,
    start: string | null,
    end: string | null,
    rule: Pick<Series, 'start' | 'end'> = series,
  ) => ({
    start: atLocalTime(date, start ?? rule.start, timeZone),
    end: atLocalTime(date, end ?? rule.end, timeZone),
  });
  for (const rd of ruleDates(series, addDays(from, -MOVE_REACH_DAYS), addDays(to, MOVE_REACH_DAYS))) {
    const ruleDate = rd.date;
    const e = byDate.get(ruleDate);
    const special = specialDay(ruleDate);
    // A rule on a weekday never meets a plain weekend; a weekend rule date that is no holiday is skipped.
    if (!special && !isWorkingDay(ruleDate)) continue;
    if (special && rd.holidayPolicy === 'skip' && !e) continue;
    const base = { uidDate: ruleDate, revision: e?.revision ?? 0, reason: e?.reason ?? null, moved: null };
    if (e?.kind === 'moved' && e.to) {
      out.push({
        ...base,
        date: e.to,
        ...at(e.to, e.start, e.end, rd),
        kind: 'moved',
        status: 'planned',
        conflict: null,
        moved: e.holiday ? { from: ruleDate, holiday: e.reason ?? special ?? '' } : null,
      });
    } else if (e?.kind === 'cancelled') {
      out.push({
        ...base,
        date: ruleDate,
        ...at(ruleDate, null, null, rd),
        kind: 'series',
        status: 'cancelled',
        conflict: null,
      });
    } else {
      out.push({
        ...base,
        date: ruleDate,
        ...at(ruleDate, e?.start ?? null, e?.end ?? null, rd),
        kind: 'series',
        status: 'planned',
        conflict: e?.kind === 'kept' ? null : special,
      });
    }
  }
  for (const e of exceptions) {
    if (e.kind !== 'extra') continue;
    out.push({
      date: e.date,
      ...at(e.date, e.start, e.end),
      moved: null,
      uidDate: e.date,
      kind: 'extra',
      status: 'planned',
      conflict: null,
      revision: e.revision,
      reason: e.reason,
    });
  }
  return out.filter((m) => m.date >= from && m.date <= to).sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The next `count` planned meetings that have not ended by `after`. */
export function upcomingFrom(
  series: Series,
  exceptions: readonly MeetingException[],
  after: Date,
  count: number,
  timeZone = 'Europe/Oslo',
): PlannedMeeting[] {
  const today = localDateOf(after, timeZone);
  const out: PlannedMeeting[] = [];
  // Widen the window until enough meetings are found (a weekly series needs weeks, a monthly one months).
  for (let days = 100; out.length < count && days <= 3200; days *= 2) {
    out.length = 0;
    out.push(
      ...meetingsBetween(series, exceptions, today, addDays(today, days), timeZone).filter(
        (m) => m.status === 'planned' && m.end > after,
      ),
    );
  }
  return out.slice(0, count);
}
