// The holiday question: a meeting on a holiday is asked about (move, skip or keep), and a leader's click decides.
import { meetingChoiceCard } from '../../cards/meeting-choice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { leaderMentions } from '../conversation/reach.ts';
import type { RequestContext } from '../conversation/types.ts';
import { calendarText as t } from '../i18n/calendar.ts';
import { noLeaderText } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { addDays, formatLong, formatShort } from '../time/local-date.ts';
import { movedAnnouncement } from './calendar-changes.ts';
import { retireAgendaNotice } from './agenda-notice-ref.ts';
import { comingMeetings, todayOf } from './calendar-shared.ts';
import { holidaySuggestions, specialDay, type PlannedMeeting } from './occurrences.ts';
import { HOLIDAY_QUESTION, holidayCardKey, meetingsIn, occurrenceTime, replanNotices, upcoming } from './planning.ts';

/** The data of the holiday question's buttons. */
export type HolidayClick = { networkId: string; date: string; choice: string };

function holidayQuestion(network: Network, m: PlannedMeeting) {
  return meetingChoiceCard({
    title: t.holidayTitle(formatLong(m.uidDate), m.conflict ?? ''),
    message: t.holidayMessage,
    choices: [
      ...holidaySuggestions(m.uidDate).map((d) => ({
        title: t.holidayMove(formatLong(d)),
        verb: 'meeting.holiday' as const,
        networkId: network.networkId,
        date: m.uidDate,
        choice: d,
      })),
      {
        title: t.holidaySkip,
        verb: 'meeting.holiday' as const,
        networkId: network.networkId,
        date: m.uidDate,
        choice: 'skip',
      },
      {
        title: t.holidayKeep,
        verb: 'meeting.holiday' as const,
        networkId: network.networkId,
        date: m.uidDate,
        choice: 'keep',
      },
    ],
  });
}

/** The holiday question, posted to the leaders before a meeting that falls on a holiday. */
export const holidayJobs = (s: Services): JobHandler[] => [
  {
    kind: HOLIDAY_QUESTION,
    async run(job) {
      const network = await s.store.networks.get(job.tenantId, job.networkId);
      if (!network?.active) return;
      const date = (job.payload as { date: string }).date;
      const m = (await upcoming(s, network, 6)).find((o) => o.uidDate === date && o.conflict);
      if (!m) return;
      const { mentions } = await leaderMentions(s.store, network);
      const posted = await s.messenger.startThread(network, {
        // N13: with no leader nobody can press the buttons yet; the card says so and how to get one.
        ...(mentions.length ? {} : { text: noLeaderText.choose }),
        card: holidayQuestion(network, m),
        summary: t.holidaySummary(formatShort(m.uidDate)),
        mentions,
      });
      await s.store.networks.setSetting(network.tenantId, network.networkId, holidayCardKey(date), posted);
    },
  },
];

/** The posted question card (and the copy pressed) shows `card` instead of its buttons. */
async function redrawCards(
  s: Services,
  ctx: RequestContext,
  network: Network,
  date: string,
  card: ReturnType<typeof meetingChoiceCard>,
): Promise<void> {
  const refs = new Set<string>();
  const stored = await s.store.networks.getSetting<{ conversationId: string; activityId: string }>(
    network.tenantId,
    network.networkId,
    holidayCardKey(date),
  );
  if (stored) refs.add(stored.activityId);
  if (ctx.scope.cardActivityId) refs.add(ctx.scope.cardActivityId);
  for (const id of refs) {
    await s.messenger
      .update(network.conversation, id, { card }, ctx.scope.threadId)
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update holiday card'));
  }
}

/**
 * A holiday meeting moved or cancelled by a typed command: its question card loses its buttons and says
 * what was done, so nobody presses a choice that no longer applies (month s16 #13).
 */
export async function settleHolidayCard(
  s: Services,
  ctx: RequestContext,
  network: Network,
  date: string,
  told: string,
): Promise<void> {
  const stored = await s.store.networks.getSetting<{ conversationId: string; activityId: string }>(
    network.tenantId,
    network.networkId,
    holidayCardKey(date),
  );
  const special = specialDay(date);
  if (!stored || !special) return;
  await s.messenger
    .update(
      network.conversation,
      stored.activityId,
      { card: meetingChoiceCard({ title: t.holidayTitle(formatLong(date), special), done: told }) },
      stored.activityId,
    )
    .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update holiday card'));
}

