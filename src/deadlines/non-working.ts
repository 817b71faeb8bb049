import { deadlineText as t } from '../i18n/index.ts';
import { holidayName, isWeekend, previousWorkingDay } from '../time/holidays.ts';
import { formatLong, formatShort, type LocalDate } from '../time/local-date.ts';

const dayMonth = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', day: 'numeric', month: 'long' });
const weekday = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long' });

export interface NonWorkingDay {
  /** «første nyttårsdag», «en søndag». */
  what: string;
  /** The last working day before: what the deadline most likely means, and where its reminders go. */
  before: LocalDate;
}

/** Whether a deadline's date is a public holiday or a weekend day, and the working day before it. */
export function nonWorkingDay(date: LocalDate): NonWorkingDay | null {
  const holiday = holidayName(date);
  const at = new Date(`${date}T12:00:00Z`);
  if (!holiday && !isWeekend(date)) return null;
  return {
    what: holiday ? holiday.toLocaleLowerCase('nb') : t.aWeekday(weekday.format(at)),
    before: previousWorkingDay(date),
  };
}

/** The note shown when a deadline is registered on such a day: «1. januar er første nyttårsdag …». */
export function nonWorkingNote(date: LocalDate): string | null {
  const n = nonWorkingDay(date);
  if (!n) return null;
  return t.nonWorkingNote(
    dayMonth.format(new Date(`${date}T12:00:00Z`)),
    n.what,
    formatLong(n.before),
    t.moveTo(formatShort(n.before).slice(0, 5)),
  );
}
