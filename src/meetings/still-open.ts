import type { Services } from '../app/services.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { nextNudgeDay } from '../conversation/working-hours.ts';
import { atLocalTime, formatShort, localDateOf } from '../time/local-date.ts';
import type { MeetingRecord } from './repository.ts';

// A meeting nobody ends never gets minutes, and lines written days later still land in it. Half an
// hour after its planned end the bot asks in the meeting thread, and again the next two working mornings;
// an ended meeting cancels nothing, the job simply finds it ended and stays quiet.

export const MEETING_STILL_OPEN = 'meeting.still-open';
const GRACE_MS = 30 * 60_000;
const ASKS = 3;

interface Payload {
  meetingId: string;
  ask: number;
}

export async function planStillOpen(s: Services, m: MeetingRecord, plannedMinutes: number): Promise<void> {
  const dueAt = new Date(new Date(m.startedAt).getTime() + plannedMinutes * 60_000 + GRACE_MS);
  await s.store.jobs.plan(
    {
      tenantId: m.tenantId,
      networkId: m.networkId,
      key: `${MEETING_STILL_OPEN}:${m.id}:1`,
      kind: MEETING_STILL_OPEN,
      dueAt,
      payload: { meetingId: m.id, ask: 1 } satisfies Payload,
    },
    s.clock.now(),
  );
}

export function stillOpenHandler(s: Services): JobHandler {
  return {
    kind: MEETING_STILL_OPEN,
    async run(job) {
      const p = job.payload as Payload;
      const m = await s.store.meetings.get(job.tenantId, job.networkId, p.meetingId);
      const network = await s.store.networks.get(job.tenantId, job.networkId);
      if (!m || m.status !== 'running' || !network?.active) return;
      const who = m.startedBy;
      const mention = { ...who, text: `@${who.name}` };
      const message = `${mention.text} ${t.stillOpen(formatShort(m.date))}`;
      const conversation = m.thread
        ? { ...network.conversation, conversationId: m.thread.conversationId }
        : network.conversation;
      await s.messenger.send(conversation, { text: message, mentions: [mention] }, m.thread?.threadId ?? null);
      if (p.ask >= ASKS) return;
      const tz = s.config.timezone;
      const next = atLocalTime(nextNudgeDay(localDateOf(s.clock.now(), tz)), '09:00', tz);
      await s.store.jobs.plan(
        {
          tenantId: m.tenantId,
          networkId: m.networkId,
          key: `${MEETING_STILL_OPEN}:${m.id}:${p.ask + 1}`,
          kind: MEETING_STILL_OPEN,
          dueAt: next,
          payload: { meetingId: m.id, ask: p.ask + 1 } satisfies Payload,
        },
        s.clock.now(),
      );
    },
  };
}
