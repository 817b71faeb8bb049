import { nonWorkingDay } from '../deadlines/non-working.ts';
import { milestoneOffDayText as t } from '../i18n/index.ts';
import { formatLong, type LocalDate } from '../time/local-date.ts';

const dayMonth = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', day: 'numeric', month: 'long' });

/**
 * What to say about a milestone due on a weekend day or a public holiday, by the deadlines' own rule
 * (`nonWorkingDay`): the same days, and the same working day before. Null on a working day.
 */
export function milestoneOffDayNote(date: LocalDate | null | undefined, where: 'saved' | 'row'): string | null {
  if (!date) return null;
  const n = nonWorkingDay(date);
  if (!n) return null;
  const say = where === 'saved' ? t.note : t.row;
  return say(dayMonth.format(new Date(`${date}T12:00:00Z`)), n.what, formatLong(n.before));
}
