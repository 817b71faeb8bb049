import type { Network } from '../networks/network.ts';
import { hasLeft } from '../networks/departed.ts';
import type { Store } from '../store/store.ts';
import type { TaskOwner } from './task.ts';

/**
 * The name of the first person among a task's owners whom the bot heard leave the network's team and
 * not come back (month round 7b, N10), else null. Such a person no longer sees the channel nor can press
 * a button, so a task given to them would be followed up by nobody who can act.
 */
export async function departedOwner(
  store: Store,
  network: Network,
  owners: readonly TaskOwner[],
): Promise<string | null> {
  for (const o of owners) {
    if (o.kind !== 'person') continue;
    if (await hasLeft(store, network.tenantId, network.networkId, { id: o.id, aadObjectId: o.aadObjectId }))
      return o.name;
  }
  return null;
}
