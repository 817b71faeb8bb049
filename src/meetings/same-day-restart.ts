// A second «start møte» the day a meeting was ended (month round 6, N18): the leader chooses between
// running the ended meeting again («Gjenåpne møtet fra 09:08») and holding a new one («Nytt møte»).
import { z } from 'zod';
import { meetingChoiceCard } from '../../cards/meeting-choice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { card, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { MeetingAlreadyRunning, type MeetingRecord } from './repository.ts';
import { appendEntry, entryBase, readRunningLog } from './running-meeting.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';

export const sameDayData = z.object({
  networkId: z.string().min(1).max(300),
  date: z.iso.date(),
  choice: z.enum(['reopen', 'new']),
  meetingId: z.string().min(1).max(20),
});
export type SameDayClick = z.infer<typeof sameDayData>;

const startedAt = (s: Pick<Services, 'config'>, m: MeetingRecord) =>
  clockTimeOf(new Date(m.startedAt), s.config.timezone);

function sameDayCard(s: Services, m: MeetingRecord, done?: string): AdaptiveCard {
  const started = startedAt(s, m);
  const choice = { verb: 'meeting.sameday' as const, networkId: m.networkId, date: m.date, meetingId: m.id };
  return meetingChoiceCard({
    title: t.sameDayTitle,
    message: t.sameDayRestart(
      formatShort(m.date),
      started,
      clockTimeOf(new Date(m.endedAt ?? m.startedAt), s.config.timezone),
    ),
    done,
    choices: [
      { ...choice, title: t.reopenButton(started), choice: 'reopen' },
      { ...choice, title: t.newMeetingButton, choice: 'new' },
    ],
  });
}

/**
 * A meeting of today was ended, and none runs: a second «start møte» is as likely a leader who ended too
 * early as a new meeting. The first time it asks with two buttons; the mark is kept in the store, so
 * «start møte» once more (or «Nytt møte») starts a new one.
 */
export async function sameDayAsk(
  s: Services,
  network: { tenantId: string; networkId: string },
  date: string,
): Promise<Reply | null> {
  if (await s.store.meetings.running(network.tenantId, network.networkId)) return null;
  const ended = (await s.store.meetings.ended(network.tenantId, network.networkId, 5)).find((m) => m.date === date);
  if (!ended?.endedAt) return null;
  if (
    !(await s.store.meetings.markHint(network.tenantId, network.networkId, ended.id, 'same-day-restart', s.clock.now()))
  )
    return null;
  return card(sameDayCard(s, ended));
}

/** «Gjenåpne møtet fra …» or «Nytt møte» (leaders). */
export async function sameDayClick(
  s: Services,
  ctx: RequestContext,
  data: SameDayClick,
  startNew: (ctx: RequestContext) => Promise<Reply[]>,
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.reopenWhat);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const m = await s.store.meetings.get(network.tenantId, network.networkId, data.meetingId);
  const today = localDateOf(s.clock.now(), s.config.timezone);
  if (!m || m.date !== data.date) return { kind: 'message', text: t.reopenGone };
  const finish = (done: string): Promise<ActionResult> =>
    answerClickedCard(s, ctx, network, sameDayCard(s, m, done), 'the same-day card');

  if (data.choice === 'new') {
    const replies = await startNew(ctx);
    // The new meeting's own answers («Møtet … er startet», time boxes) go in this thread, as after «start møte».
    for (const r of replies)
      await s.messenger
        .send(network.conversation, r.kind === 'text' ? { text: r.text } : { card: r.card }, ctx.scope.threadId)
        .catch((err: unknown) =>
          ctx.log.warn({ err: { message: (err as Error).message } }, 'could not post the new meeting'),
        );
    return finish(t.newChosen(ctx.actor.name));
  }

  if (m.status !== 'ended' || m.date !== today) return { kind: 'message', text: t.reopenGone };
  try {
    if (!(await s.store.meetings.reopen(network.tenantId, network.networkId, m.id)))
      return { kind: 'message', text: t.reopenGone };
  } catch (err) {
    if (!(err instanceof MeetingAlreadyRunning)) throw err;
    const running = await s.store.meetings.running(network.tenantId, network.networkId);
    return { kind: 'message', text: t.alreadyRunning(running ? formatShort(running.date) : '') };
  }
  // The log says when it ran again, so the minutes (a pure function of the log) read the task changes of
  // the reopened stretch and the state at its end, and not what was done between the two (round 9).
  const entries = await readRunningLog(s, m);
  await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'start' });
  ctx.log.info({ meetingId: m.id }, 'meeting reopened');
  // The meeting's own thread says it runs again: that is where its lines are written.
  if (m.thread)
    await s.messenger
      .send(network.conversation, { text: t.reopenedInThread(ctx.actor.name) }, m.thread.threadId)
      .catch((err: unknown) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not post in the reopened meeting'),
      );
  return finish(t.reopened(startedAt(s, m), ctx.actor.name));
}
