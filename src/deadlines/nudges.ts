import { deadlineCard } from '../../cards/deadline.ts';
import type { Services } from '../app/services.ts';
import { deadlineText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import type { Job } from '../scheduler/jobs.ts';
import type { JobHandler, JobOutcome } from '../scheduler/scheduler.ts';
import { DEFAULT_WORKING_HOURS, isWithinWorkingHours, nextWorkingSlot } from '../time/holidays.ts';
import { addDays, atLocalTime, formatShort, localDateOf } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';

export const DEADLINE_NUDGE = 'deadline.nudge';
export const STALE_SUMMARY = 'deadline.stale';
/** 30, 14, 7 and 1 days before, and on the day, unless the network chose otherwise. */
export const DEFAULT_OFFSETS = [30, 14, 7, 1, 0];
const NUDGE_TIME = '09:00';

interface NudgePayload {
  deadlineId: string;
  date: string;
  offset: number;
  snooze?: boolean;
}

export const keyPrefix = (d: Pick<Deadline, 'tenantId' | 'networkId' | 'id'>) => `deadline:${d.tenantId}:${d.networkId}:${d.id}:`;

export async function offsetsOf(s: Services, tenantId: string, networkId: string): Promise<number[]> {
  return (await s.store.deadlines.getSetting<number[]>(tenantId, networkId, 'deadline-offsets')) ?? DEFAULT_OFFSETS;
}

/** One job per offset; keys carry the date, so a rolled-forward yearly deadline gets fresh ones. */
export async function planDeadlineNudges(s: Services, d: Deadline, now: Date): Promise<void> {
  if (d.status !== 'open') return;
  const tz = s.config.timezone;
  for (const offset of await offsetsOf(s, d.tenantId, d.networkId)) {
    const day = addDays(d.date, -offset);
    const at = atLocalTime(day, NUDGE_TIME, tz);
    // A nudge whose day has passed when the deadline is created is not worth sending late.
    if (day < localDateOf(now, tz)) continue;
    const payload: NudgePayload = { deadlineId: d.id, date: d.date, offset };
    await s.store.jobs.plan({ tenantId: d.tenantId, networkId: d.networkId, key: `${keyPrefix(d)}${d.date}:${offset}`, kind: DEADLINE_NUDGE, dueAt: at, payload }, now);
  }
}

export async function snoozeNudge(s: Services, d: Deadline, until: Date, now: Date): Promise<void> {
  const payload: NudgePayload = { deadlineId: d.id, date: d.date, offset: -1, snooze: true };
  await s.store.jobs.plan({ tenantId: d.tenantId, networkId: d.networkId, key: `${keyPrefix(d)}${d.date}:snooze:${until.toISOString()}`, kind: DEADLINE_NUDGE, dueAt: until, payload }, now);
}

/** Posts a deadline card as a new thread and remembers it, so Levert can update it later. */
export async function postDeadline(s: Services, network: Network, d: Deadline, now: Date): Promise<void> {
  const posted = await s.messenger.startThread(network, { card: deadlineCard(d, { today: localDateOf(now, s.config.timezone) }), summary: t.summary(d.title) });
  await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
}

export function deadlineJobs(s: Services): JobHandler[] {
  const tz = () => s.config.timezone;
  return [
    {
      kind: DEADLINE_NUDGE,
      async run(job: Job, now: Date): Promise<JobOutcome> {
        const p = job.payload as NudgePayload;
        if (!isWithinWorkingHours(now, DEFAULT_WORKING_HOURS, tz())) return { deferUntil: nextWorkingSlot(now, DEFAULT_WORKING_HOURS, tz()) };
        const d = await s.store.deadlines.get(job.tenantId, job.networkId, p.deadlineId);
        if (!d || d.status !== 'open' || d.date !== p.date) return;
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const today = localDateOf(now, tz());
        if (d.date < today) {
          // Downtime swallowed the deadline itself: one summary for the network, not a flood.
          await s.store.jobs.plan(
            { tenantId: d.tenantId, networkId: d.networkId, key: `deadline-stale:${d.tenantId}:${d.networkId}:${today}`, kind: STALE_SUMMARY, dueAt: now, payload: {} },
            now,
          );
          return;
        }
        if (!p.snooze) {
          // After downtime several nudges of one deadline can be due at once; only the latest speaks.
          const pending = await s.store.jobs.list(d.tenantId, d.networkId, { kind: DEADLINE_NUDGE });
          const newer = pending.some(
            (j) => j.id !== job.id && j.key.startsWith(keyPrefix(d)) && (j.status === 'planned' || j.status === 'claimed') && j.dueAt <= now && (j.payload as NudgePayload).offset < p.offset,
          );
          if (newer) return;
        }
        await postDeadline(s, network, d, now);
      },
    },
    {
      kind: STALE_SUMMARY,
      async run(job: Job, now: Date): Promise<JobOutcome> {
        if (!isWithinWorkingHours(now, DEFAULT_WORKING_HOURS, tz())) return { deferUntil: nextWorkingSlot(now, DEFAULT_WORKING_HOURS, tz()) };
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const today = localDateOf(now, tz());
        const passed = (await s.store.deadlines.listOpen(job.tenantId, job.networkId)).filter((d) => d.date < today);
        if (!passed.length) return;
        const lines = passed.map((d) => `- ${t.staleLine(d.id, d.title, formatShort(d.date))}`);
        await s.messenger.startThread(network, { text: [`**${t.staleTitle}**`, ...lines, '', t.staleHint].join('\n') });
      },
    },
  ];
}
