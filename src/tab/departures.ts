import type { Store } from '../store/store.ts';

/**
 * People the bot heard leave a network's team or chat (Teams: conversationUpdate, membersRemoved).
 * Teams names a leaver by their Teams id only; the tab knows a person by their Entra object id and,
 * once the roster answered, their Teams id too, so both are kept. The record lives with the store it
 * belongs to (one per running server): the tab asks it before its cached roster answer, so a person
 * who left loses the tab at once, not when the cached "member" goes stale. Joining again clears it.
 */
export interface Leaver {
  id?: string | undefined;
  aadObjectId?: string | undefined;
}

const MAX_KEPT = 10_000;
const byStore = new WeakMap<object, Map<string, number>>();
/** Leavings are numbered, not timed: the tab compares them with when it asked the roster, on any clock. */
let counter = 0;

/** The number of the latest leaving heard so far: a roster answer taken now is newer than every leaving up to it. */
export const departureMark = (): number => counter;

function table(store: Store): Map<string, number> {
  let t = byStore.get(store);
  if (!t) byStore.set(store, (t = new Map()));
  return t;
}

const keysOf = (tenantId: string, networkId: string, who: Leaver): string[] =>
  [who.id, who.aadObjectId?.toLowerCase()].filter(Boolean).map((k) => `${tenantId}\u0000${networkId}\u0000${k}`);

export function noteLeft(store: Store, tenantId: string, networkId: string, who: Leaver): void {
  const t = table(store);
  const mark = ++counter;
  for (const k of keysOf(tenantId, networkId, who)) {
    if (t.size >= MAX_KEPT) t.delete(t.keys().next().value!);
    t.set(k, mark);
  }
}

export function noteJoined(store: Store, tenantId: string, networkId: string, who: Leaver): void {
  const t = table(store);
  for (const k of keysOf(tenantId, networkId, who)) t.delete(k);
}

/** The number of the person's latest leaving, or null when the bot has not heard them leave (or heard them join again). */
export function leftAt(store: Store, tenantId: string, networkId: string, who: Leaver): number | null {
  const t = table(store);
  let at: number | null = null;
  for (const k of keysOf(tenantId, networkId, who)) {
    const v = t.get(k);
    if (v !== undefined && (at === null || v > at)) at = v;
  }
  return at;
}
