import { answerCard } from '../../../cards/answer.ts';
import { escalationCard } from '../../../cards/answer-escalation.ts';
import type { ActionResult } from '../../commands/spec.ts';
import { onceAtATime } from '../../conversation/confirmations.ts';
import { cardNetwork, leaderOnlyClick, wrongNetworkCard } from '../../conversation/guards.ts';
import { mentionsOf } from '../../conversation/reach.ts';
import type { RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import type { Network } from '../../networks/network.ts';
import { localEntryId, toLocalEntry } from '../local-entries.ts';
import type { Escalation, LocalAnswer } from '../repository.ts';
import { checkPrivacy, type GuidelinesDeps } from './deps.ts';

const ANSWER_MIN = 10;
const ANSWER_MAX = 2000;

/** «Lagre» on an escalation card: a leader's answer, kept for the network and told to the asker. */
export async function saveAnswer(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  data: { networkId: string; escalationId: string; answer: string },
): Promise<ActionResult> {
  const found = await answeringNetwork(deps, ctx, data.networkId);
  if ('kind' in found) return found;
  const { network } = found;
  const text = data.answer.trim();
  if (text.length < ANSWER_MIN || text.length > ANSWER_MAX) return { kind: 'message', text: t.escalation.answerError };
  const privacy = checkPrivacy(text);
  if (!privacy.ok) return { kind: 'message', text: privacy.childRefusal ?? t.privacyRefused };
  const e = await deps.s.store.guidelines.getEscalation(network.tenantId, network.networkId, data.escalationId);
  if (!e) return { kind: 'message', text: t.escalation.notFound };
  // Two clicks on Lagre at once would both find the answer unsaved and tell the asker twice.
  return onceAtATime(
    deps.s.store,
    network,
    'guidelines.saveAnswer',
    e.id,
    deps.s.clock.now(),
    60_000,
    () => storeAnswer(deps, ctx, network, e, text),
    (): ActionResult => ({ kind: 'message', text: t.escalation.saved }),
  );
}

/**
 * The network whose question a leader answers: the channel's, or for a question sent privately (N17)
 * the one the card in the leader's personal chat names, when the clicker leads it.
 */
async function answeringNetwork(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  networkId: string,
): Promise<{ network: Network } | ActionResult> {
  if (ctx.scope.network || ctx.scope.conversationType !== 'personal') {
    const refused = await leaderOnlyClick(deps.s.store, ctx, t.escalation.leaderWhat);
    if (refused) return refused;
    const network = cardNetwork(ctx, networkId);
    return network ? { network } : wrongNetworkCard;
  }
  const network = await deps.s.store.networks.get(ctx.scope.tenantId, networkId);
  if (!network?.active) return wrongNetworkCard;
  const role = await deps.s.store.people.roleOf(network.tenantId, network.networkId, ctx.actor);
  // Someone the network does not know gets no more than a card from elsewhere: naming its leaders
  // would tell a stranger in the tenant who runs a network they are not in.
  if (role === null) return wrongNetworkCard;
  if (role !== 'leader') {
    const refused = await leaderOnlyClick(
      deps.s.store,
      { ...ctx, scope: { ...ctx.scope, network } },
      t.escalation.leaderWhat,
    );
    return refused ?? wrongNetworkCard;
  }
  return { network };
}

async function storeAnswer(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  network: Network,
  e: Escalation,
  text: string,
): Promise<ActionResult> {
  const { s } = deps;
  const id = localEntryId(e.id);
  const before = (await s.store.guidelines.listLocalAnswers(network.tenantId, network.networkId)).find(
    (a) => a.id === id,
  );
  const saved: LocalAnswer = {
    tenantId: network.tenantId,
    networkId: network.networkId,
    id,
    question: e.question,
    answer: text,
    savedBy: ctx.actor,
    savedAt: s.clock.now().toISOString(),
    escalationId: e.id,
  };
  await s.store.guidelines.saveLocalAnswer(saved);
  deps.local.invalidate(network.tenantId, network.networkId);
  const c = escalationCard(e, saved, s.config.timezone);
  // The returned card reaches only the clicker; everyone else sees the answer once the posted card is replaced.
  if (e.posted && !e.posted.privately) {
    await s.messenger
      .update({ ...network.conversation, conversationId: e.posted.conversationId }, e.posted.activityId, {
        card: c,
        summary: t.escalation.summary,
      })
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update escalation card'));
  }
  // A replayed click with the same words has told the asker already.
  if (before?.answer !== text) await tellAsker(deps, ctx, network, e, saved, Boolean(before));
  ctx.log.info({ escalationId: e.id }, 'leader answer saved');
  return { kind: 'card', card: c };
}

/**
 * In Teams an updated card notifies nobody: the asker gets the answer as a reply in the escalation's
 * thread that @mentions them. The answer travels in a card, so Markdown typed into it stays text.
 */
async function tellAsker(
  { s }: GuidelinesDeps,
  ctx: RequestContext,
  network: Network,
  e: Escalation,
  saved: LocalAnswer,
  changed: boolean,
): Promise<void> {
  const entry = toLocalEntry(saved, network.name, s.config.timezone);
  const privately = Boolean(e.posted?.privately);
  const line = privately
    ? t.escalation.answerForYou(network.name)
    : t.answerToAsker(e.askedBy.name, saved.savedBy.name, changed);
  const message = {
    text: line,
    mentions: privately ? [] : mentionsOf([e.askedBy]),
    card: answerCard({
      question: e.question,
      answer: {
        answered: true,
        answer: saved.answer,
        sources: [entry.source],
        score: 1,
        local: true,
        entryId: entry.id,
        suggestions: [],
      },
      networkId: network.networkId,
      escalate: { kind: 'none' },
    }),
    summary: line,
  };
  try {
    if (e.posted && !privately)
      await s.messenger.send({ ...network.conversation, conversationId: e.posted.conversationId }, message);
    // Asked privately, or the question never reached the channel: the asker's personal chat.
    else await s.messenger.sendToPerson(network.tenantId, e.askedBy, message);
  } catch (err) {
    ctx.log.warn({ err: { message: (err as Error).message }, escalationId: e.id }, 'could not tell the asker');
  }
}
