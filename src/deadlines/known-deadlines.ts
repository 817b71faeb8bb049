import { z } from 'zod';
import { knownDeadlinesCard } from '../../cards/deadline-known.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork, leaderOnlyClick, wrongNetworkCard } from '../conversation/guards.ts';
import type { AdaptiveCard, RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { addDeadline, type FixedOrigin } from './add-deadline.ts';
import { formatShort } from '../time/local-date.ts';
import { todayOf } from './deadline-cards.ts';

// Month s15 #7a: a new network's leader had to type the grant's fixed deadlines, which the bot knows and
// quotes in its answers. With none registered, «frister» offers them on a card, one button each and one
// for all. Both kinds of network report by 1 March the year after and spend the year's grant by 31
// December (seed 000, 2022; seed 003 sections 3 and 6, 2024); the application round's date changes from
// year to year (30.09.2022, 01.11.2018 in the seeds), so it is not offered.

export interface KnownDeadline {
  key: 'report' | 'spend';
  title: string;
  date: string;
  /** What «frist …» is given, as a leader would type it. */
  line: string;
}

/** Where each fixed deadline falls in its year: a button's date must be one of these. */
const DAY: Record<KnownDeadline['key'], string> = { report: '03-01', spend: '12-31' };

/** The fixed deadline of `key` on `date`: the report on 1 March is about the year before. */
function knownOn(key: KnownDeadline['key'], date: string): KnownDeadline {
  const y = Number(date.slice(0, 4));
  const title = key === 'report' ? t.known.report(y - 1) : t.known.spend(y);
  return { key, title, date, line: `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${title} hvert år` };
}

/** The fixed deadlines still ahead on or after `today`, the nearest first. */
export function knownDeadlines(today: string): KnownDeadline[] {
  const y = Number(today.slice(0, 4));
  const report = today.slice(5) <= DAY.report ? y : y + 1;
  return [knownOn('report', `${report}-${DAY.report}`), knownOn('spend', `${y}-${DAY.spend}`)].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

export function knownOfferCard(networkId: string, today: string): AdaptiveCard {
  return knownDeadlinesCard(networkId, knownDeadlines(today));
}

const key = z.enum(['report', 'spend']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const knownData = z.object({
  networkId: z.string().min(1).max(300),
  key: z.enum(['report', 'spend', 'all']),
  /** The date on the button pressed (cards posted before it rode along have none). */
  date: day.optional(),
  /** «Legg inn alle»: the card's deadlines as «spend:2026-12-31,report:2027-03-01». */
  dates: z.string().max(100).optional(),
});

/** What the pressed button stands for: the dates the card showed, or (an older card) today's. */
function pressed(data: z.infer<typeof knownData>, today: string): KnownDeadline[] {
  const shown =
    data.key === 'all'
      ? (data.dates ?? '').split(',').map((pair) => pair.split(':'))
      : data.date
        ? [[data.key, data.date]]
        : [];
  const read = shown
    .map(([k, date]) => ({ k: key.safeParse(k), date: day.safeParse(date) }))
    .filter((x) => x.k.success && x.date.success && x.date.data.slice(5) === DAY[x.k.data])
    .map((x) => knownOn(x.k.data!, x.date.data!));
  if (read.length) return read;
  return knownDeadlines(today).filter((k) => data.key === 'all' || k.key === data.key);
}

/**
 * A button on the offer: the chosen deadlines registered as «frist …» would, each with its own card, under
 * a fixed origin per kind (review s15 #6), so two leaders or a double click make one series, and the reply
 * says what was created and what was there already.
 */
export async function addKnown(
  s: Services,
  ctx: RequestContext,
  data: z.infer<typeof knownData>,
): Promise<ActionResult> {
  if (!cardNetwork(ctx, data.networkId)) return wrongNetworkCard;
  const refused = await leaderOnlyClick(s.store, ctx, t.addWhat);
  if (refused) return refused;
  const today = todayOf(s);
  const chosen = pressed(data, today);
  // Review s16 #7: a date gone by is never replaced by next year's; the ones still ahead are added all the
  // same, and the reply names what was left out, so «Legg inn alle» between 31.12 and 1.3 is not all refused.
  const gone = chosen.filter((k) => k.date < today).map((k) => ({ title: k.title, date: formatShort(k.date) }));
  const ahead = chosen.filter((k) => k.date >= today);
  if (!ahead.length) return { kind: 'message', text: t.known.passed(gone) };
  const added: string[] = [];
  const existed: string[] = [];
  const failed: string[] = [];
  for (const k of ahead) {
    const fixed: FixedOrigin = { origin: `known:${k.key}` };
    await addDeadline(s, { ...ctx, scope: { ...ctx.scope, cardActivityId: null } }, k.line, false, fixed);
    if (fixed.created) added.push(k.title);
    else if (fixed.existed) existed.push(k.title);
    else failed.push(k.title);
  }
  ctx.log.info({ count: added.length, passed: gone.length }, 'known deadlines added');
  if (!gone.length && !added.length && existed.length === ahead.length)
    return { kind: 'message', text: t.known.already };
  const said = [t.known.added(added, existed, failed), gone.length ? t.known.passed(gone) : ''];
  return { kind: 'message', text: said.filter(Boolean).join(' ') };
}
