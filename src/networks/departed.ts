import type { Store } from '../store/store.ts';

/**
 * People the bot heard leave a network's team (Teams: conversationUpdate, membersRemoved) and not
 * join again (membersAdded). Kept in the store, so a restart or another instance still knows: a card
 * left in someone's personal chat, or a guest removed from the team, must not act on the network
 * (N17). Teams names a leaver by the Teams id only; the Entra id is kept when known, so a later
 * activity carrying either is recognised. One row per leaver (it was one JSON setting rewritten per
 * change, and two leavings at once on two instances lost one); the oldest go past 500.
 */
export interface Who {
  id?: string | undefined;
  aadObjectId?: string | undefined;
}

const ids = (who: Who) => ({
  ...(who.id ? { id: who.id } : {}),
  ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}),
});

/** `now`, from the caller's Clock, orders the leavings for the cap. */
export async function noteDeparted(
  store: Store,
  tenantId: string,
  networkId: string,
  who: Who,
  now: Date,
): Promise<void> {
  if (!who.id && !who.aadObjectId) return;
  await store.people.noteDeparted(tenantId, networkId, ids(who), now);
}

/** Forgets a leaving (they joined again): true when one was recorded, for exactly one of two joins at once. */
export async function noteRejoined(store: Store, tenantId: string, networkId: string, who: Who): Promise<boolean> {
  return store.people.forgetDeparted(tenantId, networkId, ids(who));
}

/** True when the bot heard this person leave the network's team and not come back. */
export async function hasLeft(store: Store, tenantId: string, networkId: string, who: Who): Promise<boolean> {
  return store.people.hasDeparted(tenantId, networkId, ids(who));
}
