// Whether the bot serves a tenant at all (it has an active network there), asked before a tab token's
// signature is checked. Anonymous requests can name any tenant: a served one is remembered a while, so
// a flood naming it costs the store one query per period, not one per request. An unserved one is asked
// again each time (one indexed look-up, behind the per-address limit), so a tenant that has just
// installed the bot can open the tab at once.

const KNOWN_MS = 5 * 60_000;
const MAX_REMEMBERED = 2_000;

export function servedTenants(
  ask: (tenantId: string) => Promise<boolean>,
  now: () => number,
): (tenantId: string) => Promise<boolean> {
  const memo = new Map<string, number>();
  return async (tenantId) => {
    const until = memo.get(tenantId);
    if (until !== undefined && until > now()) return true;
    const served = await ask(tenantId);
    memo.delete(tenantId);
    if (!served) return false;
    // The oldest first in a Map's order: beyond the cap, forget those.
    for (const k of memo.keys()) {
      if (memo.size < MAX_REMEMBERED) break;
      memo.delete(k);
    }
    memo.set(tenantId, now() + KNOWN_MS);
    return true;
  };
}
