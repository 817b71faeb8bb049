import { postStoredCard } from '../conversation/post-stored.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { formatShort, type LocalDate } from '../time/local-date.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import type { Network } from '../networks/network.ts';
import type { PlannedMeeting } from './occurrences.ts';
import { meetingsIn, upcoming } from './planning.ts';
import { effectiveEntries, type Entry } from './log.ts';
import { alreadyEnded } from './ended-thread.ts';
import { minutesCardFor, redrawPostedMinutes } from './minutes-view.ts';
import { appendEntry, entryBase, readLog, runningMeeting } from './running-meeting.ts';
import { waitingCard, waitingLines } from './waiting-lines.ts';

/**
 * The meeting's time and the date it was moved from, as planned, and the next meeting: kept on the
 * end entry so the minutes, a pure function of the log, can say them (month s14 #17) and do not
 * change when the series does later. A meeting held on an unplanned day has no planned time.
 */
async function calendarAround(s: Services, network: Network, date: LocalDate) {
  const tz = s.config.timezone;
  const span = (o: PlannedMeeting) => ({ start: clockTimeOf(o.start, tz), end: clockTimeOf(o.end, tz) });
  const here = (await meetingsIn(s, network, date, date)).find((o) => o.date === date && o.status === 'planned');
  const next = (await upcoming(s, network, 2)).find((o) => o.date > date);
  return {
    ...(here ? { time: span(here) } : {}),
    ...(here && here.kind === 'moved' && here.uidDate !== here.date ? { movedFrom: here.uidDate } : {}),
    ...(next ? { next: { date: next.date, ...span(next) } } : {}),
  };
}

/**
 * `avslutt møte` (leaders): the end entry closes the log, and the minutes are posted in the thread.
 * The log is read and parsed once, here, and the minutes are built from it with the end entry
 * added: with hundreds of lines, reading and parsing the log again is most of the cost of ending.
 */
export async function endMeeting(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const refused = await requireLeader(s.store, ctx, t.endWhat);
  if (refused) return [refused];
  const m = await runningMeeting(s, ctx);
  if (!m) return (await alreadyEnded(s, ctx)) ?? [text(t.notRunning)];
  const entries = await readLog(s, m);
  const end: Entry = {
    ...(await entryBase(s, ctx, entries, m)),
    kind: 'end',
    ...(await calendarAround(s, networkHere(ctx), m.date)),
  };
  await appendEntry(s, m, end);
  await s.store.meetings.end(m.tenantId, m.networkId, m.id, s.clock.now());
  // The record as ended (endedAt set); the same meeting when the store has not caught up.
  const ended = (await s.store.meetings.get(m.tenantId, m.networkId, m.id)) ?? m;
  const network = networkHere(ctx);
  const { posted, fallback } = await postStoredCard(
    s.messenger,
    ctx.log,
    network.conversation,
    { card: await minutesCardFor(s, ended, { log: [...entries, end] }), summary: t.minutesTitle(formatShort(m.date)) },
    ctx.scope.threadId,
  );
  if (posted) await s.store.meetings.setMinutesRef(m.tenantId, m.networkId, m.id, posted);
  // A reopened meeting (N18) had its minutes posted already: that card shows the new version too, as after «rett referat».
  await redrawPostedMinutes(s, ctx, network, m, () => minutesCardFor(s, ended));
  ctx.log.info({ meetingId: m.id }, 'meeting ended');
  // Ended with nobody marked (month s15 #6): one line says so, as the minutes list every municipality unmarked.
  const noAttendance = effectiveEntries(entries).some((e) => e.kind === 'attendance')
    ? ''
    : `\n\n${t.noAttendanceAtEnd}`;
  return [
    ...fallback,
    text(
      (m.minutesRef ? `${t.ended(formatShort(m.date))} ${t.reopenedMinutes}` : t.ended(formatShort(m.date))) +
        noAttendance,
    ),
    // «Mente du …» lines nobody saved are named, never lost in silence (month round 8b, N6).
    ...waitingCard(network.networkId, m, waitingLines(entries)),
  ];
}
