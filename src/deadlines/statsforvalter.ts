import type { Services } from '../app/services.ts';
import { checkInput } from '../conversation/guards.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { statsforvalterOf } from './add-deadline.ts';
import { todayOf } from './deadline-cards.ts';
import { statsforvalterName } from './deadline-words.ts';
import { offerSharedDeadline } from './shared-offer.ts';

/** The longest office name a leader may give: «Statsforvalteren i Vestfold og Telemark» with room to spare. */
const MAX_NAME = 80;

/**
 * «statsforvalter» says which Statsforvalter the network answers to; «statsforvalter Oslo og Viken»
 * (leaders) sets it, and the shared deadlines still ahead under it come as offers.
 */
export async function setStatsforvalter(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const typed = args.trim().replace(/\s+/g, ' ');
  if (!typed) {
    const current = await statsforvalterOf(s, network);
    return [text(current ? t.statsforvalterIs(current) : t.statsforvalterNone)];
  }
  const refused = await requireLeader(s.store, ctx, t.statsforvalterWhat);
  if (refused) return [refused];
  const checked = checkInput(typed, { max: MAX_NAME, title: t.statsforvalterBad, example: t.statsforvalterExample });
  if (!checked.ok) return checked.reply;
  const name = statsforvalterName(checked.text);
  const key = name.toLowerCase();
  await s.store.networks.setSetting(network.tenantId, network.networkId, 'statsforvalter', name);
  await s.store.networks.setSetting(network.tenantId, network.networkId, 'statsforvalter-key', key);
  // Shared deadlines still ahead come along, so a network that joins late is not left out.
  let copied = 0;
  const seen = new Set<string>();
  const today = todayOf(s);
  for (const peer of await s.store.networks.networksWithSetting(network.tenantId, 'statsforvalter-key', key)) {
    if (peer === network.networkId) continue;
    for (const d of await s.store.deadlines.listOpen(network.tenantId, peer)) {
      if (d.scope !== 'statsforvalter' || !d.origin || d.date < today || seen.has(d.origin)) continue;
      seen.add(d.origin);
      if (d.statsforvalter?.toLowerCase() !== key) continue;
      if (await s.store.deadlines.findByOrigin(network.tenantId, network.networkId, d.origin)) continue;
      // A11: what another network shared comes as an offer this network's leaders accept.
      const from = await s.store.networks.get(network.tenantId, peer);
      if (!from) continue;
      const { id: _i, status: _s, doneBy: _b, doneAt: _a, networkId: _n, checks: _c, ...fields } = d;
      copied += await offerSharedDeadline(s, { network: from, by: d.createdBy }, { ...fields, origin: d.origin }, [
        network.networkId,
      ]);
    }
  }
  return [text(`${t.statsforvalterSet(name, 0)}${copied ? t.offer.waiting(copied) : ''}`)];
}
