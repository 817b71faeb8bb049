import type { Services } from '../app/services.ts';
import type { RequestContext } from '../conversation/types.ts';
import type { Network, Person, Role } from '../networks/network.ts';
import type { TabIdentity } from './auth.ts';
import { hasLeft } from '../networks/departed.ts';
import { departureMark, leftAt } from './departures.ts';

/** How long Teams' answer about a person's membership is kept: leaving a team shows within minutes. */
const MEMBER_TTL_MS = 5 * 60_000;
/** A "not in the team" is kept shorter: someone just added should not wait five minutes for the tab. */
const NOT_MEMBER_TTL_MS = 60_000;
const MAX_CACHED = 5000;

export type Access = { ok: true; network: Network; role: Role; actor: Person } | { ok: false; status: 403 | 503 };

/**
 * Maps the token's person (tenant + Entra object id) to their place in a network: a leader the
 * store knows, else a member when Teams' roster has them in the team or chat. A network of
 * another tenant, one that does not exist, one the bot left, and one the person is not in all
 * give the same 403, so a tampered network id learns nothing.
 */
export class TabAccess {
  readonly #s: Services;
  /** `storedLeft`: the stored leavers record named the person when Teams' roster was asked. */
  readonly #cache = new Map<string, { person: Person | null; at: number; mark: number; storedLeft: boolean }>();

  constructor(s: Services) {
    this.#s = s;
  }

  async resolve(who: TabIdentity, networkId: string): Promise<Access> {
    const network = await this.#s.store.networks.get(who.tenantId, networkId);
    if (!network || !network.active || network.tenantId !== who.tenantId) return { ok: false, status: 403 };
    return this.resolveIn(who, network);
  }

  async resolveIn(who: TabIdentity, network: Network): Promise<Access> {
    const { store } = this.#s;
    const ids = { aadObjectId: who.oid, ...(who.teamsUserId ? { id: who.teamsUserId } : {}) };
    // The playground's people have no roster to ask: once the bot heard them leave, they are out until
    // they join again (this process's record, or the stored one another instance wrote).
    if (
      who.local &&
      (leftAt(store, network.tenantId, network.networkId, ids) !== null ||
        (await hasLeft(store, network.tenantId, network.networkId, ids)))
    )
      return { ok: false, status: 403 };
    const stored = await store.people.roleOf(network.tenantId, network.networkId, ids);
    if (stored === 'leader') {
      const known = (await store.people.listRole(network.tenantId, network.networkId, 'leader')).find(
        (p) => p.aadObjectId === who.oid || (!!who.teamsUserId && p.id === who.teamsUserId),
      );
      return {
        ok: true,
        network,
        role: 'leader',
        actor: {
          id: known?.id ?? who.teamsUserId ?? who.oid,
          aadObjectId: who.oid,
          name: who.name || known?.name || '',
        },
      };
    }
    // The playground's own tokens name one of its two people and the demo team its roster puts them in
    // (A6): a member there, or where the bot has them on record (a role, or seen writing there, N2);
    // anywhere else 403, as Teams' roster would.
    if (who.local) {
      const inRoster =
        !!stored ||
        (who.localTeams ?? []).includes(network.networkId) ||
        (await store.people.memberNetworksOf(network.tenantId, ids)).includes(network.networkId);
      if (!inRoster) return { ok: false, status: 403 };
      return {
        ok: true,
        network,
        role: stored ?? 'member',
        actor: { id: who.teamsUserId ?? who.oid, aadObjectId: who.oid, name: who.name },
      };
    }
    const member = await this.#member(network, who.oid);
    if (member === 'unavailable') return { ok: false, status: 503 };
    if (!member) return { ok: false, status: 403 };
    return {
      ok: true,
      network,
      role: stored ?? 'member',
      actor: { id: member.id, aadObjectId: who.oid, name: who.name || member.name },
    };
  }

  async #member(network: Network, oid: string): Promise<Person | null | 'unavailable'> {
    const roster = this.#s.roster;
    if (!roster) return null;
    const key = `${network.tenantId}\u0000${network.networkId}\u0000${oid.toLowerCase()}`;
    const now = this.#s.clock.now().getTime();
    const hit = this.#cache.get(key);
    // A leaving the bot heard after this answer was taken makes it stale: Teams' roster is asked again.
    const ids = { aadObjectId: oid, id: hit?.person?.id };
    const left = leftAt(this.#s.store, network.tenantId, network.networkId, ids);
    // The stored record (shared by every instance, review item 10): a leaving another instance heard
    // since this answer was taken makes it stale too, so Teams' roster decides again.
    const storedLeft = await hasLeft(this.#s.store, network.tenantId, network.networkId, ids);
    const fresh = !hit || ((left === null || left <= hit.mark) && (!storedLeft || hit.storedLeft));
    if (hit && fresh && now - hit.at >= 0 && now - hit.at < (hit.person ? MEMBER_TTL_MS : NOT_MEMBER_TTL_MS))
      return hit.person;
    const mark = departureMark();
    let person: Person | null;
    try {
      person = await roster.member(network, oid);
    } catch (err) {
      this.#s.log.warn(
        { err: { message: (err as Error).message }, networkId: network.networkId },
        'tab: roster could not be asked',
      );
      return 'unavailable';
    }
    if (this.#cache.size >= MAX_CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    const leftWhenAsked =
      person && person.id !== ids.id
        ? await hasLeft(this.#s.store, network.tenantId, network.networkId, { aadObjectId: oid, id: person.id })
        : storedLeft;
    this.#cache.set(key, { person, at: now, mark, storedLeft: leftWhenAsked });
    return person;
  }
}

/** The request context a card click in the network's channel would have: the domain code sees no difference. */
export function tabContext(s: Services, network: Network, actor: Person): RequestContext {
  return {
    scope: {
      tenantId: network.tenantId,
      conversationType: network.scope === 'team' ? 'channel' : 'groupChat',
      conversationId: network.conversation.conversationId,
      network,
      threadId: null,
      activityId: null,
      cardActivityId: null,
    },
    actor,
    text: '',
    mentions: [],
    mentionedBot: true,
    now: s.clock.now(),
    log: s.log.child({ via: 'tab', networkId: network.networkId }),
  };
}
