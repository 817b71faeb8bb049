import { deadlineText as t } from '../i18n/index.ts';
import { holidayName, isWeekend, previousWorkingDay } from '../time/holidays.ts';
import { formatLong, formatShort, type LocalDate } from '../time/local-date.ts';

const dayMonth = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', day: 'numeric', month: 'long' });
const weekday = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long' });

export interface NonWorkingDay {
  /** «første nyttårsdag», «en søndag», «julaften». */
  what: string;
  /** The last working day before: what the deadline most likely means, and where its reminders go. */
  before: LocalDate;
  /** Julaften or nyttårsaften: no public holiday, but most municipal offices close early or stay closed (N5). */
  eve?: boolean;
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

/**
 * A deadline's day as the deadline register sees it (month round 7, N5): a public holiday or weekend day as
 * `nonWorkingDay`, and also julaften and nyttårsaften, which are no public holidays (project milestones and the
 * holiday calendar leave them be) but days most municipal child-welfare offices close early or are closed, and on
 * which no reminder goes out (src/conversation/working-hours.ts).
 */
export function deadlineOffDay(date: LocalDate): NonWorkingDay | null {
  const off = nonWorkingDay(date);
  if (off) return off;
  const eve = eveName(date);
  return eve ? { what: eve, before: previousWorkingDay(date), eve: true } : null;
}

/**
 * «julaften» or «nyttårsaften», else null: the one rule for the two eves, read by the deadline register and
 * by the meeting series' holiday question (src/meetings/occurrences.ts, N9 round 9).
 */
export function eveName(date: LocalDate): string | null {
  return t.eves[date.slice(5) as keyof typeof t.eves] ?? null;
}

/** The note shown when a deadline is registered on such a day: «1. januar er første nyttårsdag …». */
export function nonWorkingNote(date: LocalDate): string | null {
  const n = deadlineOffDay(date);
  if (!n) return null;
  const button = t.moveTo(formatShort(n.before).slice(0, 5));
  const day = dayMonth.format(new Date(`${date}T12:00:00Z`));
  // No «Flytt til» for an eve: a deadline there is often the rule itself («brukt innen 31. desember»).
  return n.eve
    ? t.eveNote(day, n.what, formatLong(n.before))
    : t.nonWorkingNote(day, n.what, formatLong(n.before), button);
}
