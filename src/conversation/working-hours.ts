import { DEFAULT_WORKING_HOURS, isWorkingDay, nearestDay } from '../time/holidays.ts';
import { atLocalTime, localDateOf, type LocalDate } from '../time/local-date.ts';
import { eveName } from '../deadlines/non-working.ts';

// One working-hours policy for every nudge (#14): 08:00–16:00 on nudge days, the hours the task
// and deadline nudges already kept (src/time/holidays.ts). No README or ARCHITECTURE.md names hours.

/** The hours a nudge may go out in, on a nudge day. */
export const NUDGE_HOURS = DEFAULT_WORKING_HOURS;

/**
 * The one rule for the days a nudge may go out on: a working day that is not julaften or nyttårsaften.
 * The eves are no public holidays, but most municipal child-welfare offices are closed or on a half day
 * (month round 6, N6): no deadline nudge, task reminder or leader escalation goes out on them.
 */
export function isNudgeDay(date: LocalDate): boolean {
  return isWorkingDay(date) && !eveName(date);
}

export const previousNudgeDay = (date: LocalDate): LocalDate => nearestDay(date, -1, isNudgeDay);

export const nextNudgeDay = (date: LocalDate): LocalDate => nearestDay(date, 1, isNudgeDay);

/** A reminder meant for `date` (before something is due): that day, or the last nudge day before it. */
export const nudgeDayOnOrBefore = (date: LocalDate): LocalDate => (isNudgeDay(date) ? date : previousNudgeDay(date));

/** A follow-up meant for `date` (after something was due): that day, or the next nudge day. */
export const nudgeDayOnOrAfter = (date: LocalDate): LocalDate => (isNudgeDay(date) ? date : nextNudgeDay(date));

/**
 * A nudge due outside working hours, or on a day that is no nudge day, waits for the next
 * working slot: the job outcome that says so, or null when it may go now.
 */
export function outsideWorkingHours(now: Date, timeZone: string): { deferUntil: Date } | null {
  const day = localDateOf(now, timeZone);
  const from = atLocalTime(day, NUDGE_HOURS.from, timeZone);
  if (isNudgeDay(day) && now >= from && now < atLocalTime(day, NUDGE_HOURS.to, timeZone)) return null;
  if (isNudgeDay(day) && now < from) return { deferUntil: from };
  return { deferUntil: atLocalTime(nextNudgeDay(day), NUDGE_HOURS.from, timeZone) };
}
