import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { formatLong, localDateOf } from '../time/local-date.ts';
import { checkEntryText } from './entry-check.ts';
import { holidayAskOf, occurrenceNote, occurrenceTime, replanNotices, seriesOf, upcoming } from './planning.ts';
import { parseSchedule } from './schedule-text.ts';
import { describeSeries } from './series.ts';

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

/** `møteplan` shows the series and the next dates; `møteplan <beskrivelse>` (leaders) changes it. */
export async function schedule(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const current = await seriesOf(s, network);
  if (args.trim()) {
    const refused = await requireLeader(s.store, ctx, t.changeScheduleWhat);
    if (refused) return [refused];
    const parsed = parseSchedule(args, current.series);
    if (!parsed.ok)
      return [card(noticeCard({ title: parsed.error, typed: args.trim(), example: parsed.example, tone: 'error' }))];
    await s.store.meetings.saveSeries(
      network.tenantId,
      network.networkId,
      parsed.series,
      current.agenda,
      ctx.actor,
      s.clock.now(),
    );
    await replanNotices(s, network);
    return [text(`${t.scheduleSet(parsed.description)}\n\n${await nextDatesText(s, network)}`)];
  }
  return [text(`${t.scheduleIs(describeSeries(current.series))}\n\n${await nextDatesText(s, network)}`)];
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