/** The holiday question's buttons: skip, keep, or one of the days offered. */
export async function decideHoliday(s: Services, ctx: RequestContext, data: HolidayClick): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.holidayWhat);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const m = (await meetingsIn(s, network, todayOf(s), addDays(todayOf(s), 400))).find(
    (o) => o.uidDate === data.date && o.status === 'planned',
  );
  const special = specialDay(data.date);
  if (!m || !special) return { kind: 'message', text: t.holidayGone };
  const choices = holidaySuggestions(data.date);
  const now = s.clock.now();
  const base = { date: data.date, to: null, start: null, end: null, reason: special, holiday: true };
  // A second press of the same choice (or on a copy of the card) changes nothing and is not told again.
  const before = (await s.store.meetingExceptions.list(network.tenantId, network.networkId)).find(
    (e) => e.date === data.date,
  );
  // A leader moved the meeting by command after the card was posted (those exceptions are not the card's):
  // the card's choice would silently undo that move, so it is refused and says what holds now.
  if (before && !before.holiday) {
    const outdated = t.holidayOutdated(
      `${formatLong(m.date)} ${occurrenceTime(m, s.config.timezone)}`,
      formatShort(m.date),
    );
    await redrawCards(
      s,
      ctx,
      network,
      data.date,
      meetingChoiceCard({ title: t.holidayTitle(formatLong(data.date), special), done: outdated }),
    );
    return { kind: 'message', text: outdated };
  }
  const movedAlready = before?.kind === 'moved' && before.to === data.choice;
  let done: string;
  if (data.choice === 'skip') {
    await s.store.meetingExceptions.set(
      network.tenantId,
      network.networkId,
      { ...base, kind: 'cancelled' },
      ctx.actor,
      now,
    );
    done = t.holidayDecidedSkip(ctx.actor.name);
  } else if (data.choice === 'keep') {
    await s.store.meetingExceptions.set(network.tenantId, network.networkId, { ...base, kind: 'kept' }, ctx.actor, now);
    done = t.holidayDecidedKeep(ctx.actor.name);
  } else if (choices.includes(data.choice) && data.choice >= todayOf(s)) {
    await s.store.meetingExceptions.set(
      network.tenantId,
      network.networkId,
      { ...base, kind: 'moved', to: data.choice },
      ctx.actor,
      now,
    );
    done = t.holidayDecidedMove(formatLong(data.choice), ctx.actor.name);
  } else {
    return { kind: 'message', text: t.holidayBadChoice };
  }
  await replanNotices(s, network);
  const target =
    data.choice === 'skip'
      ? (await comingMeetings(s, network)).find((o) => o.date > m.date)?.date
      : data.choice === 'keep'
        ? null
        : data.choice;
  const movedProposals =
    target && target !== m.date
      ? await s.store.meetingExceptions.moveProposals(network.tenantId, network.networkId, m.date, target)
      : 0;
  // A card update notifies nobody in Teams (month round 8b, N12): a move is told in a new channel post,
  // in the words «flytt møte» uses.
  // Told once (review 1, L1): two presses at once (a copy of the card, another instance) both read the
  // day as not moved yet; of those that saw the same day before them, one claim in the store posts.
  const announce =
    target &&
    target === data.choice &&
    !movedAlready &&
    (await s.store.seenActivities.claim(
      network.tenantId,
      network.networkId,
      `holiday-moved:${data.date}:${data.choice}:${before?.revision ?? 0}`,
      now,
    ));
  if (announce)
    await s.messenger
      .startThread(network, { text: await movedAnnouncement(s, network, m.date, target, movedProposals) })
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not announce the move'));
  // The notice of the old day stops asking the leaders to choose (month s15 #15).
  if (data.choice !== 'keep' && !movedAlready) await retireAgendaNotice(s, ctx, network, m.date, done);
  const decided = meetingChoiceCard({ title: t.holidayTitle(formatLong(data.date), special), done });
  await redrawCards(s, ctx, network, data.date, decided);
  ctx.log.info({ date: data.date, choice: data.choice }, 'holiday meeting decided');
  return { kind: 'card', card: decided };
}
