import { deadlineText as t } from '../i18n/index.ts';
import { checklistState } from './checklist-state.ts';
import { daysBetween, formatShort, type LocalDate } from '../time/local-date.ts';
import type { Deadline, DeadlineKind } from './deadline.ts';

// N11 (month round 9): «levert F3» for «Rapportering for 2027» was taken on 15.10.2027, and «Levert» with three of
// five checklist items open, with no question; the deadline and its reminders were gone. A slip is likely when
// a deadline is marked delivered long before it falls due, before the period it reports on has ended, or
// with its checklist worked on and left unfinished: then the bot asks once.

/** Delivered more than this many days before the due date: asked. */
export const EARLY_DAYS = 30;

/** Kinds that report on a period that has to end first (an application for next year is sent before it). */
const REPORTING: readonly DeadlineKind[] = ['rapportering', 'revisjon', 'bruk av midler'];

/** The last year a title names («Rapportering for 2027 …», «Regnskap 2026–2027»), or null. */
export function titleYear(title: string): number | null {
  const years = [...title.matchAll(/(?<!\d)(20\d{2})(?!\d)/gu)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}

/** Why marking this deadline delivered today may be a slip: one line each, empty when nothing is odd. */
export function deliveryDoubts(
  d: Pick<Deadline, 'title' | 'kind' | 'date' | 'checklist' | 'checks'>,
  today: LocalDate,
): string[] {
  const doubts: string[] = [];
  const year = titleYear(d.title);
  const reports = REPORTING.includes(d.kind) || /rapport|regnskap|revisjon/iu.test(d.title);
  if (reports && year !== null && Number(today.slice(0, 4)) <= year) doubts.push(t.deliverAsk.periodOpen(year));
  const left = daysBetween(today, d.date as LocalDate);
  if (left > EARLY_DAYS) doubts.push(t.deliverAsk.early(formatShort(d.date as LocalDate), left));
  // A checklist worked on and left half done (the tester's 2 of 5) is the slip to ask about.
  const list = checklistState(d);
  if (list.halfDone) doubts.push(t.deliverAsk.unticked(list.open.length, list.applies, list.open));
  return doubts;
}
