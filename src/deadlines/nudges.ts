import { titleForYear } from './deadline-words.ts';
import type { Services } from '../app/services.ts';
import { deadlineText as t, myMilestonesText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import type { Job } from '../scheduler/jobs.ts';
import type { JobHandler, JobOutcome } from '../scheduler/scheduler.ts';
import { mentionLine, mentionsOf, reachPerson } from '../conversation/reach.ts';
import { milestoneOwners } from '../projects/milestone-owner.ts';
import { movePlannedNudges } from '../conversation/nudge-moves.ts';
import {
  nextNudgeDay,
  nudgeDayOnOrAfter,
  nudgeDayOnOrBefore,
  outsideWorkingHours,
} from '../conversation/working-hours.ts';
import { addDays, atLocalTime, daysBetween, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import { cardOf } from './deadline-cards.ts';
import { lastReminderLine } from './reminder-plan.ts';

export const DEADLINE_NUDGE = 'deadline.nudge';
export const STALE_SUMMARY = 'deadline.stale';
export const YEARLY_ROLLOVER = 'deadline.rollover';
/** 30, 14, 7 and 1 days before, and on the day, unless the network chose otherwise. */
export const DEFAULT_OFFSETS = [30, 14, 7, 1, 0];
const NUDGE_TIME = '09:00';
/** On a deadline's last day a snooze reminds by this time at the latest. */
const LAST_DAY_TIME = '15:00';

export interface NudgePayload {
  deadlineId: string;
  date: string;
  offset: number;
  snooze?: boolean;
  /** Who asked for the snooze («Påminn meg senere»): the reminder goes to them, not to the channel. */
  for?: Person;
  /** A question after the deadline passed whether it was delivered: the next working day, weekly, then every four weeks. */
  after?: boolean;
  /** Which question after the deadline: 0 the first, then weekly up to WEEKLY_ASKS - 1, then every four weeks. */
  round?: number;
}

/**
 * A passed deadline is asked about («er den levert?») until someone marks it Levert: the working
 * day after, then weekly for six weeks, as overdue tasks are, then every four weeks, so a forgotten
 * delivery keeps coming back without flooding the channel. The sixth question says the rhythm
 * slows down, so the quieter weeks are not mistaken for the bot giving up.
 */
export const WEEKLY_ASKS = 6;
const MONTHLY_EVERY = 28;

/** The day round `round` belongs on, before moving off weekends and holidays. */
function nominalPassedDay(first: LocalDate, round: number): LocalDate {
  if (round < WEEKLY_ASKS) return addDays(first, 7 * round);
  return addDays(first, 7 * (WEEKLY_ASKS - 1) + MONTHLY_EVERY * (round - WEEKLY_ASKS + 1));
}

/**
 * The question after round `sent` went out on `sentDay`. Rounds keep their weekday (a round moved
 * off a holiday does not move the next one); a round that would come too soon after the one just
 * sent (the bot was down and sent it late) is skipped: less than a week apart in the weekly part,
 * less than three weeks apart in the four-weekly part.
 */
export function nextPassedRound(first: LocalDate, sent: number, sentDay: LocalDate): { round: number; day: LocalDate } {
  for (let round = sent + 1; ; round++) {
    const nominal = nominalPassedDay(first, round);
    const day = nudgeDayOnOrAfter(nominal);
    if (daysBetween(sentDay, day) >= (round < WEEKLY_ASKS ? 7 : 21)) return { round, day };
  }
}

const passedKey = (d: Pick<Deadline, 'tenantId' | 'networkId' | 'id' | 'date'>, round: number) =>
  `${keyPrefix(d)}${d.date}:after${round ? `:${round}` : ''}`;

export const keyPrefix = (d: Pick<Deadline, 'tenantId' | 'networkId' | 'id'>) =>
  `deadline:${d.tenantId}:${d.networkId}:${d.id}:`;

export async function offsetsOf(s: Services, tenantId: string, networkId: string): Promise<number[]> {
  return (await s.store.networks.getSetting<number[]>(tenantId, networkId, 'deadline-offsets')) ?? DEFAULT_OFFSETS;
}

/**
 * The day a reminder meant for `day` is posted: a weekend, public holiday, julaften or nyttårsaften
 * (src/conversation/working-hours.ts) moves it to the last nudge day before, so a reminder never waits past the day it was meant for (and never past
 * the deadline). Waiting for the next working day would remind of a deadline on første
 * nyttårsdag only after it had passed.
 */
export function reminderDay(day: LocalDate): LocalDate {
  return nudgeDayOnOrBefore(day);
}

/** The working morning the first «er den levert?» comes: the next nudge day after the deadline. */
export function firstPassedDay(deadline: LocalDate): LocalDate {
  return nextNudgeDay(deadline);
}

/**
 * One job per reminder day; keys carry the date, so a rolled-forward yearly deadline gets fresh
 * ones. Offsets that land on the same working day (1 and 0 before a Saturday deadline) send one
 * card, the one nearest the deadline.
 */
export async function planDeadlineNudges(
  s: Services,
  d: Deadline,
  now: Date,
  opts: { cardShownNow?: boolean } = {},
): Promise<void> {
  if (d.status !== 'open') return;
  const tz = s.config.timezone;
  const today = localDateOf(now, tz);
  const byDay = new Map<LocalDate, number>();
  for (const offset of await offsetsOf(s, d.tenantId, d.networkId)) {
    const day = reminderDay(addDays(d.date, -offset));
    const kept = byDay.get(day);
    if (kept === undefined || offset < kept) byDay.set(day, offset);
  }
  for (const [day, offset] of byDay) {
    // A nudge whose day has passed when the deadline is created is not worth sending late.
    if (day < today) continue;
    // Whoever registered it was just shown the card: a nudge the same day would repeat it.
    if (opts.cardShownNow && day === today) continue;
    const payload: NudgePayload = { deadlineId: d.id, date: d.date, offset };
    // replan, not plan: after a change of offsets or date the same key may sit cancelled and must come back.
    await s.store.jobs.replan(
      {
        tenantId: d.tenantId,
        networkId: d.networkId,
        key: `${keyPrefix(d)}${d.date}:${offset}`,
        kind: DEADLINE_NUDGE,
        dueAt: atLocalTime(day, NUDGE_TIME, tz),
        payload,
      },
      now,
    );
  }
  // A deadline that passes without «Levert» is asked about the next working morning, then weekly.
  const dayAfter = firstPassedDay(d.date);
  if (dayAfter >= today) await planPassedAsk(s, d, { round: 0, day: dayAfter }, now, 'replan');
  await planRollover(s, d, now);
}

/**
 * At start: a passed deadline still open whose questions stopped (asked six times before they went
 * on every four weeks, or a chain broken by a lost job) gets its next question planned, counted on
 * from the last one asked, so nobody gets a burst of catch-up questions. Idempotent.
 */
export async function resumePassedAsks(s: Services, now: Date): Promise<void> {
  const today = localDateOf(now, s.config.timezone);
  for (const network of await s.store.networks.listActive()) {
    const passed = (await s.store.deadlines.listOpen(network.tenantId, network.networkId)).filter(
      (d) => d.date < today,
    );
    if (!passed.length) continue;
    const jobs = await s.store.jobs.list(network.tenantId, network.networkId, { kind: DEADLINE_NUDGE });
    for (const d of passed) {
      const mine = jobs.filter((j) => j.key.startsWith(`${keyPrefix(d)}${d.date}:after`));
      // None at all: the question after the deadline was never planned here; the stale summary speaks.
      if (!mine.length || mine.some((j) => j.status === 'planned' || j.status === 'claimed')) continue;
      // Counted from the last question sent; a cancelled one was never asked.
      const sent = mine.filter((j) => j.status === 'done').map((j) => (j.payload as NudgePayload).round ?? 0);
      const last = sent.length ? Math.max(...sent) : -1;
      const next = nextPassedRound(firstPassedDay(d.date), last, today);
      // replan: the round's key may sit cancelled (a Levert taken back, a job lost) and must come back.
      await planPassedAsk(s, d, next, now, 'replan');
    }
  }
}

/**
 * At start: a reminder planned by an older version on a day that is no nudge day now (julaften,
 * nyttårsaften; N6) moves to the nudge day before, where it is planned today; left there, it would
 * wait until after the holidays, past the deadline it is about. Only planned reminders before a
 * deadline move; nothing new is planned. Idempotent.
 */
export async function moveRemindersOffEves(s: Services, now: Date): Promise<void> {
  await movePlannedNudges(s.store, s.config.timezone, now, DEADLINE_NUDGE, NUDGE_TIME, (j, day) => {
    const p = j.payload as NudgePayload;
    return p.after || p.snooze ? null : reminderDay(day);
  });
}

/**
 * Plans question `next.round` after the deadline («er den levert?») on its day. `replan` brings back
 * a key that sits cancelled (a Levert taken back, a changed date); `plan` leaves an existing one be.
 */
async function planPassedAsk(
  s: Services,
  d: Deadline,
  next: { round: number; day: LocalDate },
  now: Date,
  how: 'plan' | 'replan',
): Promise<void> {
  const payload: NudgePayload = { deadlineId: d.id, date: d.date, offset: -1, after: true, round: next.round };
  const job = {
    tenantId: d.tenantId,
    networkId: d.networkId,
    key: passedKey(d, next.round),
    kind: DEADLINE_NUDGE,
    dueAt: atLocalTime(next.day, NUDGE_TIME, s.config.timezone),
    payload,
  };
  await (how === 'replan' ? s.store.jobs.replan(job, now) : s.store.jobs.plan(job, now));
}

/** Plans the next year's copy of a yearly deadline once; done and passed both lead here. */
export async function planRollover(s: Services, d: Deadline, now: Date): Promise<void> {
  if (!d.yearly) return;
  const at = atLocalTime(addDays(d.date, 1), '00:00', s.config.timezone);
  await s.store.jobs.replan(
    {
      tenantId: d.tenantId,
      networkId: d.networkId,
      key: `${keyPrefix(d)}${d.date}:rollover`,
      kind: YEARLY_ROLLOVER,
      dueAt: at,
      payload: { deadlineId: d.id },
    },
    now,
  );
}

export function nextYear(date: string): string {
  const y = Number(date.slice(0, 4)) + 1;
  // 29 February has no twin in most years; the last day of February is what a yearly rule means.
  const md = date.slice(5) === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

/**
 * The date of a yearly deadline's next year (month round 7, N12): its own day (`seriesDay`) in the year after
 * the one this deadline belongs to, whatever this year's date was moved to. The year it belongs to is the one
 * whose own day lies nearest its date, so a move across New Year («31.12» moved to 4.1) skips no year.
 */
export function nextOccurrence(d: Pick<Deadline, 'date' | 'seriesDay'>): string {
  const day = d.seriesDay ?? d.date.slice(5);
  const y = Number(d.date.slice(0, 4));
  const nominal = [y - 1, y, y + 1]
    .map((year) => nextYear(`${year - 1}-${day}`))
    .reduce((best, c) => (Math.abs(daysBetween(c, d.date)) < Math.abs(daysBetween(best, d.date)) ? c : best));
  return nextYear(`${nominal.slice(0, 4)}-${day}`);
}

export async function rollForward(
  s: Services,
  d: Deadline,
  by: Deadline['createdBy'],
  now: Date,
): Promise<Deadline | null> {
  if (!d.yearly || !d.origin) return null;
  const { id: _id, status: _s, doneBy: _b, doneAt: _a, checks: _c, ...rest } = d;
  // Levert and the rollover job may both arrive here at once: the store keeps it to one copy a year.
  const date = nextOccurrence(d);
  const next = await s.store.deadlines.createUnlessLater({
    ...rest,
    // «… for 2026» due 01.03.2027 is «… for 2027» due 01.03.2028 (N20).
    title: titleForYear(d.title, d.date, date),
    origin: d.origin,
    // Next year on the series' own day (N12), not on this year's moved date.
    date,
    seriesDay: d.seriesDay ?? d.date.slice(5),
    createdBy: by,
    createdAt: now.toISOString(),
  });
  if (!next) return null;
  await planDeadlineNudges(s, next, now);
  return next;
}

/**
 * When "Påminn meg senere" reminds again: the next working morning, unless that is after the
 * deadline; then (the last day) in two hours or at 15:00, whichever is sooner and still ahead,
 * and never after the deadline itself. Null when the deadline has passed.
 */
export function snoozeUntil(now: Date, d: Pick<Deadline, 'date' | 'time'>, timeZone: string): Date | null {
  const deadlineAt = atLocalTime(d.date, d.time, timeZone);
  if (deadlineAt <= now) return null;
  const tomorrow = addDays(localDateOf(now, timeZone), 1);
  const morning = atLocalTime(nudgeDayOnOrAfter(tomorrow), NUDGE_TIME, timeZone);
  if (localDateOf(morning, timeZone) <= d.date && morning < deadlineAt) return morning;
  const inTwoHours = new Date(now.getTime() + 2 * 3_600_000);
  const afternoon = atLocalTime(localDateOf(now, timeZone), LAST_DAY_TIME, timeZone);
  const soonest = afternoon > now && afternoon < inTwoHours ? afternoon : inTwoHours;
  return soonest < deadlineAt ? soonest : deadlineAt;
}

export async function snoozeNudge(s: Services, d: Deadline, until: Date, now: Date, by: Person): Promise<void> {
  const who: Person = { id: by.id, name: by.name, ...(by.aadObjectId ? { aadObjectId: by.aadObjectId } : {}) };
  const payload: NudgePayload = { deadlineId: d.id, date: d.date, offset: -1, snooze: true, for: who };
  await s.store.jobs.plan(
    {
      tenantId: d.tenantId,
      networkId: d.networkId,
      // Per person: two people who snooze to the same time each get their own reminder.
      key: `${keyPrefix(d)}${d.date}:snooze:${until.toISOString()}:${who.id}`,
      kind: DEADLINE_NUDGE,
      dueAt: until,
      payload,
    },
    now,
  );
}

/**
 * The reminder someone asked for with «Påminn meg senere»: in their personal chat, or, when the bot
 * cannot open one with them, in the channel with an @mention, so it still reaches that person and
 * nobody else is asked to act on it. The card is remembered either way, so Levert redraws it.
 */
export async function remindPerson(s: Services, network: Network, d: Deadline, who: Person, now: Date): Promise<void> {
  const card = await cardOf(s, d, { today: localDateOf(now, s.config.timezone) });
  const reminder = t.snoozeReminder(d.id);
  const { posted } = await reachPerson(s.messenger, network, who, (m) => (m ? `${m} ${reminder}` : reminder), {
    card,
    summary: t.summary(d.title),
  });
  await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
}

/** Posts a deadline card as a new thread and remembers it, so Levert can update it later. `note`: a line on this copy only. */
export async function postDeadline(
  s: Services,
  network: Network,
  d: Deadline,
  now: Date,
  note?: string,
  owners: readonly Person[] = [],
): Promise<void> {
  const card = await cardOf(s, d, { today: localDateOf(now, s.config.timezone), ...(note ? { note } : {}) });
  const mentions = mentionsOf(owners);
  const posted = await s.messenger.startThread(network, {
    card,
    summary: t.summary(d.title),
    ...(mentions.length ? { text: myMilestonesText.ownerNudge(mentionLine(mentions)), mentions } : {}),
  });
  await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
  // Month round 15 #8: a milestone's owner gets it privately too, as a task's owner does.
  for (const who of owners) {
    const sent = await s.messenger.sendToPerson(network.tenantId, who, {
      text: myMilestonesText.ownerNudgePrivate(d.id),
      card,
      summary: t.summary(d.title),
    });
    if (sent) await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, sent);
  }
}

/** One summary of the network's passed deadlines a day, whichever late nudge asks for it first. */
async function planStaleSummary(
  s: Services,
  d: Pick<Deadline, 'tenantId' | 'networkId'>,
  today: LocalDate,
  now: Date,
): Promise<void> {
  await s.store.jobs.plan(
    {
      tenantId: d.tenantId,
      networkId: d.networkId,
      key: `deadline-stale:${d.tenantId}:${d.networkId}:${today}`,
      kind: STALE_SUMMARY,
      dueAt: now,
      payload: {},
    },
    now,
  );
}

export function deadlineJobs(s: Services): JobHandler[] {
  const tz = () => s.config.timezone;
  return [
    {
      kind: DEADLINE_NUDGE,
      async run(job: Job, now: Date): Promise<JobOutcome> {
        const p = job.payload as NudgePayload;
        const d = await s.store.deadlines.get(job.tenantId, job.networkId, p.deadlineId);
        const later = outsideWorkingHours(now, tz());
        // A snooze asked for on the last day comes that day even after hours: the next slot is too late.
        if (later && !(p.snooze && d && later.deferUntil >= atLocalTime(d.date, d.time, tz()))) return later;
        if (!d || d.status !== 'open' || d.date !== p.date) return;
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const today = localDateOf(now, tz());
        if (p.after) {
          if (d.date >= today) return;
          const round = p.round ?? 0;
          await planPassedAsk(s, d, nextPassedRound(firstPassedDay(d.date), round, today), now, 'plan');
          // More than a day late means the bot was down: the one summary of passed deadlines speaks instead.
          if (now.getTime() - new Date(job.dueAt).getTime() > 86_400_000) {
            await planStaleSummary(s, d, today, now);
            return;
          }
          const when = addDays(d.date, 1) === today ? t.yesterday : formatShort(d.date);
          const slowing = round === WEEKLY_ASKS - 1;
          const asked = slowing ? `${t.passedNudge(when)} ${t.passedNudgeMonthly(d.id)}` : t.passedNudge(when);
          // A milestone's person owner is the one who knows whether it was reached: named as before the date.
          const mentions = mentionsOf(await milestoneOwners(s, network, d));
          const text = mentions.length ? `${myMilestonesText.ownerNudge(mentionLine(mentions))} ${asked}` : asked;
          const posted = await s.messenger.startThread(network, {
            text,
            ...(mentions.length ? { mentions } : {}),
            card: await cardOf(s, d, { today }),
            summary: t.passedSummary(d.title),
          });
          if (posted) await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
          return;
        }
        if (d.date < today) {
          // The question after the deadline is still to come and says it all; a reminder planned
          // before reminders moved off holidays must not add a second message or blame an outage.
          const pending = await s.store.jobs.list(d.tenantId, d.networkId, { kind: DEADLINE_NUDGE, status: 'planned' });
          if (
            pending.some(
              (j) =>
                j.key.startsWith(`${keyPrefix(d)}${d.date}:after`) && j.dueAt.getTime() >= now.getTime() - 86_400_000,
            )
          )
            return;
          // Downtime swallowed the deadline itself: one summary for the network, not a flood.
          await planStaleSummary(s, d, today, now);
          return;
        }
        if (!p.snooze) {
          // After downtime several nudges of one deadline can be due at once; only the latest speaks,
          // also when it was sent first (jobs of one batch run side by side).
          const pending = await s.store.jobs.list(d.tenantId, d.networkId, { kind: DEADLINE_NUDGE });
          const newer = pending.some((j) => {
            const o = j.payload as NudgePayload;
            const live = j.status === 'planned' || j.status === 'claimed' || j.status === 'done';
            return (
              j.id !== job.id &&
              j.key.startsWith(`${keyPrefix(d)}${d.date}:`) &&
              live &&
              j.dueAt <= now &&
              !o.snooze &&
              !o.after &&
              o.offset >= 0 &&
              o.offset < p.offset
            );
          });
          if (newer) return;
        }
        if (p.snooze && p.for) {
          const who = p.for;
          await remindPerson(s, network, d, who, now);
          return;
        }
        // N4: no other reminder comes before the deadline (an eve, a weekend, the offsets): the card says so.
        const last = await lastReminderLine(s, d, now);
        await postDeadline(s, network, d, now, last ?? undefined, await milestoneOwners(s, network, d));
      },
    },
    {
      kind: STALE_SUMMARY,
      async run(job: Job, now: Date): Promise<JobOutcome> {
        const later = outsideWorkingHours(now, tz());
        if (later) return later;
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const today = localDateOf(now, tz());
        const passed = (await s.store.deadlines.listOpen(job.tenantId, job.networkId)).filter((d) => d.date < today);
        if (!passed.length) return;
        const lines = passed.map((d) => `- ${t.staleLine(d.id, d.title, formatShort(d.date))}`);
        await s.messenger.startThread(network, { text: [`**${t.staleTitle}**`, ...lines, '', t.staleHint].join('\n') });
      },
    },
    {
      // A yearly deadline nobody marked Levert still comes back next year; it sends nothing itself.
      kind: YEARLY_ROLLOVER,
      async run(job: Job, now: Date): Promise<JobOutcome> {
        const p = job.payload as { deadlineId: string };
        const d = await s.store.deadlines.get(job.tenantId, job.networkId, p.deadlineId);
        if (d) await rollForward(s, d, d.createdBy, now);
      },
    },
  ];
}
