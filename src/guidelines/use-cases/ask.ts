import { answerCard, type Escalate } from '../../../cards/answer.ts';
import { shorten } from '../../conversation/reach.ts';
import { card, type AdaptiveCard, type Reply, type RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import type { Answer, KnowledgeEntry, SearchHit } from '../types.ts';
import { checkPrivacy, networksOf, type GuidelinesDeps } from './deps.ts';
import { questionRef } from './escalation-ref.ts';
import { followUp } from '../follow-up.ts';
import { askerKey } from './previous-question.ts';
import { withFacts } from './tell-facts.ts';
import { networkKind, type Kind } from '../../networks/network-kind.ts';
import type { Network } from '../../networks/network.ts';

// Asking: a question in words, a topic picked from «Mente du …?», and the search of the message extension.

const SEARCH_LIMIT = 8;
const PREVIEW_MAX = 140;

/** Where a question is asked decides whose saved answers it may find and where an escalation goes. */
export interface AskContext {
  /** The network the card speaks for ('' when none or several). */
  networkId: string;
  extra: readonly KnowledgeEntry[];
  escalate: Escalate;
  /** Asked in a personal chat: the escalation may stay private (N17). */
  personal?: boolean;
  /** The network's kind (set by a leader or read from its name): an answer giving both kinds' rules is narrowed to it. */
  networkKind?: Kind;
}

async function kindOf(deps: GuidelinesDeps, n: Network): Promise<{ networkKind?: Kind }> {
  const known = await networkKind(deps.s, n);
  return known ? { networkKind: known.kind } : {};
}

export async function askContext(deps: GuidelinesDeps, ctx: RequestContext): Promise<AskContext> {
  const network = ctx.scope.network;
  if (network)
    return {
      networkId: network.networkId,
      extra: await deps.local.forNetwork(network),
      escalate: { kind: 'direct', networkId: network.networkId },
      ...(await kindOf(deps, network)),
    };
  if (ctx.scope.conversationType !== 'personal') return { networkId: '', extra: [], escalate: { kind: 'none' } };
  const mine = await networksOf(deps.s, ctx);
  const [only] = mine;
  if (!only) return { networkId: '', extra: [], escalate: { kind: 'hint' } };
  const extra = await deps.local.forNetworks(mine);
  if (mine.length === 1)
    return {
      networkId: only.networkId,
      extra,
      escalate: { kind: 'direct', networkId: only.networkId },
      personal: true,
      ...(await kindOf(deps, only)),
    };
  return {
    networkId: '',
    extra,
    personal: true,
    escalate: { kind: 'choose', networks: mine.map((n) => ({ networkId: n.networkId, name: n.name })) },
  };
}

async function answerReply(
  deps: GuidelinesDeps,
  question: string,
  answer: Answer,
  ac: AskContext,
): Promise<AdaptiveCard> {
  // «Spør nettverkslederen» carries the question sealed by the server, never as text (round 6b).
  const offers = ac.escalate.kind === 'direct' || ac.escalate.kind === 'choose';
  const ref = offers && question ? await questionRef(deps.s.store.secrets, question, deps.s.clock.now()) : '';
  return answerCard({
    question,
    questionRef: ref,
    answer,
    networkId: ac.networkId,
    escalate: ac.escalate,
    personal: Boolean(ac.personal),
  });
}

/** A question in words: the answer card, or a refusal when it carries an identity number. */
export async function askQuestion(deps: GuidelinesDeps, ctx: RequestContext, text: string): Promise<Reply[]> {
  // The card repeats the question and may carry it on to the channel: never with a national id in it.
  const privacy = checkPrivacy(text);
  if (!privacy.ok) return [{ kind: 'text', text: privacy.childRefusal ?? t.privacyRefused }];
  const ac = await askContext(deps, ctx);
  // "og hva med ledernettverkene da?" after a question of one's own: read with that question (the card shows what was typed).
  // (A channel's threads share the channel: the follow-up is often posted as a new message, not a reply.)
  const key = askerKey(ctx.scope.tenantId, ctx.scope.network?.networkId ?? '', ctx.scope.conversationId, ctx.actor.id);
  const now = deps.s.clock.now();
  const follow = followUp(text);
  const before = follow && !follow.rewritten ? deps.previous.recall(key, now) : undefined;
  const asked = before ? `${before.replace(/[.!?\s]+$/, '')}. ${text}` : text;
  // What is kept is the whole question as read ("… for barnevernsledernettverk"), so a second follow-up builds on it.
  if (!follow || before || follow.rewritten) deps.previous.remember(key, followUp(asked)?.rewritten || asked, now);
  // Facts the person told just before («Vi er 6 kommuner og fikk 400 000 kr.»), when the question has no figures.
  const read = await withFacts(deps, ctx, asked, now);
  const answer = deps.guidelines.answer(read, { extraEntries: ac.extra, now, networkKind: ac.networkKind });
  ctx.log.info({ answered: answer.answered, score: answer.score, entryId: answer.entryId }, 'guidelines question');
  return [card(await answerReply(deps, text, answer, ac))];
}

/** The answer for a topic picked from "Mente du …?": that very entry, even when its title alone reads too vaguely to match. */
function answerTopic(deps: GuidelinesDeps, id: string, topic: string, extra: readonly KnowledgeEntry[]): Answer {
  const opts = { extraEntries: extra, now: deps.s.clock.now() };
  const byText = deps.guidelines.answer(topic, opts);
  if (byText.answered && byText.entryId === id) return byText;
  const hit = deps.guidelines.search(topic, 50, opts).find((h) => h.id === id);
  if (!hit) return byText;
  return { ...hitAnswer(hit), suggestions: [] };
}

/** A topic clicked on «Mente du …?». */
export async function showTopic(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  data: { id: string; topic: string },
): Promise<AdaptiveCard> {
  const ac = await askContext(deps, ctx);
  return answerReply(deps, data.topic, answerTopic(deps, data.id, data.topic, ac.extra), ac);
}

/** The message extension's search: hits for what is typed; with nothing typed, the network's own answers first. */
export async function searchGuidelines(deps: GuidelinesDeps, ctx: RequestContext, query: string) {
  const ac = await askContext(deps, ctx);
  const q = query.trim();
  let hits: SearchHit[];
  const opts = { extraEntries: ac.extra, now: deps.s.clock.now() };
  if (q) {
    hits = deps.guidelines.search(q, SEARCH_LIMIT, opts).filter((h) => h.score > 0);
  } else {
    // Nothing typed yet: the network's own answers and the current rules first, older documents after.
    const localIds = new Set(ac.extra.map((e) => e.id));
    hits = deps.guidelines
      .search('', 1000, opts)
      .sort((a, b) => Number(localIds.has(b.id)) - Number(localIds.has(a.id)) || b.source.year - a.source.year)
      .slice(0, SEARCH_LIMIT);
  }
  return hits.map((h) => ({
    title: h.topic,
    preview: preview(h),
    card: answerCard({ question: '', answer: hitAnswer(h), networkId: ac.networkId, escalate: { kind: 'none' } }),
  }));
}

/** A search hit as an answer card's content: the same sources, notes and origin as a direct answer. */
function hitAnswer(h: SearchHit): Answer {
  return {
    answered: true,
    answer: h.answer,
    sources: h.sources ?? [h.source],
    score: h.score,
    entryId: h.id,
    suggestions: [],
    ...(h.revisionNote ? { revisionNote: h.revisionNote } : {}),
    ...(h.local ? { local: true } : {}),
  };
}

function preview(h: SearchHit): string {
  return `${shorten(h.answer, PREVIEW_MAX, { atWord: true })}\n${t.sources(h.sources ?? [h.source])}`;
}
