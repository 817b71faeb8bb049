import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { addDays, formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import { checkEntryText } from './entry-check.ts';
import {
  holidayAskOf,
  meetingsIn,
  occurrenceNote,
  occurrenceTime,
  replanNotices,
  seriesOf,
  upcoming,
} from './planning.ts';
import type { PlannedMeeting } from './occurrences.ts';
import { parseSchedule } from './schedule-text.ts';
import { describeSeries, type Series } from './series.ts';

// `møteplan` and `møtested`: the series and where the meetings are held.

async function nextDatesText(s: Services, network: Network): Promise<string> {
  const next = await upcoming(s, network, 3);
  if (!next.length) return t.scheduleNone;
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const lines: string[] = [];
  for (const o of next) {
    const day = await holidayAskOf(s, network, o, today);
    const note = occurrenceNote(o, day === undefined ? undefined : { day, today });
    lines.push(`- ${formatLong(o.date)} ${occurrenceTime(o, s.config.timezone)}${note ? ` (${note})` : ''}`);
  }
  return [t.scheduleNext, ...lines].join('\n');
}

/**
 * The new rule with the old one kept in its history: meetings before the change stay as they were
 * (held ones must not vanish from calendars, new-rule dates must not appear in the past). A meeting
 * the old rule gives today is kept, and the new rule starts tomorrow: its agenda is already posted.
 */
async function withHistory(
  s: Services,
  network: Network,
  old: Series,
  next: Series,
): Promise<{ series: Series; keptToday: PlannedMeeting | null }> {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const todays = (await meetingsIn(s, network, today, today)).filter((m) => m.date === today || m.uidDate === today);
  const since = todays.length ? addDays(today, 1) : today;
  const earlier = (old.earlier ?? []).filter((r) => !r.since || r.since < since);
  if (!old.since || old.since < since)
    earlier.push({
      rrule: old.rrule,
      start: old.start,
      end: old.end,
      holidayPolicy: old.holidayPolicy,
      since: old.since,
      // A series stopped before keeps its own end: the weeks between the stop and the new rule had no
      // meetings, and must not come back as past events (review s14 #2).
      until: old.until && old.until < since ? old.until : since,
    });
  const keptToday = todays.find((m) => m.status === 'planned' && m.end > s.clock.now()) ?? null;
  return { series: { ...next, since, earlier: earlier.slice(-40) }, keptToday };
}

/** «møteplan stopp», «møteplan avslutt», «møteplan ingen faste møter»: the series ends (month round 14, #7). */
const STOP = /^(?:stopp|stop|avslutt|avslutte|slutt|ingen(?: faste)? møter|ingen faste)\b/iu;

async function stopSeries(
  s: Services,
  ctx: RequestContext,
  network: Network,
  current: Awaited<ReturnType<typeof seriesOf>>,
): Promise<Reply[]> {
  // The rule itself is kept (so «møteplan» can say what it was), ended the day the change takes effect.
  const { series, keptToday } = await withHistory(s, network, current.series, current.series);
  const old = current.series.until;
  const until = old && old < series.since! ? old : series.since!;
  const ended: Series = { ...current.series, until };
  const kept = await saveSeries(s, ctx, network, current, ended, keptToday);
  return [text(`${t.scheduleStop(formatShort(addDays(until, -1)))}${kept}`)];
}

/**
 * Saves the changed series with the agenda it had and plans the notices again; the line to add when
 * today's meeting is kept under the old rule (month s14 #6), or ''.
 */
async function saveSeries(
  s: Services,
  ctx: RequestContext,
  network: Network,
  current: Awaited<ReturnType<typeof seriesOf>>,
  series: Series,
  keptToday: Awaited<ReturnType<typeof withHistory>>['keptToday'],
): Promise<string> {
  await s.store.meetings.saveSeries(
    network.tenantId,
    network.networkId,
    series,
    current.agenda,
    ctx.actor,
    s.clock.now(),
  );
  await replanNotices(s, network);
  return keptToday
    ? `\n\n${t.scheduleKeepsToday(`${formatLong(keptToday.date)} ${occurrenceTime(keptToday, s.config.timezone)}`, formatShort(keptToday.date))}`
    : '';
}

/** `møteplan` shows the series and the next dates; `møteplan <beskrivelse>` (leaders) changes it. */
export async function schedule(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const current = await seriesOf(s, network);
  if (args.trim()) {
    const refused = await requireLeader(s.store, ctx, t.changeScheduleWhat);
    if (refused) return [refused];
    if (STOP.test(args.trim())) return stopSeries(s, ctx, network, current);
    const parsed = parseSchedule(args, current.series);
    if (!parsed.ok)
      return [card(noticeCard({ title: parsed.error, typed: args.trim(), example: parsed.example, tone: 'error' }))];
    const { series, keptToday } = await withHistory(s, network, current.series, parsed.series);
    const kept = await saveSeries(s, ctx, network, current, series, keptToday);
    return [text(`${t.scheduleSet(parsed.description)}${kept}\n\n${await nextDatesText(s, network)}`)];
  }
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const is =
    current.series.until && current.series.until <= addDays(today, 1)
      ? t.scheduleStopped(formatShort(addDays(current.series.until, -1)))
      : t.scheduleIs(describeSeries(current.series));
  return [text(`${is}\n\n${await nextDatesText(s, network)}`)];
}

/** `møtested <sted eller lenke>` (leaders). */
export async function setPlace(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.changeScheduleWhat);
  if (refused) return [refused];
  const c = checkEntryText(args);
  if (!c.ok) return c.reply;
  if (!c.text)
    return [
      card(
        noticeCard({ title: t.placeEmpty, message: t.placeEmpty, example: t.commands.place.example, tone: 'error' }),
      ),
    ];
  const current = await seriesOf(s, network);
  await s.store.meetings.saveSeries(
    network.tenantId,
    network.networkId,
    { ...current.series, place: c.text.slice(0, 300) },
    current.agenda,
    ctx.actor,
    s.clock.now(),
  );
  return [text(t.placeSet(c.text))];
}
