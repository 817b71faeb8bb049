// What the calendar use cases share: the meetings ahead, today, a refusal card, and moving one meeting.
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { seriesText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import { localDateOf, type LocalDate } from '../time/local-date.ts';
import type { DateContext } from './calendar-words.ts';
import type { PlannedMeeting } from './occurrences.ts';
import { upcoming } from './planning.ts';

/** How many coming meetings a date typed in `flytt` or `avlys` is looked up among. */
const LOOKUP = 24;

export const comingMeetings = (s: Services, network: Network): Promise<PlannedMeeting[]> =>
  upcoming(s, network, LOOKUP);
export const todayOf = (s: Services): LocalDate => localDateOf(s.clock.now(), s.config.timezone);
export const at = (s: Services): DateContext => ({ now: s.clock.now(), timeZone: s.config.timezone });

export const fail = (title: string, typed: string, example: string): Reply[] => [
  card(noticeCard({ title, typed, example, tone: 'error' })),
];

export const timeOf = (m: PlannedMeeting, timeZone: string) => {
  return seriesText.time(clockTimeOf(m.start, timeZone), clockTimeOf(m.end, timeZone));
};

/**
 * A planned meeting to another day: an extra meeting is taken away and set again on the new day,
 * one of the series is marked moved (so its own day stays known).
 */
export async function moveOccurrence(
  s: Services,
  network: Network,
  meeting: PlannedMeeting,
  to: string,
  times: { start: string | null; end: string | null },
  by: Person,
  now: Date,
): Promise<void> {
  const fields = { ...times, reason: null, holiday: false };
  if (meeting.kind === 'extra') {
    await s.store.meetingExceptions.remove(network.tenantId, network.networkId, meeting.uidDate);
    await s.store.meetingExceptions.set(
      network.tenantId,
      network.networkId,
      { date: to, kind: 'extra', to: null, ...fields },
      by,
      now,
    );
  } else {
    await s.store.meetingExceptions.set(
      network.tenantId,
      network.networkId,
      { date: meeting.uidDate, kind: 'moved', to, ...fields },
      by,
      now,
    );
  }
}

/** A leader's change to a coming meeting: the network, its meetings ahead and the next one still to come; or the refusal. */
export async function leaderAndComing(
  s: Services,
  ctx: RequestContext,
  what: string,
): Promise<{ refused: Reply } | { network: Network; coming: PlannedMeeting[]; first: PlannedMeeting | undefined }> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, what);
  if (refused) return { refused };
  const coming = await comingMeetings(s, network);
  // "neste møte" is the next one still to come, not one held today.
  const first = coming.find((o) => o.date > todayOf(s)) ?? coming[0];
  return { network, coming, first };
}
