// A meeting started on a day with none planned: recorded as an extra one, and a leader may link it
// to the next planned meeting («Erstatter møtet …»), which then takes its accepted proposals along.
import { z } from 'zod';
import { meetingChoiceCard } from '../../cards/meeting-choice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { calendarText as t } from '../i18n/calendar.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { comingMeetings, moveOccurrence } from './calendar-shared.ts';
import { meetingsIn, replanNotices, upcoming } from './planning.ts';
import type { MeetingRecord } from './repository.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';

/** The data of «Erstatter møtet …». */
export type ReplacesClick = { networkId: string; meetingId: string; date: string };

/**
 * `start møte` on a day with no planned meeting: the meeting is recorded as an extra one, and the
 * leaders get a button to link it to the next planned meeting instead. Called from the meetings
 * feature right after the meeting started; returns nothing when today was planned.
 */
export async function offScheduleStart(
  s: Services,
  network: Network,
  m: MeetingRecord,
  ctx: RequestContext,
): Promise<Reply[]> {
  const planned = await meetingsIn(s, network, m.date, m.date);
  if (planned.some((p) => p.status === 'planned')) return [];
  await s.store.meetingExceptions.set(
    network.tenantId,
    network.networkId,
    { date: m.date, kind: 'extra', to: null, start: null, end: null, reason: null, holiday: false },
    ctx.actor,
    s.clock.now(),
  );
  const next = (await upcoming(s, network, 3)).find((o) => o.date > m.date);
  if (!next) return [text(t.extraTitle)];
  return [
    card(
      meetingChoiceCard({
        title: t.extraTitle,
        message: t.extraMessage(formatShort(next.date)),
        choices: [
          {
            title: t.replacesButton(formatShort(next.date)),
            verb: 'meeting.replaces',
            networkId: network.networkId,
            date: next.date,
            meetingId: m.id,
          },
        ],
      }),
    ),
  ];
}

/** «Erstatter møtet …»: the running meeting takes the planned one's place and its accepted proposals. */
export async function replaces(s: Services, ctx: RequestContext, data: ReplacesClick): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.replaceWhat);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const running = await s.store.meetings.running(network.tenantId, network.networkId);
  const planned = (await comingMeetings(s, network)).find((o) => o.date === data.date);
  if (!running || running.id !== data.meetingId || !planned || planned.date <= running.date)
    return { kind: 'message', text: t.replaceGone };
  const now = s.clock.now();
  await s.store.meetingExceptions.remove(network.tenantId, network.networkId, running.date);
  await moveOccurrence(s, network, planned, running.date, { start: null, end: null }, ctx.actor, now);
  // The replaced meeting's accepted proposals join the running meeting's agenda, before Eventuelt.
  const accepted = (await s.store.meetings.proposals(network.tenantId, network.networkId, planned.date)).filter(
    (p) => p.status === 'accepted',
  );
  await s.store.meetingExceptions.moveProposals(network.tenantId, network.networkId, planned.date, running.date);
  if (accepted.length) {
    const agenda = z
      .array(z.object({ title: z.string(), minutes: z.number().optional() }).passthrough())
      .catch([])
      .parse(running.agenda);
    const at = agenda.findIndex((i) => /eventuelt/i.test(i.title));
    const insertAt = at >= 0 ? at : agenda.length;
    const added = accepted
      .filter((p) => !agenda.some((i) => i.title === p.text))
      .map((p) => ({ title: p.text, minutes: 10 }));
    await s.store.meetingExceptions.setMeetingAgenda(network.tenantId, network.networkId, running.id, [
      ...agenda.slice(0, insertAt),
      ...added,
      ...agenda.slice(insertAt),
    ]);
  }
  await replanNotices(s, network);
  const done = t.replacedDone(formatShort(planned.date), ctx.actor.name);
  const c = meetingChoiceCard({
    title: t.extraTitle,
    message: t.replaced(formatShort(planned.date), accepted.length),
    done,
  });
  const answer = await answerClickedCard(s, ctx, network, c, 'the clicked meeting card');
  ctx.log.info({ meetingId: running.id, replaces: planned.date }, 'meeting linked to planned date');
  return answer;
}
