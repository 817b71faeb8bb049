import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { common, departedText } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { hasLeft } from '../networks/departed.ts';
import { knownAdultNames, type KnownNamesDeps } from '../networks/known-names.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import type { Store } from '../store/store.ts';
import { stillMemberOf } from './membership.ts';
import { card, text, type Reply, type RequestContext } from './types.ts';

// The interaction rules every feature shares (#14): one place each, so a feature applies them by name.

/** The one answer to a card clicked in another network's conversation than the one it was made for. */
export const wrongNetworkCard: ActionResult = { kind: 'message', text: common.wrongNetworkCard };

/**
 * The network a clicked card may act on: the conversation's, when the card was made for it. Null
 * (answer with wrongNetworkCard) when the conversation has no network or a different one.
 */
export function cardNetwork(ctx: Pick<RequestContext, 'scope'>, networkId: string): Network | null {
  const network = ctx.scope.network;
  return network && network.networkId === networkId ? network : null;
}

/** requireLeader for a card click: null when the clicker is a leader, else the same refusal as a message. */
export async function leaderOnlyClick(store: Store, ctx: RequestContext, what: string): Promise<ActionResult | null> {
  const refused = await requireLeader(store, ctx, what);
  if (!refused) return null;
  return { kind: 'message', text: refused.kind === 'text' ? refused.text : what };
}

/**
 * Both checks of a leader's card button, in the order every feature used: the card's network, then
 * the leader. The network to act on, or the answer to give.
 */
export async function leaderCardNetwork(
  store: Store,
  ctx: RequestContext,
  networkId: string,
  what: string,
): Promise<{ network: Network } | { refused: ActionResult }> {
  const network = cardNetwork(ctx, networkId);
  if (!network) return { refused: wrongNetworkCard };
  const refused = await leaderOnlyClick(store, ctx, what);
  return refused ? { refused } : { network };
}

/**
 * The one check for people who left (N17): a command or card press from someone the bot heard leave
 * the network's team is refused, whatever it asks. The network is the conversation's, or for a card
 * in a personal chat the one the card names. There no channel vouches for the presser, and a leaving
 * event may never have reached the bot, so Teams' roster is asked too (stillMemberOf), the rule the
 * personal views already keep (trust review, item 5). The refusal to give, or null.
 */
export async function leftTeamRefusal(
  s: Pick<Services, 'store' | 'roster' | 'log'>,
  ctx: RequestContext,
  cardData?: unknown,
): Promise<string | null> {
  const named = (cardData as { networkId?: unknown } | null | undefined)?.networkId;
  const networkId = ctx.scope.network?.networkId ?? (typeof named === 'string' ? named : null);
  if (!networkId) return null;
  const { tenantId } = ctx.scope;
  if (await hasLeft(s.store, tenantId, networkId, ctx.actor)) return departedText.refused;
  if (ctx.scope.network || ctx.scope.conversationType !== 'personal') return null;
  const network = await s.store.networks.get(tenantId, networkId);
  // A card naming no network of this tenant: the use case answers it (not found, wrong network).
  if (!network) return null;
  const { member } = await stillMemberOf(s, tenantId, ctx.actor, [network]);
  return member.length ? null : departedText.refused;
}

/** `child`: refused for naming a child (so a caller may check again knowing the network's adults). */
export type CheckedInput = { ok: true; text: string } | { ok: false; reply: Reply[]; child?: boolean };

/** What a text over a feature's limit is refused with: its title, a message naming length and limit, an example. */
export interface InputLimit {
  max: number;
  title: string;
  message?: (length: number, max: number) => string;
  example?: string;
  /** Adults the network knows, not read as children (knownAdultNames; checkInputKnowing fills it). */
  known?: readonly string[];
}

/**
 * The input check: privacy first (an identity number or a child's name is refused, never echoed: guard), then length. Text
 * over the limit is refused whole, never cut, and shown back so nothing has to be typed again.
 */
export function checkInput(raw: string, limit: InputLimit): CheckedInput {
  const g = guard(raw, { known: limit.known });
  if (!g.ok) return { ok: false, reply: [text(g.message)], ...(g.child ? { child: true } : {}) };
  const trimmed = raw.trim();
  if (trimmed.length > limit.max) {
    const notice = noticeCard({
      title: limit.title,
      message: limit.message?.(trimmed.length, limit.max),
      example: limit.example,
      typed: trimmed,
      tone: 'error',
    });
    return { ok: false, reply: [card(notice)] };
  }
  return { ok: true, text: trimmed };
}

/**
 * checkInput for text typed in a network's conversation: a name refused as a child's is checked once
 * more knowing the adults the network has (members on Teams' roster, leaders, municipalities, the
 * writer and whom they mention), so «svar fra familien til Kari Nordmann» about a member goes in
 * while a child sign beside any other name is still refused (session 11, P1 item 2). The roster is
 * asked only then, so an ordinary line never waits for Teams.
 */
export async function checkInputKnowing(
  s: KnownNamesDeps,
  ctx: Pick<RequestContext, 'scope' | 'actor' | 'mentions'>,
  raw: string,
  limit: InputLimit,
): Promise<CheckedInput> {
  const first = checkInput(raw, limit);
  if (first.ok || !first.child || !ctx.scope.network) return first;
  return checkInput(raw, { ...limit, known: [...(limit.known ?? []), ...(await adultsKnownHere(s, ctx))] });
}

/**
 * The adults a text typed in a network's conversation may name (checkInputKnowing's list): the
 * network's known names, the writer and whom they mention. Empty outside a network.
 */
export async function adultsKnownHere(
  s: KnownNamesDeps,
  ctx: Pick<RequestContext, 'scope' | 'actor' | 'mentions'>,
): Promise<string[]> {
  const network = ctx.scope.network;
  if (!network) return [];
  const known = [...(await knownAdultNames(s, network)), ctx.actor.name, ...ctx.mentions.map((m) => m.name)];
  return known.filter(Boolean);
}
