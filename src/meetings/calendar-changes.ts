// «flytt møte», «avlys møte», «ekstra møte»: a leader changes the meetings ahead.
import type { Services } from '../app/services.ts';
import type { Network } from '../networks/network.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { calendarText as t } from '../i18n/calendar.ts';
import { seriesText } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { addDays, formatLong, formatShort } from '../time/local-date.ts';
import { leadingDateError } from '../deadlines/deadline-words.ts';
import { at, comingMeetings, fail, leaderAndComing, moveOccurrence, timeOf, todayOf } from './calendar-shared.ts';
import {
  aboutNext,
  dm,
  endFor,
  leadingDate,
  nextList,
  readDate,
  splitMove,
  splitReasonAfterTime,
  splitTime,
} from './calendar-words.ts';
import { dayOff, specialDay } from './occurrences.ts';
import type { PlannedMeeting } from './occurrences.ts';
import { meetingsIn, replanNotices, seriesOf } from './planning.ts';
import { readMonth } from './month-words.ts';
import { retireAgendaNotice } from './agenda-notice-ref.ts';
import { askHolidayFirst } from './calendar-holiday-confirm.ts';
import { settleHolidayCard } from './calendar-holiday.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';

/** How far back a meeting nobody started can still be moved or cancelled by its date. */
const MISSED_DAYS = 31;

/**
 * A planned meeting of the last month whose time has passed without «start møte» (round 9): the «ble ikke
 * startet» post tells the leaders to move or cancel it by its date, so those commands find it too.
 */
async function missedMeeting(s: Services, network: Network, date: string): Promise<PlannedMeeting | null> {
  const today = todayOf(s);
  if (date > today || date < addDays(today, -MISSED_DAYS)) return null;
  const o = (await meetingsIn(s, network, date, date)).find((x) => x.date === date && x.status === 'planned');
  if (!o || o.end > s.clock.now()) return null;
  if (await s.store.meetings.byDate(network.tenantId, network.networkId, date)) return null;
  return o;
}

/** «flytt møte 24.12 til 18.12 kl. 10-14»: a coming meeting to another day or time. */
export async function moveMeeting(s: Services, ctx: RequestContext, args: string, confirmed = false): Promise<Reply[]> {
  const ahead = await leaderAndComing(s, ctx, t.moveWhat);
  if ('refused' in ahead) return [ahead.refused];
  const { network, coming, first } = ahead;
  const example = first ? `flytt møte ${dm(first.date)} til ${dm(addDays(first.date, -7))}` : t.commands.move.example;
  const typed = aboutNext(ctx.text, args);
  const parts = splitMove(typed);
  if (!parts) return fail(t.noTarget, typed, example);
  const from = readDate(at(s), parts.from, first?.date ?? null);
  if (!from.ok) return fail(from.error, typed, example);
  const missed = coming.some((o) => o.date === from.date) ? null : await missedMeeting(s, network, from.date);
  const meeting = coming.find((o) => o.date === from.date) ?? missed;
  if (!meeting) return fail(t.noMeetingOn(formatShort(from.date), nextList(coming)), typed, example);
  const split = splitTime(parts.to);
  if ('error' in split) return fail(split.error, typed, example);
  const to = readDate(at(s), split.rest, null);
  if (!to.ok) return fail(to.error, typed, example);
  if (to.date < todayOf(s)) return fail(t.pastDate(formatShort(to.date)), typed, example);
  if (to.date !== meeting.date && coming.some((o) => o.date === to.date))
    return fail(t.alreadyMeeting(formatShort(to.date)), typed, example);
  if (to.date === meeting.date && !split.time) return fail(t.sameDate, typed, example);
  const { series } = await seriesOf(s, network);
  const previous = (await s.store.meetingExceptions.list(network.tenantId, network.networkId)).find(
    (e) => e.date === meeting.uidDate,
  );
  const start = split.time?.start ?? previous?.start ?? null;
  const end = split.time
    ? (split.time.end ?? endFor(split.time.start, series.start, series.end))
    : (previous?.end ?? null);
  // Onto a day off (a holiday, an eve, a weekend): asked first, not said after it is done (month s16 #6).
  const off = to.date !== meeting.date ? dayOff(to.date) : null;
  if (off && !confirmed) return askHolidayFirst(network.networkId, `flytt møte ${typed}`, to.date, off, meeting.date);
  const now = s.clock.now();
  await moveOccurrence(s, network, meeting, to.date, { start, end }, ctx.actor, now);
  let movedProposals =
    to.date === meeting.date
      ? 0
      : await s.store.meetingExceptions.moveProposals(network.tenantId, network.networkId, meeting.date, to.date);
  // A meeting nobody started had its proposals carried to the next meeting. Moved to a day before that one,
  // it is the next meeting again: what waits for the next meeting comes to it (round 9, item 2).
  const after = missed ? coming.find((o) => o.date > meeting.date) : undefined;
  if (after && to.date < after.date)
    movedProposals += await s.store.meetingExceptions.moveProposals(
      network.tenantId,
      network.networkId,
      after.date,
      to.date,
    );
  await replanNotices(s, network);
  ctx.log.info({ from: meeting.date, to: to.date }, 'meeting moved');
  const told = await movedAnnouncement(s, network, meeting.date, to.date, movedProposals);
  if (to.date !== meeting.date) await retireAgendaNotice(s, ctx, network, meeting.date, told);
  if (to.date !== meeting.uidDate) await settleHolidayCard(s, ctx, network, meeting.uidDate, told);
  return [text(told)];
}

