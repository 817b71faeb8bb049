import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { parseOffsets } from './deadline-words.ts';
import { keyPrefix, planDeadlineNudges } from './nudges.ts';

/** «frist varsler 30 14 7 1»: the days before each deadline the network is reminded on; open deadlines are replanned. */
export async function setOffsets(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.offsetsWhat);
  if (refused) return [refused];
  const offsets = parseOffsets(args);
  if (!offsets)
    return [card(noticeCard({ title: t.offsetsBad, typed: args.trim(), example: t.offsetsExample, tone: 'error' }))];
  await s.store.networks.setSetting(network.tenantId, network.networkId, 'deadline-offsets', offsets);
  for (const d of await s.store.deadlines.listOpen(network.tenantId, network.networkId)) {
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    await planDeadlineNudges(s, d, s.clock.now());
  }
  return [text(t.offsetsSet(offsets))];
}
