import { escalationCard } from '../../../cards/answer-escalation.ts';
import type { ActionResult } from '../../commands/spec.ts';
import { onceAtATime } from '../../conversation/confirmations.ts';
import { cardNetwork, wrongNetworkCard } from '../../conversation/guards.ts';
import { leaderMentions } from '../../conversation/reach.ts';
import type { Posted } from '../../messaging/messenger.ts';
import { leadersOf } from '../../networks/roles.ts';
import type { Escalation } from '../repository.ts';
import type { RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import type { Network } from '../../networks/network.ts';
import { checkPrivacy, networksOf, type GuidelinesDeps } from './deps.ts';
import { questionOf } from './escalation-ref.ts';

/** Unanswered questions one member may have with a network's leaders at a time (A9). */
export const MAX_OPEN_ESCALATIONS = 5;

/** The network an escalation goes to: the one it was asked in, else the asker's own, chosen on the card when several. */
async function escalationTarget(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  chosen: string | undefined,
): Promise<Network | ActionResult> {
  const here = ctx.scope.network;
  if (here) return chosen && !cardNetwork(ctx, chosen) ? wrongNetworkCard : here;
  const mine = await networksOf(deps.s, ctx);
  if (chosen) return mine.find((n) => n.networkId === chosen) ?? { kind: 'message', text: t.escalation.notYourNetwork };
  const [only] = mine;
  if (only && mine.length === 1) return only;
  return { kind: 'message', text: mine.length ? t.card.chooseNetwork : t.escalation.noNetwork };
}

/** «Spør lederne»: the question goes to the network's leaders as a card that @mentions them. */
export async function escalate(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  data: { ref?: string | undefined; networkId?: string | undefined; way?: 'private' | 'channel' | undefined },
): Promise<ActionResult> {
  // The question is the one the bot answered, read from the card's sealed reference; text sent with
  // the click is never used, and a reference that does not open (altered, or a card from before) posts nothing.
  const question = data.ref ? await questionOf(deps.s.store.secrets, data.ref, deps.s.clock.now()) : null;
  if (question === null) {
    ctx.log.info('escalation refused: no question reference that opens');
    return { kind: 'message', text: t.escalation.staleCard };
  }
  const privacy = checkPrivacy(question);
  if (!privacy.ok) return { kind: 'message', text: privacy.childRefusal ?? t.privacyRefused };
  const target = await escalationTarget(deps, ctx, data.networkId || undefined);
  if ('kind' in target) return target;
  const network = target;
  // Two clicks at once would both find the question not sent yet: one posts, the other is told it is sent.
  const busy = (): ActionResult => ({ kind: 'message', text: t.escalation.alreadySent });
  return onceAtATime(
    deps.s.store,
    network,
    'guidelines.escalate',
    `${ctx.actor.id}\n${question}`,
    deps.s.clock.now(),
    60_000,
    () => postEscalation(deps, ctx, network, question, data.way === 'private' && !ctx.scope.network),
    busy,
  );
}

async function postEscalation(
  { s }: GuidelinesDeps,
  ctx: RequestContext,
  network: Network,
  question: string,
  privately: boolean,
): Promise<ActionResult> {
  let e = await s.store.guidelines.findEscalation(network.tenantId, network.networkId, ctx.actor.id, question);
  // A double click or a replayed invoke must not post the question twice; a failed post may be retried.
  if (e?.posted) return { kind: 'message', text: t.escalation.alreadySent };
  // Each card @mentions every leader: one member's open questions are capped until the leaders catch up.
  const open = await s.store.guidelines.countOpenEscalations(network.tenantId, network.networkId, ctx.actor.id);
  if (open >= MAX_OPEN_ESCALATIONS) {
    ctx.log.info({ open }, 'escalation refused: too many unanswered');
    return { kind: 'message', text: t.escalationLimit(MAX_OPEN_ESCALATIONS) };
  }
  // The count above is a quick answer; the capped insert holds the cap when questions arrive at once.
  const now = s.clock.now();
  e ??= await s.store.guidelines.createEscalationWithin(
    {
      tenantId: network.tenantId,
      networkId: network.networkId,
      question,
      askedBy: ctx.actor,
      createdAt: now.toISOString(),
    },
    MAX_OPEN_ESCALATIONS,
    new Date(now.getTime() - 10 * 60_000).toISOString(),
  );
  if (!e) return { kind: 'message', text: t.escalationLimit(MAX_OPEN_ESCALATIONS) };
  if (privately) return sendPrivately({ s }, ctx, network, e);
  const { leaders, mentions } = await leaderMentions(s.store, network);
  try {
    const posted = await s.messenger.startThread(network, {
      text: leaders.length ? t.escalation.mentionLine(leaders.map((l) => l.name)) : t.escalation.noLeaderLine,
      mentions,
      card: escalationCard(e, null, s.config.timezone),
      summary: t.escalation.summary,
    });
    await s.store.guidelines.setEscalationPosted(network.tenantId, network.networkId, e.id, posted);
  } catch (err) {
    ctx.log.warn({ err: { message: (err as Error).message }, escalationId: e.id }, 'could not post escalation');
    return { kind: 'message', text: t.escalation.failed };
  }
  ctx.log.info({ escalationId: e.id, leaders: leaders.length }, 'guidelines question escalated');
  return { kind: 'message', text: t.escalation.sent(network.name) };
}

/**
 * N17: people ask in a personal chat so as not to ask in front of every municipality. Asked privately,
 * the question goes to each leader's personal chat and never to the channel; the answer goes back the same way.
 */
async function sendPrivately(
  { s }: Pick<GuidelinesDeps, 's'>,
  ctx: RequestContext,
  network: Network,
  e: Escalation,
): Promise<ActionResult> {
  const leaders = await leadersOf(s.store, network.tenantId, network.networkId);
  const card = escalationCard(e, null, s.config.timezone, true);
  const text = t.escalation.privateLine(network.name, e.askedBy.name);
  let first: Posted | null = null;
  for (const leader of leaders) {
    const posted = await s.messenger
      .sendToPerson(network.tenantId, leader, { text, card, summary: t.escalation.summary })
      .catch((err) => {
        ctx.log.warn({ err: { message: (err as Error).message }, escalationId: e.id }, 'could not reach a leader');
        return null;
      });
    first ??= posted;
  }
  if (!first) return { kind: 'message', text: t.escalation.privateFailed };
  await s.store.guidelines.setEscalationPosted(network.tenantId, network.networkId, e.id, {
    conversationId: first.conversationId,
    activityId: first.activityId,
    privately: true,
  });
  ctx.log.info({ escalationId: e.id, leaders: leaders.length }, 'guidelines question escalated privately');
  return { kind: 'message', text: t.escalation.sentPrivately(network.name) };
}
