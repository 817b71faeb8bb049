import type { Services } from '../app/services.ts';
import { nudgeDayOnOrBefore } from '../conversation/working-hours.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { daysBetween, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import { deadlineOffDay } from './non-working.ts';
import { DEADLINE_NUDGE, keyPrefix, type NudgePayload } from './nudges.ts';

// Month round 7, N4: what the channel is promised about a deadline's reminders is read from the reminders
// actually planned, so a reminder moved off an eve, a weekend or a holiday is never promised for a day it
// will not come on.

/**
 * The days the channel will be reminded of `d` (before it; not the questions after it, not a personal
 * snooze), read from its planned jobs, in order. `after`: only those due after that instant.
 */
export async function plannedReminderDays(s: Services, d: Deadline, after?: Date): Promise<LocalDate[]> {
  const jobs = await s.store.jobs.list(d.tenantId, d.networkId, { kind: DEADLINE_NUDGE, status: 'planned' });
  const days = jobs
    .filter((j) => j.key.startsWith(`${keyPrefix(d)}${d.date}:`))
    .filter((j) => {
      const p = j.payload as NudgePayload;
      return !p.after && !p.snooze && p.offset >= 0 && p.date === d.date && (!after || j.dueAt > after);
    })
    .map((j) => localDateOf(j.dueAt, s.config.timezone));
  return [...new Set(days)].sort();
}

/** «10.12»; with the year when it is far enough ahead to be mistaken for this year's. */
const shortDay = (day: LocalDate, today: LocalDate) =>
  daysBetween(today, day) < 300 ? formatShort(day).slice(0, 5) : formatShort(day);

/** «torsdag 24.12»: the deadline named in the last reminder. */
export const weekdayAndDay = (day: LocalDate, today: LocalDate) =>
  `${formatLong(day).split(' ')[0]} ${shortDay(day, today)}`;

/**
 * The one sentence every reply that promises reminders uses: «Jeg minner kanalen om den 10.12, 17.12 og 23.12
 * (24.12 er julaften, …, så siste påminnelse kommer 23.12).» Call it after the reminders are planned.
 */
export async function reminderPromise(s: Services, d: Deadline): Promise<string> {
  const now = s.clock.now();
  const today = localDateOf(now, s.config.timezone);
  const days = await plannedReminderDays(s, d);
  const last = days.at(-1);
  if (!last) return t.noReminders;
  const label = (day: LocalDate) => (day === today ? t.reminderToday : shortDay(day, today));
  if (last >= d.date) return t.reminderPlan(days.map(label), true, null);
  // The reminder meant for the day itself was moved back to this last one (an eve, a weekend, a holiday): say why.
  const off = last === nudgeDayOnOrBefore(d.date) ? deadlineOffDay(d.date) : null;
  const why = off ? { day: shortDay(d.date, today), what: off.what, eve: off.eve === true } : null;
  return t.reminderPlan(days.map(label), false, why);
}

/**
 * N4: the line on a reminder after which no other comes before the deadline, whatever the reason (an eve,
 * a weekend, a holiday, the network's offsets); null on the deadline's own day, whose card says «i dag».
 */
export async function lastReminderLine(s: Services, d: Deadline, now: Date): Promise<string | null> {
  const today = localDateOf(now, s.config.timezone);
  if (today >= d.date) return null;
  if ((await plannedReminderDays(s, d, now)).length) return null;
  return t.lastReminder(weekdayAndDay(d.date, today));
}
