import { createHash } from 'node:crypto';
import { z } from 'zod';
import { answerCard, type Escalate } from '../../cards/answer.ts';
import { escalationCard } from '../../cards/answer-escalation.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult, Feature } from '../commands/spec.ts';
import { onceAtATime } from '../conversation/confirmations.ts';
import { card, type AdaptiveCard, type Mention, type Reply, type RequestContext } from '../conversation/types.ts';
import { common, guidelinesText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { guard } from '../privacy/guard.ts';
import { requireLeader } from '../networks/roles.ts';
import type { Guidelines } from './guidelines.ts';
import { LocalEntries, localEntryId, toLocalEntry } from './local-entries.ts';
import type { Escalation, LocalAnswer } from './repository.ts';
import { loadBotKnowledge } from './startup.ts';
import type { Answer, KnowledgeEntry, SearchHit } from './types.ts';
import { networkHere } from '../conversation/network.ts';

const networkId = z.string().max(300);
const feedbackData = z.object({
  entryId: z.string().min(1).max(200),
  networkId: networkId.default(''),
  vote: z.enum(['up', 'down']),
});
const topicData = z.object({
  id: z.string().min(1).max(200),
  topic: z.string().min(1).max(300),
  networkId: networkId.default(''),
});
/** Unanswered questions one member may have with a network's leaders at a time (A9). */
export const MAX_OPEN_ESCALATIONS = 5;
const escalateData = z.object({ question: z.string().trim().min(1).max(1000), networkId: networkId.optional() });
const saveData = z.object({
  networkId: networkId.min(1),
  escalationId: z.string().min(1).max(40),
  answer: z.string().max(4000).default(''),
});

const SEARCH_LIMIT = 8;
const PREVIEW_MAX = 140;
const ANSWER_MIN = 10;
const ANSWER_MAX = 2000;

/** Where a question is asked decides whose saved answers it may find and where an escalation goes. */
interface AskContext {
  /** The network the card speaks for ('' when none or several). */
  networkId: string;
  extra: readonly KnowledgeEntry[];
  escalate: Escalate;
}

export interface GuidelinesFeatureOptions {
  /** A knowledge base built elsewhere (tests, benchmarks); by default it is loaded from the config. */
  guidelines?: Guidelines;
}

/**
 * Answers members' questions from the guidelines with the source, declines plainly when the documents
 * do not answer, and hands the question to the network's leaders, whose saved answers then serve that
 * network (and only it).
 */
export function guidelinesFeature(s: Services, opts: GuidelinesFeatureOptions = {}): Feature {
  // Loaded here, while the app is being composed and before the server listens, so a bad knowledge file
  // stops start-up instead of leaving a running bot that cannot answer.
  const guidelines = opts.guidelines ?? loadBotKnowledge({ guidelinesDir: s.config.guidelinesDir });
  s.log.info(guidelines.stats(), 'guidelines loaded');
  const local = new LocalEntries(s.store, s.config.timezone);

  /** Networks a person in a personal chat belongs to, as far as the bot knows (recorded roles). */
  async function networksOf(ctx: RequestContext): Promise<Network[]> {
    const ids = await s.store.people.networksOf(ctx.scope.tenantId, ctx.actor);
    const found = await Promise.all(ids.map((id) => s.store.networks.get(ctx.scope.tenantId, id)));
    return found.filter((n): n is Network => Boolean(n?.active));
  }

  async function askContext(ctx: RequestContext): Promise<AskContext> {
    const network = ctx.scope.network;
    if (network)
      return {
        networkId: network.networkId,
        extra: await local.forNetwork(network),
        escalate: { kind: 'direct', networkId: network.networkId },
      };
    if (ctx.scope.conversationType !== 'personal') return { networkId: '', extra: [], escalate: { kind: 'none' } };
    const mine = await networksOf(ctx);
    if (mine.length === 0) return { networkId: '', extra: [], escalate: { kind: 'hint' } };
    const extra = await local.forNetworks(mine);
    if (mine.length === 1)
      return { networkId: mine[0]!.networkId, extra, escalate: { kind: 'direct', networkId: mine[0]!.networkId } };
    return {
      networkId: '',
      extra,
      escalate: { kind: 'choose', networks: mine.map((n) => ({ networkId: n.networkId, name: n.name })) },
    };
  }

  function answerReply(question: string, answer: Answer, ac: AskContext): AdaptiveCard {
    return answerCard({ question, answer, networkId: ac.networkId, escalate: ac.escalate });
  }

  /** The answer for a topic picked from "Mente du …?": that very entry, even when its title alone reads too vaguely to match. */
  function answerTopic(id: string, topic: string, extra: readonly KnowledgeEntry[]): Answer {
    const opts = { extraEntries: extra, now: s.clock.now() };
    const byText = guidelines.answer(topic, opts);
    if (byText.answered && byText.entryId === id) return byText;
    const hit = guidelines.search(topic, 50, opts).find((h) => h.id === id);
    if (!hit) return byText;
    return { ...hitAnswer(hit), suggestions: [] };
  }

  async function question(ctx: RequestContext, text: string): Promise<Reply[]> {
    // The card repeats the question and may carry it on to the channel: never with a national id in it.
    if (!checkPrivacy(text).ok) return [{ kind: 'text', text: t.privacyRefused }];
    const ac = await askContext(ctx);
    const answer = guidelines.answer(text, { extraEntries: ac.extra, now: s.clock.now() });
    ctx.log.info({ answered: answer.answered, score: answer.score, entryId: answer.entryId }, 'guidelines question');
    return [card(answerReply(text, answer, ac))];
  }

  async function feedback(ctx: RequestContext, data: z.infer<typeof feedbackData>): Promise<ActionResult> {
    let network = '';
    if (ctx.scope.network) {
      if (data.networkId && data.networkId !== ctx.scope.network.networkId)
        return { kind: 'message', text: common.wrongNetworkCard };
      network = ctx.scope.network.networkId;
    } else if (data.networkId && (await networksOf(ctx)).some((n) => n.networkId === data.networkId)) {
      network = data.networkId;
    }
    // The id comes back from the client: only an entry the bot can answer with (or one of the network's
    // own saved answers) is kept; anything else is refused, and the log names none of it (A10).
    if (!(await answerable(ctx, data.entryId))) {
      ctx.log.info({ vote: data.vote }, 'guidelines feedback refused');
      return { kind: 'message', text: t.feedbackUnknown };
    }
    await s.store.guidelines.recordFeedback({
      tenantId: ctx.scope.tenantId,
      networkId: network,
      entryId: data.entryId,
      voterKey: voterKey(ctx.scope.tenantId, ctx.actor.aadObjectId ?? ctx.actor.id),
      vote: data.vote,
      at: s.clock.now().toISOString(),
    });
    ctx.log.info({ entryId: data.entryId, vote: data.vote }, 'guidelines feedback');
    return { kind: 'message', text: t.feedbackThanks };
  }

  async function answerable(ctx: RequestContext, entryId: string): Promise<boolean> {
    if (guidelines.knows(entryId)) return true;
    if (entryId !== localEntryId(entryId.slice('lokal-'.length))) return false;
    return (await askContext(ctx)).extra.some((e) => e.id === entryId);
  }

  async function topic(ctx: RequestContext, data: z.infer<typeof topicData>): Promise<ActionResult> {
    const ac = await askContext(ctx);
    return { kind: 'card', card: answerReply(data.topic, answerTopic(data.id, data.topic, ac.extra), ac) };
  }

  /** The network an escalation goes to: the one it was asked in, else the asker's own, chosen on the card when several. */
  async function escalationTarget(ctx: RequestContext, chosen: string | undefined): Promise<Network | ActionResult> {
    const here = ctx.scope.network;
    if (here) return chosen && chosen !== here.networkId ? { kind: 'message', text: common.wrongNetworkCard } : here;
    const mine = await networksOf(ctx);
    if (chosen)
      return mine.find((n) => n.networkId === chosen) ?? { kind: 'message', text: t.escalation.notYourNetwork };
    if (mine.length === 1) return mine[0]!;
    return { kind: 'message', text: mine.length ? t.card.chooseNetwork : t.escalation.noNetwork };
  }

  async function escalate(ctx: RequestContext, data: z.infer<typeof escalateData>): Promise<ActionResult> {
    if (!checkPrivacy(data.question).ok) return { kind: 'message', text: t.privacyRefused };
    const target = await escalationTarget(ctx, data.networkId || undefined);
    if ('kind' in target) return target;
    const network = target;
    // Two clicks at once would both find the question not sent yet: one posts, the other is told it is sent.
    const busy = (): ActionResult => ({ kind: 'message', text: t.escalation.alreadySent });
    return onceAtATime(
      s.store,
      network,
      'guidelines.escalate',
      `${ctx.actor.id}\n${data.question}`,
      s.clock.now(),
      60_000,
      () => postEscalation(ctx, network, data.question),
      busy,
    );
  }

  async function postEscalation(ctx: RequestContext, network: Network, question: string): Promise<ActionResult> {
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
    const leaders = await s.store.people.listRole(network.tenantId, network.networkId, 'leader');
    const mentions: Mention[] = leaders.map((l) => ({ ...l, text: `@${l.name}` }));
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

  async function saveAnswer(ctx: RequestContext, data: z.infer<typeof saveData>): Promise<ActionResult> {
    const refusal = await requireLeader(s.store, ctx, t.escalation.leaderWhat);
    if (refusal) return { kind: 'message', text: refusal.kind === 'text' ? refusal.text : t.escalation.notFound };
    const network = networkHere(ctx);
    if (data.networkId !== network.networkId) return { kind: 'message', text: common.wrongNetworkCard };
    const text = data.answer.trim();
    if (text.length < ANSWER_MIN || text.length > ANSWER_MAX)
      return { kind: 'message', text: t.escalation.answerError };
    if (!checkPrivacy(text).ok) return { kind: 'message', text: t.privacyRefused };
    const e = await s.store.guidelines.getEscalation(network.tenantId, network.networkId, data.escalationId);
    if (!e) return { kind: 'message', text: t.escalation.notFound };
    // Two clicks on Lagre at once would both find the answer unsaved and tell the asker twice.
    return onceAtATime(
      s.store,
      network,
      'guidelines.saveAnswer',
      e.id,
      s.clock.now(),
      60_000,
      () => storeAnswer(ctx, network, e, text),
      (): ActionResult => ({ kind: 'message', text: t.escalation.saved }),
    );
  }

  async function storeAnswer(
    ctx: RequestContext,
    network: Network,
    e: Escalation,
    text: string,
  ): Promise<ActionResult> {
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
    local.invalidate(network.tenantId, network.networkId);
    const c = escalationCard(e, saved, s.config.timezone);
    // The returned card reaches only the clicker; everyone else sees the answer once the posted card is replaced.
    if (e.posted) {
      await s.messenger
        .update({ ...network.conversation, conversationId: e.posted.conversationId }, e.posted.activityId, {
          card: c,
          summary: t.escalation.summary,
        })
        .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update escalation card'));
    }
    // A replayed click with the same words has told the asker already.
    if (before?.answer !== text) await tellAsker(ctx, network, e, saved, Boolean(before));
    ctx.log.info({ escalationId: e.id }, 'leader answer saved');
    return { kind: 'card', card: c };
  }

  /**
   * In Teams an updated card notifies nobody: the asker gets the answer as a reply in the escalation's
   * thread that @mentions them. The answer travels in a card, so Markdown typed into it stays text.
   */
  async function tellAsker(
    ctx: RequestContext,
    network: Network,
    e: Escalation,
    saved: LocalAnswer,
    changed: boolean,
  ): Promise<void> {
    const asker: Mention = { ...e.askedBy, text: `@${e.askedBy.name}` };
    const entry = toLocalEntry(saved, network.name, s.config.timezone);
    const message = {
      text: t.answerToAsker(e.askedBy.name, saved.savedBy.name, changed),
      mentions: [asker],
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
      summary: t.answerToAsker(e.askedBy.name, saved.savedBy.name, changed),
    };
    try {
      if (e.posted)
        await s.messenger.send({ ...network.conversation, conversationId: e.posted.conversationId }, message);
      // The question never reached the channel: the asker's personal chat is the only place left.
      else await s.messenger.sendToPerson(network.tenantId, e.askedBy, message);
    } catch (err) {
      ctx.log.warn({ err: { message: (err as Error).message }, escalationId: e.id }, 'could not tell the asker');
    }
  }

  async function search(ctx: RequestContext, query: string) {
    const ac = await askContext(ctx);
    const q = query.trim();
    let hits: SearchHit[];
    const opts = { extraEntries: ac.extra, now: s.clock.now() };
    if (q) {
      hits = guidelines.search(q, SEARCH_LIMIT, opts).filter((h) => h.score > 0);
    } else {
      // Nothing typed yet: the network's own answers and the current rules first, older documents after.
      const localIds = new Set(ac.extra.map((e) => e.id));
      hits = guidelines
        .search('', 1000, opts)
        .sort((a, b) => Number(localIds.has(b.id)) - Number(localIds.has(a.id)) || b.source.year - a.source.year)
        .slice(0, SEARCH_LIMIT);
    }
    return hits.map((h) => ({
      title: h.topic,
      preview: preview(h),
      card: answerCard({
        question: '',
        answer: hitAnswer(h),
        networkId: ac.networkId,
        escalate: { kind: 'none' },
      }),
    }));
  }

  return {
    name: 'guidelines',
    question,
    search,
    actions: [
      { verb: 'guidelines.feedback', schema: feedbackData, run: feedback },
      { verb: 'guidelines.topic', schema: topicData, run: topic },
      { verb: 'guidelines.escalate', schema: escalateData, run: escalate },
      { verb: 'guidelines.saveAnswer', schema: saveData, run: saveAnswer },
    ],
  };
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
  const text =
    h.answer.length > PREVIEW_MAX ? `${h.answer.slice(0, PREVIEW_MAX - 1).replace(/\s\S*$/, '')}…` : h.answer;
  return `${text}\n${t.sources(h.sources ?? [h.source])}`;
}

/**
 * The one gate for text from members before this feature stores or posts it (questions, saved answers):
 * the shared identity-number guard, so every spelling it knows is refused here too.
 */
export function checkPrivacy(text: string): { ok: boolean } {
  return { ok: guard(text).ok };
}

/** One vote per person and entry without keeping who voted: a hash is enough to replace an earlier click. */
export function voterKey(tenantId: string, userId: string): string {
  return createHash('sha256').update(`guidelines-vote\u0000${tenantId}\u0000${userId}`).digest('hex').slice(0, 32);
}
