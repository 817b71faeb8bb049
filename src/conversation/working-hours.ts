import { DEFAULT_WORKING_HOURS, isWithinWorkingHours, nextWorkingSlot } from '../time/holidays.ts';

// One working-hours policy for every nudge (#14): 08:00–16:00 on working days, the hours the task
// and deadline nudges already kept (src/time/holidays.ts). No README or ARCHITECTURE.md names hours.

/** The hours a nudge may go out in, on a working day. */
export const NUDGE_HOURS = DEFAULT_WORKING_HOURS;

/**
 * A nudge due outside working hours waits for the next working slot: the job outcome that says
 * so, or null when it may go now.
 */
export function outsideWorkingHours(now: Date, timeZone: string): { deferUntil: Date } | null {
  return isWithinWorkingHours(now, NUDGE_HOURS, timeZone)
    ? null
    : { deferUntil: nextWorkingSlot(now, NUDGE_HOURS, timeZone) };
}
