import type { Services } from '../app/services.ts';
import { systemClock } from '../time/clock.ts';
import type { Network } from './network.ts';

/** What the names are read with: clock and log are optional for callers that have none (the edit path), which then read time from the system and log nothing. */
export type KnownNamesDeps = Pick<Services, 'store' | 'roster'> & Partial<Pick<Services, 'clock' | 'log'>>;

/** How long Teams' roster answer stands for a network: people rarely join or leave within it, and a join or leave forgets it. */
export const ROSTER_NAMES_TTL_MS = 10 * 60_000;
/** How long a failed or slow roster call stands: a storm of refused lines does not ask Teams again at once. */
export const ROSTER_FAILED_TTL_MS = 30_000;
/** How long the user's turn waits for Teams' roster; without it the line is refused as if nobody were known. */
export const ROSTER_TIMEOUT_MS = 3_000;
const MAX_NETWORKS = 2_000;

interface Cached {
  /** When the answer was asked for (clock ms), and how long it stands. */
  at: number;
  ttl: number;
  /** Single flight: every refused line of the network while the call runs waits on the same answer. */
  names: Promise<string[] | null>;
}

// Per store, as src/tab/departures.ts keeps its table: one app's cache, never shared with another app in the same process.
const caches = new WeakMap<object, Map<string, Cached>>();

function cacheOf(store: object): Map<string, Cached> {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new Map()));
  return c;
}

const keyOf = (tenantId: string, networkId: string) => `${tenantId}\u0000${networkId}`;

/** Someone joined or left the network's team: its roster names are asked of Teams again next time. */
export function forgetKnownNames(store: object, tenantId: string, networkId: string): void {
  caches.get(store)?.delete(keyOf(tenantId, networkId));
}

/**
 * The names of the adults a network knows (session 11, P1 item 2): its leaders and members as the
 * store has them, everyone in the team or chat as Teams' roster lists them (when Teams can be asked),
 * and its municipalities. The input check reads them as adults, not children: «svar fra familien til
 * Kari Nordmann» about a member is ordinary. Asked only after the check found a child's name, so a
 * line without one never waits for Teams; the roster's answer is kept per network for ten minutes
 * (review 1, M1), and a call that fails or takes longer than `timeoutMs` leaves the roster out, so
 * the line stays refused (fail closed).
 */
export async function knownAdultNames(
  s: KnownNamesDeps,
  network: Network,
  opts: { timeoutMs?: number } = {},
): Promise<string[]> {
  const names = new Set<string>();
  for (const role of ['leader', 'member'] as const)
    for (const p of await s.store.people.listRole(network.tenantId, network.networkId, role))
      if (p.name) names.add(p.name);
  for (const m of await s.store.meetings.municipalities(network.tenantId, network.networkId)) if (m) names.add(m);
  for (const n of (await rosterNames(s, network, opts.timeoutMs ?? ROSTER_TIMEOUT_MS)) ?? []) names.add(n);
  return [...names];
}

function rosterNames(s: KnownNamesDeps, network: Network, timeoutMs: number): Promise<string[] | null> {
  const roster = s.roster;
  if (!roster) return Promise.resolve(null);
  const cache = cacheOf(s.store);
  const key = keyOf(network.tenantId, network.networkId);
  const now = (s.clock ?? systemClock).now().getTime();
  const hit = cache.get(key);
  if (hit && now - hit.at >= 0 && now - hit.at < hit.ttl) return hit.names;
  const entry: Cached = { at: now, ttl: ROSTER_NAMES_TTL_MS, names: Promise.resolve(null) };
  entry.names = withTimeout(
    roster.members(network).then((people) => people.map((p) => p.name).filter((n): n is string => !!n)),
    timeoutMs,
  ).catch((err: unknown) => {
    // Teams cannot be asked now (429, 5xx, too slow): the names the store knows are enough, and the rest stays refused.
    entry.ttl = ROSTER_FAILED_TTL_MS;
    const e = err as { message?: unknown; statusCode?: unknown };
    s.log?.warn(
      {
        tenantId: network.tenantId,
        networkId: network.networkId,
        err: { message: String(e?.message ?? err), statusCode: e?.statusCode },
      },
      'known names: Teams roster unavailable, checking with the names the store knows',
    );
    return null;
  });
  cache.delete(key);
  if (cache.size >= MAX_NETWORKS) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
  return entry.names;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`roster call took longer than ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
