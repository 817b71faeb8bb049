import { taskText } from '../i18n/index.ts';
import { formatShort, type LocalDate } from '../time/local-date.ts';

// Attacker round 5, A4: a due date of 9999-12-31 was stored, then planning its nudges ran past the
// last date the calendar code can write and the tab answered 500. A task is work for the network in
// the months ahead, so its due date is at most two years away; the one rule for the tab, the chat
// (`utsett`, `ny frist`, a new task's `innen`) and the card's «Utsett».

/** How far ahead a task's due date may be, in years. */
export const MAX_DUE_YEARS = 2;

/** The latest due date allowed today: the same day two years on (28 February for 29 February). */
export function latestDue(today: LocalDate): LocalDate {
  const year = Number(today.slice(0, 4)) + MAX_DUE_YEARS;
  const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${year}-${monthDay}`;
}

/** An example that works: the same day one year on. */
export function exampleDue(today: LocalDate): LocalDate {
  const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${Number(today.slice(0, 4)) + 1}-${monthDay}`;
}

/** Null when `due` is allowed, else the Norwegian refusal naming the latest date and an example. */
export function dueTooFar(due: LocalDate, today: LocalDate): string | null {
  if (due <= latestDue(today)) return null;
  return taskText.dueTooFar(formatShort(due), formatShort(latestDue(today)), formatShort(exampleDue(today)));
}