/**
 * What a move says, in the one wording for every way a meeting is moved (`flytt møte`, the holiday
 * card): the old and new day with the time, proposals that followed, and that the notices follow.
 */
export async function movedAnnouncement(
  s: Services,
  network: Network,
  from: string,
  to: string,
  movedProposals: number,
): Promise<string> {
  const moved = (await comingMeetings(s, network)).find((o) => o.date === to);
  const time = moved ? timeOf(moved, s.config.timezone) : '';
  // A weekend is said as a holiday is (month round 14, #14): «27.03» for «26.03» is most likely a typo.
  const special = dayOff(to);
  const lines = [
    to === from ? t.timeChanged(formatLong(to), time) : t.moved(formatLong(from), formatLong(to), time),
    movedProposals ? t.proposalsMoved(movedProposals) : '',
    t.noticesFollow,
    special ? t.onSpecialDay(special) : '',
  ];
  return lines.filter(Boolean).join(' ');
}

/**
 * «hopp over møtet i februar (vinterferie)»: the coming meeting of that month is cancelled as «avlys møte
 * <dato>» does; a date works too. Before, the words were an unknown command (month round 14, #7).
 */
export async function skipMeeting(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const typed = args.trim();
  const hit = /^(?:i\s+)?(\p{L}+)(.*)$/u.exec(typed);
  const word = hit?.[1]?.toLowerCase() ?? '';
  // One month reader for the series and this (review s14 #7): «jul» is Christmas, so December.
  const read = readMonth(word);
  if (read === null) return cancelMeeting(s, ctx, typed);
  const month = read - 1;
  // Leaders only, said before anything about the month is looked up, as «avlys møte» does (review s14 #14).
  const ahead = await leaderAndComing(s, ctx, t.cancelWhat);
  if ('refused' in ahead) return [ahead.refused];
  const { coming } = ahead;
  // The month's next turn: «februar» in January is this February, in March next year's.
  const today = todayOf(s);
  const year = Number(today.slice(0, 4)) + (month + 1 < Number(today.slice(5, 7)) ? 1 : 0);
  const key = `${year}-${String(month + 1).padStart(2, '0')}`;
  const inMonth = coming.filter((o) => o.date.startsWith(key));
  const first = inMonth[0];
  const example = coming[0] ? `hopp over møtet i ${seriesText.months[Number(coming[0].date.slice(5, 7)) - 1]}` : '';
  if (!first) return fail(t.skipNone(seriesText.months[month]!, nextList(coming)), typed, example);
  // Two meetings that month (a weekly series, an extra one): the first one, named by its date in the reply,
  // and the others named as still standing, so a leader who meant another finds out now (month s16 #12).
  const done = await cancelMeeting(s, ctx, `${formatShort(first.date)}${hit?.[2] ?? ''}`);
  const others = inMonth.slice(1).map((o) => formatLong(o.date));
  const cancelled = !(await comingMeetings(s, ahead.network)).some((o) => o.date === first.date);
  if (!others.length || !cancelled) return done;
  const line = meetingDayText.otherStillStands(others.join(', '), `avlys møte ${dm(inMonth[1]!.date)}`);
  const [first0, ...rest] = done;
  return first0?.kind === 'text' ? [text(`${first0.text} ${line}`), ...rest] : [...done, text(line)];
}

