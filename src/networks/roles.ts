import type { Reply, RequestContext } from '../conversation/types.ts';
import { rolesText as t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import type { Role } from './network.ts';

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
  const leaders = await store.people.listRole(network.tenantId, network.networkId, 'leader');
  return {
    kind: 'text',
    text: t.leaderOnly(
      what,
      leaders.map((l) => l.name),
    ),
  };
}
