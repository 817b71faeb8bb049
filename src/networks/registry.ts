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

/**
 * Attack round 11 (L1 of the notes): Teams redelivers an activity it got no answer to, and does not
 * promise order, so a message or card click sent just before the bot was removed from the team may
 * arrive after the removal. Handled, it brought the removed network back (networkForMessage) and acted
 * in a team that had sent the bot away. Such a delivery is known by Teams' own send time: at or before
 * the moment the network went inactive (its `updatedAt`). One sent later means the bot is there again
 * (an install event lost or late, or a send that failed for a moment), and is handled as before.
 */
export function sentBeforeRemoval(network: Pick<Network, 'active' | 'updatedAt'> | null, sentAtMs: number): boolean {
  if (!network || network.active || !Number.isFinite(sentAtMs)) return false;
  return sentAtMs <= Date.parse(network.updatedAt);
}

/** A network that talks to the bot before any install event reached it is registered on first contact. */
export async function networkForMessage(store: Store, input: InstallInput, now: Date): Promise<Network> {
  const known = await store.networks.get(input.tenantId, input.networkId);
  if (known?.active) return known;
  await store.networks.upsert({ ...input, active: true }, now);
  return (await store.networks.get(input.tenantId, input.networkId))!;
}