/** «avlys møte 24.12 for få saker»: a coming meeting cancelled, its proposals to the next. */
export async function cancelMeeting(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const ahead = await leaderAndComing(s, ctx, t.cancelWhat);
  if ('refused' in ahead) return [ahead.refused];
  const { network, coming, first } = ahead;
  const example = first ? `avlys møte ${dm(first.date)} for få saker` : t.commands.cancel.example;
  const typed = aboutNext(ctx.text, args);
  if (!typed) return fail(t.noDate, typed, example);
  const lead = leadingDate(at(s), typed, first?.date ?? null);
  // «avlys møte 30.02» is told what is wrong with the date, as «flytt møte 30.02 til …» is (attack round 13, A2).
  if (!lead) return fail(leadingDateError(typed, s.clock.now(), s.config.timezone) ?? t.noDate, typed, example);
  const meeting = coming.find((o) => o.date === lead.date) ?? (await missedMeeting(s, network, lead.date));
  if (!meeting) return fail(t.noMeetingOn(formatShort(lead.date), nextList(coming)), typed, example);
  const g = guard(lead.rest);
  if (!g.ok) return [text(g.message)];
  const reason = lead.rest.trim().slice(0, 300) || null;
  const now = s.clock.now();
  if (meeting.kind === 'extra')
    await s.store.meetingExceptions.remove(network.tenantId, network.networkId, meeting.uidDate);
  else
    await s.store.meetingExceptions.set(
      network.tenantId,
      network.networkId,
      { date: meeting.uidDate, kind: 'cancelled', to: null, start: null, end: null, reason, holiday: false },
      ctx.actor,
      now,
    );
  await replanNotices(s, network);
  // Proposals are never dropped: they go to the next meeting.
  const next = (await comingMeetings(s, network)).find((o) => o.date > meeting.date);
  const moved = next
    ? await s.store.meetingExceptions.moveProposals(network.tenantId, network.networkId, meeting.date, next.date)
    : 0;
  ctx.log.info({ date: meeting.date }, 'meeting cancelled');
  const told = [
    t.cancelled(formatLong(meeting.date), reason ?? ''),
    moved && next ? t.proposalsToNext(moved, formatShort(next.date)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  await retireAgendaNotice(s, ctx, network, meeting.date, told);
  await settleHolidayCard(s, ctx, network, meeting.uidDate, told);
  return [text(told)];
}

/** «ekstra møte 8.1 kl. 12-14»: a meeting outside the series. */
export async function extraMeeting(
  s: Services,
  ctx: RequestContext,
  args: string,
  confirmed = false,
): Promise<Reply[]> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.extraWhat);
  if (refused) return [refused];
  const typed = args.trim();
  const example = t.commands.extra.example;
  // A reason may follow the time («… kl. 09–12 overlevering ny leder») or the date (round 8 N4).
  const { head, reason: afterTime } = splitReasonAfterTime(typed);
  const split = splitTime(head);
  if ('error' in split) return fail(split.error, typed, example);
  if (!split.rest) return fail(t.noDate, typed, example);
  let d = readDate(at(s), split.rest, null);
  let reason = afterTime;
  if (!d.ok && !split.time) {
    const lead = leadingDate(at(s), split.rest, null);
    if (lead) [d, reason] = [{ ok: true, date: lead.date }, lead.rest];
  }
  if (!d.ok) return fail(d.error, typed, example);
  const g = guard(reason);
  if (!g.ok) return [text(g.message)];
  if (d.date < todayOf(s)) return fail(t.pastDate(formatShort(d.date)), typed, example);
  const coming = await comingMeetings(s, network);
  if (coming.some((o) => o.date === d.date)) return fail(t.alreadyMeeting(formatShort(d.date)), typed, example);
  const { series } = await seriesOf(s, network);
  const start = split.time?.start ?? null;
  const end = split.time ? (split.time.end ?? endFor(split.time.start, series.start, series.end)) : null;
  const off = dayOff(d.date);
  if (off && !confirmed) return askHolidayFirst(network.networkId, `ekstra møte ${typed}`, d.date, off, null);
  await s.store.meetingExceptions.set(
    network.tenantId,
    network.networkId,
    { date: d.date, kind: 'extra', to: null, start, end, reason: reason ? reason.slice(0, 300) : null, holiday: false },
    ctx.actor,
    s.clock.now(),
  );
  await replanNotices(s, network);
  const special = specialDay(d.date);
  return [
    text(
      [
        t.extraAdded(formatLong(d.date), seriesText.time(start ?? series.start, end ?? series.end)),
        reason ? t.extraReason(reason) : '',
        special ? t.onSpecialDay(special) : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ];
}
