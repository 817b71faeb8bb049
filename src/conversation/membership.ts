import type { Services } from '../app/services.ts';
import { departedLinkText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import { hasLeft, type Who } from '../networks/departed.ts';
import { redactText } from '../privacy/redact.ts';
import { leaderMentions, mentionLine, mentionsOf } from './reach.ts';
import type { RequestContext } from './types.ts';

// Attack round 9, A3: who still belongs to a network when there is no channel to say so (a personal
// chat). The rule card actions use (leftTeamRefusal: Teams said the person left the team and they did
// not come back), and, where Teams can be asked, its roster: a person the roster does not list
// (404, and absent from the team's member list) is gone even when the leaving event never reached the
// bot. A roster that cannot be asked (Teams down, no roster in this set-up, an empty list) leaves the
// stored rule to decide, so a slow Teams does not shut members out of their own network.

/** The networks among `networks` the person still belongs to, and those they have left, in the same order. */
export async function stillMemberOf(
  s: Pick<Services, 'store' | 'roster' | 'log'>,
  tenantId: string,
  who: Who,
  networks: readonly Network[],
): Promise<{ member: Network[]; departed: Network[] }> {
  const verdicts = await Promise.all(networks.map((n) => isStillMember(s, tenantId, who, n)));
  return {
    member: networks.filter((_, i) => verdicts[i]),
    departed: networks.filter((_, i) => !verdicts[i]),
  };
}

/**
 * The active networks the person is in, in this tenant, by name: a recorded role, a message to the
 * bot in the network's channel, or a task of his own there (N2: a member holds no recorded role,
 * yet «mine oppgaver» lists his network). Apart from them (`departed`), those whose team the person
 * left (attack round 9, A3: the card actions' rule and Teams' roster, stillMemberOf), so a view of
 * one of those is refused by name. The one place a personal chat picks a person's networks.
 */
export async function myNetworks(
  s: Pick<Services, 'store' | 'roster' | 'log' | 'clock'>,
  ctx: Pick<RequestContext, 'scope' | 'actor'>,
): Promise<{ member: Network[]; departed: Network[] }> {
  const stored = await s.store.people.memberNetworksOf(ctx.scope.tenantId, ctx.actor);
  const known = stored.length ? stored : await networksOnRoster(s, ctx.scope.tenantId, ctx.actor);
  const owning = (await s.store.tasks.listOpenForPerson(ctx.scope.tenantId, ctx.actor)).map((x) => x.networkId);
  const ids = [...new Set([...known, ...owning])];
  const found = await Promise.all(ids.map((id) => s.store.networks.get(ctx.scope.tenantId, id)));
  const active = found
    .filter((n): n is Network => Boolean(n?.active))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb', { numeric: true }));
  return stillMemberOf(s, ctx.scope.tenantId, ctx.actor, active);
}

/** How long «not in any of the tenant's teams» stands before Teams' roster is asked again for the same person. */
const NOT_ON_ROSTER_TTL_MS = 10 * 60_000;
/** A tenant's networks asked about at most, so one personal message never waits on dozens of roster calls. */
const MAX_ASKED = 20;
const MAX_CACHED = 5000;
// Kept per store, so two apps in one process (tests, or a tool beside the bot) never share what one learnt.
const notOnRosterBy = new WeakMap<object, Map<string, number>>();
function notOnRosterOf(store: object): Map<string, number> {
  let kept = notOnRosterBy.get(store);
  if (!kept) notOnRosterBy.set(store, (kept = new Map()));
  return kept;
}

/**
 * Month round 13, #1: a member who has not yet written in the channel (or joined before the bot
 * heard it) is in the team all the same, so where the bot knows no network of theirs, Teams' roster
 * is asked for each of the tenant's networks. A network that lists them is recorded as theirs (as a
 * line to the bot in its channel would), so the roster is asked once; an empty answer is kept a while.
 */
async function networksOnRoster(
  s: Pick<Services, 'store' | 'roster' | 'log' | 'clock'>,
  tenantId: string,
  who: Person,
): Promise<string[]> {
  const roster = s.roster;
  if (!roster || !who.aadObjectId || !who.id) return [];
  const now = s.clock.now().getTime();
  const key = `${tenantId}\u0000${who.aadObjectId.toLowerCase()}`;
  const notOnRoster = notOnRosterOf(s.store);
  const at = notOnRoster.get(key);
  if (at !== undefined && now - at >= 0 && now - at < NOT_ON_ROSTER_TTL_MS) return [];
  const networks = (await s.store.networks.listActive(tenantId)).slice(0, MAX_ASKED);
  const found = await Promise.all(
    networks.map(async (n) => {
      try {
        const m = await roster.member(n, who.aadObjectId!);
        if (!m) return null;
        await s.store.people.noteSeen(
          tenantId,
          n.networkId,
          { ...who, name: redactText(who.name || m.name) },
          new Date(now),
        );
        return n.networkId;
      } catch (err) {
        s.log.warn({ err: { message: (err as Error).message }, networkId: n.networkId }, 'roster look-up failed');
        return null;
      }
    }),
  );
  const ids = found.filter((id): id is string => id !== null);
  if (!ids.length) {
    if (notOnRoster.size >= MAX_CACHED) notOnRoster.delete(notOnRoster.keys().next().value!);
    notOnRoster.set(key, now);
  }
  return ids;
}

/** Someone joined a team (membersAdded): a «not on any roster» kept for them no longer holds. */
export function forgetNotOnRoster(store: object, tenantId: string, who: Who): void {
  if (who.aadObjectId) notOnRosterOf(store).delete(`${tenantId}\u0000${who.aadObjectId.toLowerCase()}`);
}

/** Whether `networkId` is one of the person's networks by myNetworks: what a personal chat may act on. */
export async function isMyNetwork(
  s: Pick<Services, 'store' | 'roster' | 'log' | 'clock'>,
  ctx: Pick<RequestContext, 'scope' | 'actor'>,
  networkId: string,
): Promise<boolean> {
  return (await myNetworks(s, ctx)).member.some((n) => n.networkId === networkId);
}

async function isStillMember(
  s: Pick<Services, 'store' | 'roster' | 'log'>,
  tenantId: string,
  who: Who,
  network: Network,
): Promise<boolean> {
  if (await hasLeft(s.store, tenantId, network.networkId, who)) return false;
  if (!s.roster || !who.aadObjectId) return true;
  try {
    if ((await s.roster.member(network, who.aadObjectId)) !== null) return true;
    // Not found: gone, when Teams lists the team's members and they are not among them. A list with
    // nobody in it is no answer (a team always has members), so the stored rule decides then.
    const everyone = await s.roster.members(network);
    return everyone.length === 0 || everyone.some((m) => sameWho(m, who));
  } catch (err) {
    s.log.warn({ err: { message: (err as Error).message }, networkId: network.networkId }, 'roster look-up failed');
    return true;
  }
}

const sameWho = (m: Who, who: Who) =>
  Boolean((m.aadObjectId && m.aadObjectId === who.aadObjectId) || (m.id && m.id === who.id));

/**
 * Someone who left asked for the network's calendar link (refused): the link they may have had still
 * opens the calendar until a leader replaces it, so the leaders are told once per person, in the
 * channel as a leaver's leaving is, with the command that replaces it.
 */
export async function tellLeadersDepartedAskedLink(
  s: Pick<Services, 'store' | 'messenger' | 'clock' | 'log'>,
  network: Network,
  who: Person,
): Promise<void> {
  try {
    // The store's once-only hints (keyed by the link, not a meeting): a second instance or a restart does not repeat it.
    const key = `departed-asked:${who.aadObjectId || who.id}`;
    if (!(await s.store.meetings.markHint(network.tenantId, network.networkId, 'calendar-link', key, s.clock.now())))
      return;
    const { leaders, mentions } = await leaderMentions(s.store, network);
    await s.messenger.startThread(network, {
      text: departedLinkText.asked(mentionLine(mentions), who.name),
      ...(leaders.length ? { mentions: mentionsOf(leaders) } : {}),
    });
  } catch (err) {
    s.log.warn(
      { err: { message: (err as Error).message }, networkId: network.networkId },
      'could not tell the leaders',
    );
  }
}
