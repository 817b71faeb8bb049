import { z } from 'zod';
import { knownDeadlinesCard } from '../../cards/deadline-known.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork, leaderOnlyClick, wrongNetworkCard } from '../conversation/guards.ts';
import type { AdaptiveCard, RequestContext } from '../conversation/types.ts';
import { networkHere } from '../conversation/network.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { addDeadline } from './add-deadline.ts';
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

/** The fixed deadlines still ahead on or after `today`, the nearest first. */
export function knownDeadlines(today: string): KnownDeadline[] {
  const y = Number(today.slice(0, 4));
  const report = today.slice(5) <= '03-01' ? y : y + 1;
  const list: KnownDeadline[] = [
    { key: 'report', title: t.known.report(report - 1), date: `${report}-03-01`, line: '' },
    { key: 'spend', title: t.known.spend(y), date: `${y}-12-31`, line: '' },
  ];
  return list
    .map((k) => ({ ...k, line: `${k.date.slice(8)}.${k.date.slice(5, 7)}.${k.date.slice(0, 4)} ${k.title} hvert år` }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function knownOfferCard(networkId: string, today: string): AdaptiveCard {
  return knownDeadlinesCard(networkId, knownDeadlines(today));
}

export const knownData = z.object({
  networkId: z.string().min(1).max(300),
  key: z.enum(['report', 'spend', 'all']),
});

/** A button on the offer: the chosen deadlines registered as «frist …» would, each with its own card. */
export async function addKnown(
  s: Services,
  ctx: RequestContext,
  data: z.infer<typeof knownData>,
): Promise<ActionResult> {
  if (!cardNetwork(ctx, data.networkId)) return wrongNetworkCard;
  const refused = await leaderOnlyClick(s.store, ctx, t.addWhat);
  if (refused) return refused;
  const n = networkHere(ctx);
  const today = todayOf(s);
  const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
  const has = (k: KnownDeadline) => open.some((d) => d.date === k.date && d.title === k.title);
  const chosen = knownDeadlines(today).filter((k) => (data.key === 'all' || k.key === data.key) && !has(k));
  if (!chosen.length) return { kind: 'message', text: t.known.already };
  for (const k of chosen)
    await addDeadline(s, { ...ctx, scope: { ...ctx.scope, cardActivityId: null } }, k.line, false);
  ctx.log.info({ count: chosen.length }, 'known deadlines added');
  return { kind: 'message', text: t.known.added(chosen.map((k) => k.title)) };
}
