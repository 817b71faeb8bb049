import type { RequestContext } from '../conversation/types.ts';
import { helpText, taskText as t } from '../i18n/index.ts';
import { previousNudgeDay } from '../conversation/working-hours.ts';
import { eveName } from '../deadlines/non-working.ts';
import { holidayName } from '../time/holidays.ts';
import { formatLong, type LocalDate } from '../time/local-date.ts';

/** A due date moved off a public holiday: the day it landed on and why. */
export interface MovedDue {
  from: LocalDate;
  holiday: string;
}

/**
 * A task's due date said as a word («innen fredag», «om 2 uker») that lands on a public holiday, julaften
 * or nyttårsaften is the last whole working day before (s12 #10: «innen fredag» on Friday 18.12 became første juledag). A date
 * typed as a date is kept as typed, only named as a holiday on the card; so is a word whose working
 * day before has already passed (said on the holiday itself), as a due date is never set in the past.
 * The one rule for a new task's «innen» and for «utsett»/«ny frist».
 */
export function workingDue(
  parsed: { date: LocalDate; relative?: boolean },
  today: LocalDate,
): { date: LocalDate; moved: MovedDue | null } {
  const holiday = parsed.relative ? (holidayName(parsed.date) ?? eveName(parsed.date)) : null;
  if (!holiday) return { date: parsed.date, moved: null };
  // Not onto julaften or nyttårsaften either (month s13 #11): most offices are closed or close at noon.
  const before = previousNudgeDay(parsed.date);
  if (before < today) return { date: parsed.date, moved: null };
  return { date: before, moved: { from: parsed.date, holiday } };
}

/** The reply's line saying the due date was moved, with the command that sets the holiday after all. */
export function dueMovedNote(
  moved: MovedDue,
  id: string,
  to: LocalDate,
  where: RequestContext['scope']['conversationType'],
): string {
  const back = `oppgave ${id} ny frist ${moved.from.slice(8, 10)}.${moved.from.slice(5, 7)}.${moved.from.slice(0, 4)}`;
  return t.dueMovedOffHoliday(formatLong(moved.from), moved.holiday, formatLong(to), helpText.commandLine(back, where));
}
