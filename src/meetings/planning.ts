import type { Services } from '../app/services.ts';
import type { Network } from '../networks/network.ts';
import { nudgeDayOnOrBefore, previousNudgeDay } from '../conversation/working-hours.ts';
import { addWorkingDays } from '../time/holidays.ts';
import { addDays, atLocalTime, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { DEFAULT_AGENDA, PROPOSAL_CUTOFF_WORKING_DAYS, agendaSchema, type AgendaItem } from './standing-agenda.ts';
import { calendarText } from '../i18n/calendar.ts';
import { seriesText } from '../i18n/index.ts';
import {
  dayOff,
  holidayAskAhead,
  holidayAskDay,
  meetingsBetween,
  upcomingFrom,
  type MeetingException,
  type PlannedMeeting,
} from './occurrences.ts';
import { DEFAULT_SERIES, seriesSchema, type Occurrence, type Series } from './series.ts';
import { clockTimeOf } from '../time/clock-time.ts';

export const AGENDA_NOTICE = 'meeting.agenda';
export const DAY_BEFORE_REMINDER = 'meeting.reminder';
export const PLAN_NOTICES = 'meeting.plan';
export const HOLIDAY_QUESTION = 'meeting.holiday';
/** At a planned meeting's end: the leaders are asked about a meeting nobody started (month round 6, N19). */
export const NOT_STARTED = 'meeting.notStarted';
/** How many meetings ahead a holiday question is planned for. */
const HOLIDAY_LOOKAHEAD = 4;

/** The network's series and standing agenda, or the defaults until a leader changes them. */
export async function seriesOf(s: Services, network: Network): Promise<{ series: Series; agenda: AgendaItem[] }> {
  const stored = await s.store.meetings.getSeries(network.tenantId, network.networkId);
  const series = seriesSchema.safeParse(stored?.series);
  const agenda = agendaSchema.safeParse(stored?.agenda);
  return {
    series: series.success ? series.data : DEFAULT_SERIES,
    agenda: agenda.success ? agenda.data : DEFAULT_AGENDA,
  };
}

export async function exceptionsOf(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
): Promise<MeetingException[]> {
  return s.store.meetingExceptions.list(network.tenantId, network.networkId);
}

/** The next planned meetings, moves, cancellations and extra meetings applied. */
export async function upcoming(s: Services, network: Network, count: number): Promise<PlannedMeeting[]> {
  const { series } = await seriesOf(s, network);
  const now = s.clock.now();
  const list = upcomingFrom(series, await exceptionsOf(s, network), now, count + 1, s.config.timezone);
  // Today's meeting is no longer ahead once it has been held and ended, even before its planned end.
  const today = localDateOf(now, s.config.timezone);
  if (
    list[0]?.date === today &&
    (await s.store.meetings.ended(network.tenantId, network.networkId, 3)).some((m) => m.date === today)
  )
    list.shift();
  return list.slice(0, count);
}

/** Every meeting with a date in [from, to], cancelled ones included (the calendar feed). */
export async function meetingsIn(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  from: LocalDate,
  to: LocalDate,
): Promise<PlannedMeeting[]> {
  const stored = await s.store.meetings.getSeries(network.tenantId, network.networkId);
  const parsed = seriesSchema.safeParse(stored?.series);
  return meetingsBetween(
    parsed.success ? parsed.data : DEFAULT_SERIES,
    await exceptionsOf(s, network),
    from,
    to,
    s.config.timezone,
  );
}

export async function nextMeetingDate(s: Services, network: Network): Promise<LocalDate | null> {
  return (await upcoming(s, network, 1))[0]?.date ?? null;
}

export function proposalCutoff(date: LocalDate): LocalDate {
  return addWorkingDays(date, -PROPOSAL_CUTOFF_WORKING_DAYS);
}

const prefix = (n: Network) => `meeting:${n.tenantId}:${n.networkId}:`;

/**
 * Plans the agenda notice (7 days before) and the reminder (the nudge day before) for the next
 * two meetings, plus tomorrow's re-planning. Keys carry the date, so repeating this is harmless.
 */
export async function planNotices(s: Services, network: Network): Promise<void> {
  const now = s.clock.now();
  const tz = s.config.timezone;
  for (const o of await upcoming(s, network, 2)) {
    const plans = [
      // The one nudge-day policy (src/conversation/working-hours.ts): no post on a weekend, a public holiday,
      // julaften or nyttårsaften; a notice that would land there comes on the nudge day before (round 9).
      { kind: AGENDA_NOTICE, at: atLocalTime(nudgeDayOnOrBefore(addDays(o.date, -7)), '09:00', tz), tag: 'agenda' },
      { kind: DAY_BEFORE_REMINDER, at: atLocalTime(previousNudgeDay(o.date), '12:00', tz), tag: 'reminder' },
      { kind: NOT_STARTED, at: o.end, tag: 'not-started' },
    ];
    for (const p of plans) {
      // A late agenda (the bot came in less than a week before) is still worth posting; a late reminder is not.
      if (p.at <= now && (p.tag === 'reminder' || p.tag === 'not-started' || o.start <= now)) continue;
      await s.store.jobs.replan(
        {
          tenantId: network.tenantId,
          networkId: network.networkId,
          key: `${prefix(network)}${o.date}:${p.tag}`,
          kind: p.kind,
          dueAt: p.at > now ? p.at : now,
          payload: { date: o.date },
        },
        now,
      );
    }
  }
  // A meeting on a holiday, julaften or nyttårsaften is put to the leaders a month ahead, never moved unasked.
  for (const o of await upcoming(s, network, HOLIDAY_LOOKAHEAD)) {
    if (!o.conflict) continue;
    // The day the schedule and the calendar feed promise (holidayAskDay), on a nudge day.
    const at = atLocalTime(holidayAskDay(o.uidDate), '09:00', tz);
    await s.store.jobs.replan(
      {
        tenantId: network.tenantId,
        networkId: network.networkId,
        key: `${prefix(network)}${o.uidDate}:holiday`,
        kind: HOLIDAY_QUESTION,
        dueAt: at > now ? at : now,
        payload: { date: o.uidDate },
      },
      now,
    );
  }
  const tomorrow = localDateOf(new Date(now.getTime() + 86_400_000), tz);
  // replan, not plan: after a schedule change replanNotices has just cancelled this very key, and an
  // insert that keeps the existing row left it cancelled; the daily chain stopped, and every meeting
  // after the next two got no agenda and no reminder (month round 6, N12).
  await s.store.jobs.replan(
    {
      tenantId: network.tenantId,
      networkId: network.networkId,
      key: `${prefix(network)}plan:${tomorrow}`,
      kind: PLAN_NOTICES,
      dueAt: atLocalTime(tomorrow, '06:00', tz),
      payload: {},
    },
    now,
  );
}

/** After a schedule change: drop notices for dates that are no longer meetings, then plan anew. */
export async function replanNotices(s: Services, network: Network): Promise<void> {
  await s.store.jobs.cancel(network.tenantId, network.networkId, prefix(network));
  await planNotices(s, network);
}

type AnyOccurrence = Occurrence & Partial<Pick<PlannedMeeting, 'kind' | 'uidDate' | 'conflict'>>;

/** "kl. 10:00–14:00": the meeting's own time, which a move may have changed from the series'. */
export function occurrenceTime(o: Occurrence, timeZone: string): string {
  return seriesText.time(clockTimeOf(o.start, timeZone), clockTimeOf(o.end, timeZone));
}

/** Where the posted holiday question for a meeting (by its rule date) is kept. */
export const holidayCardKey = (date: LocalDate) => `meeting-holiday-card:${date}`;

/** Whether the leaders have been asked about the meeting on this rule date (the question card was posted). */
export async function holidayAsked(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  uidDate: LocalDate,
): Promise<boolean> {
  return Boolean(await s.store.networks.getSetting(network.tenantId, network.networkId, holidayCardKey(uidDate)));
}

/**
 * Where the holiday question of a meeting stands, for the words beside it: null once the card is
 * posted, else the day the leaders will be asked (today when that day had passed before the schedule
 * was set: the question then goes at once), undefined for a meeting on no holiday.
 */
export async function holidayAskOf(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  o: Partial<Pick<PlannedMeeting, 'conflict' | 'uidDate'>>,
  today: LocalDate,
): Promise<LocalDate | null | undefined> {
  if (!o.conflict || !o.uidDate) return undefined;
  if (await holidayAsked(s, network, o.uidDate)) return null;
  return holidayAskAhead({ conflict: o.conflict, uidDate: o.uidDate }, today) ?? today;
}

/**
 * What sets this meeting apart from the series, in words ("flyttet fra 29.01.2027"), or ''.
 * `ask` (holidayAskOf) makes the words about a holiday question exact; without it they are the
 * general rule.
 */
export function occurrenceNote(o: AnyOccurrence, ask?: { day: LocalDate | null; today: LocalDate }): string {
  const base = scheduleNote(o, ask);
  // Kept or moved onto a day off by a leader: said on the agenda and in «møteplan», not only in the reply.
  const off = o.conflict || o.moved ? null : dayOff(o.date);
  return off ? calendarText.noteDayOff(base, off, o.kind === 'extra') : base;
}

function scheduleNote(o: AnyOccurrence, ask?: { day: LocalDate | null; today: LocalDate }): string {
  if (o.moved) return calendarText.noteHolidayMove(formatShort(o.moved.from), o.moved.holiday);
  if (o.conflict)
    return calendarText.noteConflict(
      o.conflict,
      ask === undefined ? undefined : ask.day && (ask.day === ask.today ? calendarText.today : formatShort(ask.day)),
    );
  if (o.kind === 'moved' && o.uidDate && o.uidDate !== o.date) return calendarText.noteMoved(formatShort(o.uidDate));
  if (o.kind === 'extra') return calendarText.noteExtra;
  return '';
}

export function describeDate(date: LocalDate): string {
  return formatShort(date);
}
