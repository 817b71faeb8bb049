import { z } from 'zod';
import type { Store } from '../store/store.ts';

/**
 * People the bot heard leave a network's team (Teams: conversationUpdate, membersRemoved) and not
 * join again (membersAdded). Kept with the network's settings, so a restart or another instance
 * still knows: a card left in someone's personal chat, or a guest removed from the team, must not
 * act on the network (N17). Teams names a leaver by the Teams id only; the Entra id is kept when
 * known, so a later activity carrying either is recognised.
 */
const SETTING = 'departed';
/** A team that churns for years must not grow the row without end; the oldest leavings go first. */
const MAX_KEPT = 500;

const leaver = z.object({ id: z.string().optional(), aadObjectId: z.string().optional() });
const stored = z.array(leaver);
type Leaver = z.infer<typeof leaver>;

export interface Who {
  id?: string | undefined;
  aadObjectId?: string | undefined;
}

const same = (a: Who, b: Who) =>
  (!!a.id && a.id === b.id) || (!!a.aadObjectId && a.aadObjectId.toLowerCase() === b.aadObjectId?.toLowerCase());

async function read(store: Store, tenantId: string, networkId: string): Promise<Leaver[]> {
  const parsed = stored.safeParse(await store.networks.getSetting(tenantId, networkId, SETTING));
  return parsed.success ? parsed.data : [];
}

export async function noteDeparted(store: Store, tenantId: string, networkId: string, who: Who): Promise<void> {
  if (!who.id && !who.aadObjectId) return;
  const kept = (await read(store, tenantId, networkId)).filter((l) => !same(l, who));
  kept.push({ ...(who.id ? { id: who.id } : {}), ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) });
  await store.networks.setSetting(tenantId, networkId, SETTING, kept.slice(-MAX_KEPT));
}

export async function noteRejoined(store: Store, tenantId: string, networkId: string, who: Who): Promise<void> {
  const before = await read(store, tenantId, networkId);
  const kept = before.filter((l) => !same(l, who));
  if (kept.length !== before.length) await store.networks.setSetting(tenantId, networkId, SETTING, kept);
}

/** True when the bot heard this person leave the network's team and not come back. */
export async function hasLeft(store: Store, tenantId: string, networkId: string, who: Who): Promise<boolean> {
  return (await read(store, tenantId, networkId)).some((l) => same(l, who));
}
