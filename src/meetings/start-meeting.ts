import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
import { acceptedProposals, fitShorterMeeting, meetingLength, withProposals } from './agenda-view.ts';
import { offScheduleStart } from './calendar-feature.ts';
import { meetingsIn, seriesOf } from './planning.ts';
import { MeetingAlreadyRunning } from './repository.ts';
import { appendEntry, entryBase, runningMeeting } from './running-meeting.ts';
import { checkTimeBoxes } from './standing-agenda.ts';
import { meetingMinutes } from './series.ts';
import { planStillOpen } from './still-open.ts';
import { sameDayAsk } from './same-day-restart.ts';
import { carriedInto, postponedInto } from './postpone-item.ts';

/** `start møte` (leaders): today's meeting starts in this thread with the standing agenda and accepted proposals. */
export async function startMeeting(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.startWhat);
  if (refused) return [refused];
  const { series, agenda } = await seriesOf(s, network);
  const date = localDateOf(s.clock.now(), s.config.timezone);
  const asked = await sameDayAsk(s, network, date);
  if (asked) return [asked];
  const full = withProposals(
    agenda.map((a, i) => ({ n: i + 1, title: a.title, detail: '', minutes: a.minutes })),
    // What the last meeting postponed is on this one's agenda, as the notice showed it (month s16 #5).
    [
      ...carriedInto(await postponedInto(s, network, date), agenda).extra,
      ...(await acceptedProposals(s, network, date)),
    ],
  );
  // Month s16 #3: a moved or extra meeting shorter than the fixed agenda runs with the shortened time boxes its
  // notice showed, and the warning compares with its own length, not the series'.
  const planned = (await meetingsIn(s, network, date, date)).find((o) => o.date === date && o.status === 'planned');
  const length = meetingLength(planned, series);
  const { items, fitted, total } = fitShorterMeeting(full, length, meetingMinutes(series));
  try {
    const m = await s.store.meetings.start({
      tenantId: network.tenantId,
      networkId: network.networkId,
      date,
      title: network.name,
      agenda: items.map((i) => ({ title: i.title, minutes: i.minutes })),
      thread: { conversationId: ctx.scope.conversationId, threadId: ctx.scope.threadId },
      startedBy: ctx.actor,
      startedAt: s.clock.now().toISOString(),
    });
    await appendEntry(s, m, { ...(await entryBase(s, ctx, [], m)), kind: 'start' });
    await planStillOpen(s, m, meetingMinutes(series));
    ctx.log.info({ meetingId: m.id }, 'meeting started');
    // The leader who starts sees at once when the time boxes (standing agenda and proposals) exceed the meeting.
    const over = checkTimeBoxes(items, length)[0];
    return [
      text(t.started(formatShort(date), items[0]?.title ?? '')),
      ...(fitted ? [text(meetingDayText.startedFitted(length, total))] : []),
      ...(over ? [text(t.timeBoxWarning(over))] : []),
      ...(await offScheduleStart(s, network, m, ctx)),
    ];
  } catch (err) {
    if (!(err instanceof MeetingAlreadyRunning)) throw err;
    const m = await runningMeeting(s, ctx);
    return [text(t.alreadyRunning(m ? formatShort(m.date) : ''))];
  }
}
