import type { Services } from '../app/services.ts';
import { taskCard } from '../../cards/task.ts';
import { helpText, noLeaderText, taskText as t } from '../i18n/index.ts';
import type { Job } from '../scheduler/jobs.ts';
import type { JobHandler, JobOutcome } from '../scheduler/scheduler.ts';
import { addWorkingDays, holidayName, nextWorkingDay } from '../time/holidays.ts';
import { addDays, atLocalTime, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import type { Network } from '../networks/network.ts';
import { nextWeeklyRound } from '../time/weekly.ts';
import { mentionLine, mentionsOf } from '../conversation/reach.ts';
import { leadersOrNote } from '../conversation/no-leader.ts';
import { movePlannedNudges } from '../conversation/nudge-moves.ts';
import {
  isNudgeDay,
  nextNudgeDay,
  nudgeDayOnOrAfter,
  nudgeDayOnOrBefore,
  outsideWorkingHours,
} from '../conversation/working-hours.ts';
import { hasLeft } from '../networks/departed.ts';
import { rememberCard } from './card-refs.ts';
import type { Task } from './task.ts';

export const TASK_NUDGE = 'task.nudge';
const NUDGE_TIME = '09:00';
/**
 * Follow-up cadence: three working days before, on the day, then weekly while overdue. A due day
 * on a weekend or holiday is reminded of on the working day before: waiting for the next working
 * day would remind the owner only after the task was due.
 */
export const NUDGE_POLICY = { workingDaysBefore: 3, overdueEveryDays: 7, overdueRounds: 3 };

/**
 * Month s14 #11: weekly «har passert fristen» went on without end («forfalt for 56 dager siden»). After
 * `overdueRounds` reminders to the owner, the round after goes to the leaders once (`handover`) and the
 * reminders stop. A change to the task (a new due date, a new owner, «pågår») is something happening, so
 * it starts a new run of reminders from the round it is made in.
 */
type NudgeKind = 'before' | 'due' | 'overdue' | 'handover';
interface NudgePayload {
  taskId: string;
  due: string;
  nudge: NudgeKind;
  round?: number;
  /** The overdue round this run of reminders began with: a change to the task (a new owner) starts a new run. */
  firstRound?: number;
  /** Overdue reminders this run sent before this one (a round moved off a holiday may skip a week's number). */
  sent?: number;
}

function keyPrefix(task: Pick<Task, 'tenantId' | 'networkId' | 'id'>): string {
  return `task:${task.tenantId}:${task.networkId}:${task.id}:`;
}

/**
 * Plans the follow-up of a task with a due date. The due date is part of each key, so moving the
 * date plans fresh nudges while the old ones are cancelled, and re-planning the same date is a no-op.
 */
export async function planTaskNudges(s: Services, task: Task, now: Date): Promise<void> {
  await s.store.jobs.cancel(task.tenantId, task.networkId, keyPrefix(task));
  if (!task.due || task.status === 'done' || task.status === 'deleted' || task.status === 'cancelled') return;
  const tz = s.config.timezone;
  const today = localDateOf(now, tz);
  const plans: { nudge: NudgeKind; date: string; round?: number; firstRound?: number; sent?: number }[] = [
    // N6: the nudge days (no julaften/nyttårsaften) are one rule in src/conversation/working-hours.ts.
    { nudge: 'before', date: nudgeDayOnOrBefore(addWorkingDays(task.due, -NUDGE_POLICY.workingDaysBefore)) },
    { nudge: 'due', date: nudgeDayOnOrBefore(task.due) },
    overdueNudge(overdueFrom(task.due, today), overdueFrom(task.due, today).round, 0),
  ];
  for (const p of plans) {
    if (p.date < today) continue;
    const key = `${keyPrefix(task)}${task.due}:${nudgeKey(p)}`;
    const payload: NudgePayload = {
      taskId: task.id,
      due: task.due,
      nudge: p.nudge,
      round: p.round,
      firstRound: p.firstRound,
      sent: p.sent,
    };
    await s.store.jobs.replan(
      {
        tenantId: task.tenantId,
        networkId: task.networkId,
        key,
        kind: TASK_NUDGE,
        dueAt: atLocalTime(p.date, NUDGE_TIME, tz),
        payload,
      },
      now,
    );
  }
}

/** The overdue reminder after round `sent` went out on `sentDay`: weekly from the due date, on working days, never closer than a week. */
function overdueAfter(due: LocalDate, sent: number, sentDay: LocalDate): { round: number; date: LocalDate } {
  const next = nextWeeklyRound(due, sent, sentDay, NUDGE_POLICY.overdueEveryDays);
  return { round: next.round, date: nudgeDayOnOrAfter(next.day) };
}

/** An overdue round as a plan: a reminder to the owner while the run has rounds left, else the leaders' handover. */
function overdueNudge(
  r: { round: number; date: LocalDate },
  firstRound: number,
  sent: number,
): { nudge: NudgeKind; date: LocalDate; round: number; firstRound: number; sent: number } {
  const nudge = sent >= NUDGE_POLICY.overdueRounds ? 'handover' : 'overdue';
  return { nudge, ...r, firstRound, sent };
}

/** The key's tail: each overdue round once, and one handover per run. */
function nudgeKey(p: { nudge: NudgeKind; round?: number; firstRound?: number }): string {
  if (p.nudge === 'overdue') return `overdue:${p.round ?? 1}`;
  if (p.nudge === 'handover') return `handover:${p.firstRound ?? 1}`;
  return p.nudge;
}

/**
 * The first overdue round on or after `today`. A task changed while overdue (given to someone else,
 * set to «pågår») is re-planned after its first rounds have passed: counting only from the first round
 * planned nothing at all, and the nudges stopped for good (month round 6, N14). A round already sent
 * today keeps its row as done, so re-planning it sends nothing twice.
 */
function overdueFrom(due: LocalDate, today: LocalDate): { round: number; date: LocalDate } {
  for (let round = 1; ; round++) {
    const nominal = addDays(due, NUDGE_POLICY.overdueEveryDays * round);
    const date = nudgeDayOnOrAfter(nominal);
    if (date >= today) return { round, date };
  }
}

/**
 * At start: a task reminder planned by an older version on a day that is no nudge day now (julaften,
 * nyttårsaften) moves as the one policy would plan it today: a reminder before the due date (and on it) to
 * the nudge day before, where it is still ahead; left there, it waited until after the holidays, past the
 * due date it is about. An overdue round goes to the next nudge day. Nothing new is planned. Idempotent.
 */
export async function moveTaskRemindersOffDaysOff(s: Services, now: Date): Promise<void> {
  await movePlannedNudges(s.store, s.config.timezone, now, TASK_NUDGE, NUDGE_TIME, (j, day) =>
    (j.payload as NudgePayload).nudge === 'overdue' ? nudgeDayOnOrAfter(day) : nudgeDayOnOrBefore(day),
  );
}

export async function cancelTaskNudges(s: Services, task: Task): Promise<void> {
  await s.store.jobs.cancel(task.tenantId, task.networkId, keyPrefix(task));
}

/** What the reminder says, for the day it is sent: «i dag» only on the due day itself. */
function nudgeText(task: Task, p: NudgePayload, today: LocalDate): string {
  if (today > p.due) return t.nudge.overdue(task.id);
  if (today === p.due) return t.nudge.dueToday(task.id);
  // N10: a reminder that went out late (planned for a Friday night, sent on Monday) says what is left.
  const left = workingDaysLeft(today, p.due);
  if (p.nudge === 'before' && left > 0) return t.nudge.before(task.id, left);
  const holiday = holidayName(p.due);
  return t.nudge.dueOn(task.id, `${formatLong(p.due)}${holiday ? ` (${holiday.toLocaleLowerCase('nb')})` : ''}`);
}

/** Working days after `today` up to and including `due` (weekends and Norwegian holidays not counted). */
export function workingDaysLeft(today: LocalDate, due: LocalDate): number {
  let n = 0;
  for (let d = nextWorkingDay(today); d <= due; d = nextWorkingDay(d)) n++;
  return n;
}

/**
 * N10: a reminder due outside working hours waits for the next working day at NUDGE_TIME, the hour
 * every other reminder comes at, not at the first minute of the working day.
 */
function nextNudgeTime(now: Date, tz: string): Date {
  const today = localDateOf(now, tz);
  const todayAt = atLocalTime(today, NUDGE_TIME, tz);
  return isNudgeDay(today) && now < todayAt ? todayAt : atLocalTime(nextNudgeDay(today), NUDGE_TIME, tz);
}

/** Delivers one follow-up: to each owner in a personal chat when possible, else with an @mention in the channel. */
export function taskNudgeHandler(s: Services): JobHandler {
  return {
    kind: TASK_NUDGE,
    async run(job: Job, now: Date): Promise<JobOutcome> {
      const p = job.payload as NudgePayload;
      const tz = s.config.timezone;
      if (outsideWorkingHours(now, tz)) return { deferUntil: nextNudgeTime(now, tz) };
      const task = await s.store.tasks.get(job.tenantId, job.networkId, p.taskId);
      // Done, undone, cancelled or moved since the nudge was planned: nothing to say.
      if (
        !task ||
        task.due !== p.due ||
        task.status === 'done' ||
        task.status === 'deleted' ||
        task.status === 'cancelled'
      )
        return;
      const network = await s.store.networks.get(job.tenantId, job.networkId);
      if (!network?.active) return;
      const today = localDateOf(now, tz);
      const card = taskCard(task, { today, timeZone: tz });
      if (p.nudge === 'handover') {
        await handOver(s, network, task, card, now);
        return;
      }
      const sent = (p.sent ?? 0) + 1;
      const last = p.nudge === 'overdue' && sent >= NUDGE_POLICY.overdueRounds;
      const text = `${nudgeText(task, p, today)}${last ? ` ${t.nudge.lastOverdue}` : ''}`;
      const personalText = t.nudge.inNetwork(network.name, text);
      const unreached: { id: string; aadObjectId?: string; name: string }[] = [];
      let channelNeeded = false;
      for (const owner of task.owners) {
        if (owner.kind === 'municipality') {
          channelNeeded = true;
          continue;
        }
        // N21: an owner the bot heard leave the team is no longer reminded; the leaders were told
        // then that the task needs a new owner, and that notice stands.
        if (await hasLeft(s.store, job.tenantId, job.networkId, { id: owner.id, aadObjectId: owner.aadObjectId }))
          continue;
        const sent = await s.messenger.sendToPerson(job.tenantId, owner, {
          text: personalText,
          card,
          summary: t.nudge.summary,
        });
        // Remembered, so a change made elsewhere redraws the reminder (N3: old ones kept offering «Pågår»).
        if (sent) await rememberCard(s, task, sent, personalText);
        else unreached.push(owner);
      }
      if (unreached.length || channelNeeded) {
        // A municipality is no person Teams can notify, and a channel post without an @mention reaches
        // nobody who has not turned channel notifications on (N16): the leaders are @mentioned instead.
        const municipalities = task.owners.flatMap((o) => (o.kind === 'municipality' ? [o.name] : []));
        // N11: with no leader, the channel is told so (and once a round how to get one), not left in silence.
        const reach = municipalities.length ? await leadersOrNote(s.store, network, now, tz) : null;
        const leaders = (reach?.leaders ?? []).filter((l) => !unreached.some((u) => u.id === l.id));
        const mentions = mentionsOf([...unreached, ...leaders]);
        const lead = mentionLine(mentions);
        const said = leaders.length
          ? `${text} ${t.nudge.municipality(joinNames(municipalities))}`
          : reach && !reach.leaders.length
            ? // N4: the day's first post says it once, with how to take the role; later ones the short line.
              `${text} ${reach.note ? t.nudge.noLeaderFirst(joinNames(municipalities)) : noLeaderText.task(joinNames(municipalities))}`
            : text;
        const posted = await s.messenger.startThread(network, {
          text: lead ? `${lead} ${said}` : said,
          mentions,
          card,
          summary: t.nudge.summary,
        });
        await rememberCard(s, task, posted);
      }
      if (p.nudge === 'overdue') {
        // Counted from the day this one went out: one moved off a holiday keeps a week to the next.
        const plan = overdueNudge(overdueAfter(p.due, p.round ?? 1, today), p.firstRound ?? 1, sent);
        await s.store.jobs.plan(
          {
            tenantId: task.tenantId,
            networkId: task.networkId,
            key: `${keyPrefix(task)}${p.due}:${nudgeKey(plan)}`,
            kind: TASK_NUDGE,
            dueAt: atLocalTime(plan.date, NUDGE_TIME, tz),
            payload: { ...p, nudge: plan.nudge, round: plan.round, firstRound: plan.firstRound, sent },
          },
          now,
        );
      }
    },
  };
}

/** The leaders hear once, by @mention in the channel, that an overdue task's reminders have stopped. */
async function handOver(
  s: Services,
  network: Network,
  task: Task,
  card: ReturnType<typeof taskCard>,
  now: Date,
): Promise<void> {
  const reach = await leadersOrNote(s.store, network, now, s.config.timezone);
  const mentions = mentionsOf(reach.leaders);
  const owners = joinNames(task.owners.map((o) => o.name));
  const said = t.nudge.handover(
    mentionLine(mentions),
    task.id,
    task.text,
    owners,
    NUDGE_POLICY.overdueRounds,
    // Posted in the channel, where a command does nothing without the @mention (review s14 #9).
    helpText.commandLine(
      `oppgave ${task.id} ny frist ${formatShort(addDays(localDateOf(now, s.config.timezone), 14)).slice(0, 5)}`,
      'channel',
    ),
  );
  const posted = await s.messenger.startThread(network, {
    text: reach.note ? `${said} ${reach.note}` : said,
    mentions,
    card,
    summary: t.nudge.handoverSummary,
  });
  await rememberCard(s, task, posted);
}

/** «Nes», «Nes og Hurdal», «Nes, Eidsvoll og Hurdal». */
function joinNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
}
