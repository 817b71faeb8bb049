import { noLeaderText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import type { Store } from '../store/store.ts';
import { localDateOf } from '../time/local-date.ts';

/** The day the channel was last told it has no leader to notify (a network setting, so restarts keep it). */
const TOLD_ON = 'noLeaderToldOn';

const byStore = new WeakMap<object, Map<string, string>>();
function claims(store: Store): Map<string, string> {
  let m = byStore.get(store);
  if (!m) byStore.set(store, (m = new Map()));
  return m;
}

/**
 * Who a message meant for the leaders goes to (N11): the leaders, or, when the network has none, a
 * note for the channel saying nobody can be notified and how the network gets a leader. The note is
 * given once a day per network, so a round of nudges about many tasks says it once, with the first;
 * null when there are leaders or it was said today already.
 */
export async function leadersOrNote(
  store: Store,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  now: Date,
  timeZone: string,
): Promise<{ leaders: Person[]; note: string | null }> {
  const leaders = await store.people.listRole(network.tenantId, network.networkId, 'leader');
  if (leaders.length) return { leaders, note: null };
  const today = localDateOf(now, timeZone);
  // The nudges of one round run side by side: the first to get here claims the day at once, before
  // any await lets another in; the stored day covers a restart and other instances.
  const key = `${network.tenantId}\u0000${network.networkId}`;
  const claimed = claims(store);
  if (claimed.get(key) === today) return { leaders, note: null };
  claimed.set(key, today);
  // The stored day is a conditional write: of two instances (or a restart) only one marks today.
  if (!(await store.networks.claimSetting(network.tenantId, network.networkId, TOLD_ON, today)))
    return { leaders, note: null };
  return { leaders, note: noLeaderText.round };
}
