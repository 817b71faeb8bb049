import type { Store } from '../store/store.ts';
import type { ConversationRef, Network, NetworkScope, Person } from './network.ts';

export interface InstallInput {
  tenantId: string;
  scope: NetworkScope;
  networkId: string;
  name: string;
  teamId: string | null;
  channelId: string | null;
  conversation: ConversationRef;
  installedBy: Person | null;
}

/**
 * Records an installation. Teams sends both conversationUpdate and installationUpdate for one
 * install, and may resend them: the result says whether this one is news (and so deserves a welcome).
 */
export async function recordInstall(store: Store, input: InstallInput, now: Date): Promise<{ isNew: boolean }> {
  const { created, reactivated } = await store.networks.upsert({ ...input, active: true }, now);
  if (created && isPerson(input.installedBy)) {
    await store.people.setRole(input.tenantId, input.networkId, input.installedBy, 'leader', now);
  }
  return { isNew: created || reactivated };
}

/**
 * Whether an install's `from` is a person who can lead (A4): a Teams user id («29:…») with a name.
 * A service or bot id («28:…»), or someone Teams does not name, leaves the network leaderless, so a
 * member can take the role with «leder + @dittnavn».
 */
export function isPerson(p: Person | null | undefined): p is Person {
  return !!p && /^29:\S/.test(p.id ?? '') && !!p.name?.trim();
}

export async function recordRemoval(store: Store, tenantId: string, networkId: string, now: Date): Promise<void> {
  // Data is kept: a network that reinstalls the bot finds its meetings, minutes and tasks again.
  await store.networks.setActive(tenantId, networkId, false, now);
}

/** A network that talks to the bot before any install event reached it is registered on first contact. */
export async function networkForMessage(store: Store, input: InstallInput, now: Date): Promise<Network> {
  const known = await store.networks.get(input.tenantId, input.networkId);
  if (known?.active) return known;
  await store.networks.upsert({ ...input, active: true }, now);
  return (await store.networks.get(input.tenantId, input.networkId))!;
}
