import type { Reply, RequestContext } from '../conversation/types.ts';
import { rolesText as t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import type { Person, Role } from './network.ts';

/** Leader, member, or guest (no role recorded, or outside any network). */
export type Standing = Role | 'guest';

export async function standingOf(store: Store, ctx: RequestContext): Promise<Standing> {
  const network = ctx.scope.network;
  if (!network) return 'guest';
  const role = await store.people.roleOf(network.tenantId, network.networkId, ctx.actor);
  // Everyone who can post in the network's channel is at least a member.
  return role ?? 'member';
}

/**
 * The one check for leader-only actions. Returns null when allowed, else a refusal that says who may
 * do it, so every feature refuses the same way.
 */
export async function requireLeader(store: Store, ctx: RequestContext, what: string): Promise<Reply | null> {
  const network = ctx.scope.network;
  if (!network) return { kind: 'text', text: t.needsNetwork(what) };
  if ((await store.people.roleOf(network.tenantId, network.networkId, ctx.actor)) === 'leader') return null;
  const leaders = await leadersOf(store, network.tenantId, network.networkId);
  return {
    kind: 'text',
    text: t.leaderOnly(what, leaders.map(leaderName)),
  };
}

/**
 * The network's leaders who are people (A4). A leader stored under an id that is not a Teams user's
 * («28:…» from an odd install before the fix) is no leader: it is dropped here, so the network counts
 * as leaderless and a member can take the role with «leder + @dittnavn».
 */
export async function leadersOf(store: Store, tenantId: string, networkId: string): Promise<Person[]> {
  const all = await store.people.listRole(tenantId, networkId, 'leader');
  const people = all.filter((l) => /^29:\S/.test(l.id ?? ''));
  for (const l of all)
    if (!people.includes(l))
      await store.people.removeRole(tenantId, networkId, { id: l.id, aadObjectId: l.aadObjectId });
  return people;
}

/** A leader's name as shown; never empty (A4): Teams did not give one, so a Norwegian fallback. */
export const leaderName = (p: Pick<Person, 'name'>): string => p.name?.trim() || t.unnamedLeader;
