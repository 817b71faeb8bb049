import { z } from 'zod';
import { leaderRemoveCard, type LeaderRemoveState } from '../../cards/leader-remove.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { answerOnce, askedCardFields, askOnce } from '../conversation/confirmations.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { networkHere } from '../conversation/network.ts';
import { mentionLine, mentionsOf, reachPerson } from '../conversation/reach.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { roleCommandText as t } from '../i18n/index.ts';
import type { Person } from './network.ts';
import { leadersOf } from './roles.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';

// Month round 9, N5: a co-leader added a minute before removed the network's leader with one line, and
// she heard nothing. Removing another leader is asked about on a single-use card; once confirmed, the
// removed leader is @mentioned in the channel (Teams notifies her) and told in her personal chat.

const CONFIRM_VALID_MS = 60 * 60_000;

export const removeLeaderData = z.object({
  leaderId: z.string().min(1).max(300),
  leaderName: z.string().max(300),
  networkId: z.string().min(1).max(300),
  ...askedCardFields,
});

/**
 * The nonce confirms removing this one leader, asked by the one the card names: a card for Ola cannot
 * remove Kari, nor name another asker, with edited data.
 */
const purpose = (leaderId: string) => `leader.remove:${leaderId}`;

const same = (a: Pick<Person, 'id' | 'aadObjectId'>, b: Pick<Person, 'id' | 'aadObjectId'>) =>
  a.id === b.id || (!!a.aadObjectId && a.aadObjectId === b.aadObjectId);

/** Whether `who` is another person than the one asking. */
export const isOther = (ctx: RequestContext, who: Pick<Person, 'id' | 'aadObjectId'>) => !same(ctx.actor, who);

/** `leder - @Kari` by another leader: the confirmation card (the caller checked the asker is a leader). */
export async function askRemoveLeader(s: Services, ctx: RequestContext, leader: Person): Promise<Reply[]> {
  const network = networkHere(ctx);
  const once = await askOnce(s, network, purpose(leader.id), ctx.actor, CONFIRM_VALID_MS);
  return [card(leaderRemoveCard({ networkId: network.networkId, leader, ...once, state: { kind: 'asked' } }))];
}

/**
 * Both buttons. A click by someone who is not a leader (or in another network) leaves the card usable;
 * the first answer by a leader uses the nonce up, so a second click changes nothing. The last leader is
 * never removed, whatever happened between the question and the click.
 */
export async function answerRemoveLeader(
  s: Services,
  ctx: RequestContext,
  d: z.infer<typeof removeLeaderData>,
  confirm: boolean,
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, d.networkId, t.changeWhat);
  if ('refused' in checked) return checked.refused;
  const n = checked.network;
  const leaders = await leadersOf(s.store, n.tenantId, n.networkId);
  const leader = leaders.find((l) => l.id === d.leaderId);
  const shown = leader ?? { id: d.leaderId, name: d.leaderName };
  // Month s16 #7: Ola kept himself as leader on Kari's card about removing him, and Kari heard nothing. The
  // one the question is about does not answer it; the card stays for the asker or another leader.
  if (
    !confirm &&
    !isOther(ctx, { id: d.leaderId, ...(leader?.aadObjectId ? { aadObjectId: leader.aadObjectId } : {}) })
  )
    return { kind: 'message', text: t.removeCard.notOwnRemoval(d.askedBy ?? '') };
  const { use, askedBy } = await answerOnce(s, n, purpose(d.leaderId), d, ctx.actor);
  const answer = (state: LeaderRemoveState) =>
    leaderRemoveCard({ networkId: n.networkId, leader: shown, expires: d.expires, askedBy, state });
  if (use !== 'ok') return { kind: 'card', card: answer({ kind: use }) };
  if (!confirm) return answered(s, ctx, answer({ kind: 'kept', by: ctx.actor.name }));
  if (!leader) return answered(s, ctx, answer({ kind: 'used' }));
  // Two cards confirmed at once (on two instances) must not remove both leaders (review 2, M2).
  const who = { id: leader.id, aadObjectId: leader.aadObjectId };
  if (!(await s.store.people.removeLeaderUnlessLast(n.tenantId, n.networkId, who)))
    return answered(s, ctx, answer({ kind: 'last' }));
  if (isOther(ctx, leader)) await tellRemoved(s, ctx, leader);
  return answered(s, ctx, answer({ kind: 'removed', by: ctx.actor.name }));
}

/**
 * A leader removes another leader by a step that already names who is removed (the tab's «Fjern Ola
 * som leder» button): no card to confirm, but the removed leader is told as after the card. The last
 * leader is kept. Returns the line for the asker, and whether the role went.
 */
export async function removeAnotherLeader(
  s: Services,
  ctx: RequestContext,
  leader: Person,
): Promise<{ removed: boolean; message: string }> {
  const n = networkHere(ctx);
  const who = { id: leader.id, aadObjectId: leader.aadObjectId };
  if (!(await s.store.people.removeLeaderUnlessLast(n.tenantId, n.networkId, who)))
    return { removed: false, message: t.lastLeaderOther(leader.name) };
  await tellRemoved(s, ctx, leader);
  return { removed: true, message: t.removed(leader.name) };
}

/**
 * The new leader hears it (month s16 #7): in the personal chat, or by an @mention in a new channel thread
 * when the bot cannot reach them there. One who made themselves leader needs no word.
 */
export async function tellAdded(s: Services, ctx: RequestContext, leader: Person): Promise<void> {
  if (!isOther(ctx, leader)) return;
  const n = networkHere(ctx);
  await reachPerson(s.messenger, n, leader, (mention) => t.addedTold(mention, ctx.actor.name, n.name)).catch(
    (err: unknown) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell a new leader'),
  );
}

/** The removed leader hears it: an @mention where the card was (Teams notifies her) and her personal chat. */
async function tellRemoved(s: Services, ctx: RequestContext, leader: Person): Promise<void> {
  const n = networkHere(ctx);
  const line = t.removedTold(ctx.actor.name, leader.name);
  const mentions = mentionsOf([leader]);
  const warn = (what: string) => (err: unknown) => ctx.log.warn({ err: { message: (err as Error).message } }, what);
  await s.messenger
    .send(n.conversation, { text: `${mentionLine(mentions)} ${line}`, mentions, summary: line }, ctx.scope.threadId)
    .catch(warn('could not tell a removed leader in the channel'));
  await s.messenger
    .sendToPerson(n.tenantId, leader, { text: line, summary: line })
    .catch(warn('could not tell a removed leader in the personal chat'));
}

const answered = (s: Services, ctx: RequestContext, c: ReturnType<typeof leaderRemoveCard>) =>
  answerClickedCard(s, ctx, ctx.scope.network, c, 'the posted leader card');
