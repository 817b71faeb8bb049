import { z } from 'zod';
import type { Services } from '../app/services.ts';
import type { Feature } from '../commands/spec.ts';
import type { Guidelines } from './guidelines.ts';
import { previousQuestionsFor } from './use-cases/previous-question.ts';
import { LocalEntries } from './local-entries.ts';
import { loadBotKnowledge } from './startup.ts';
import { askQuestion, searchGuidelines, showTopic } from './use-cases/ask.ts';
import type { GuidelinesDeps } from './use-cases/deps.ts';
import { escalate } from './use-cases/escalate.ts';
import { MAX_REF_LENGTH } from './use-cases/escalation-ref.ts';
import { recordFeedback } from './use-cases/feedback.ts';
import { saveAnswer } from './use-cases/save-answer.ts';
import { noteFacts } from './use-cases/tell-facts.ts';
import { readStatement } from './statement.ts';
import { guidelinesText as t } from '../i18n/index.ts';

// The guidelines feature's table: a question, the search and the card verbs mapped to use cases. No rule lives here.

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
// Only the sealed reference to the question the bot answered (round 6b): a question sent as text is dropped.
// `way`: from a personal chat, privately to the leaders or in the channel with the asker's name (N17).
const escalateData = z.object({
  ref: z.string().max(MAX_REF_LENGTH).optional(),
  networkId: networkId.optional(),
  way: z.enum(['private', 'channel']).optional().catch(undefined),
});
const saveData = z.object({
  networkId: networkId.min(1),
  escalationId: z.string().min(1).max(40),
  answer: z.string().max(4000).default(''),
});

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
  const deps: GuidelinesDeps = {
    s,
    guidelines,
    local: new LocalEntries(s.store, s.config.timezone),
    previous: previousQuestionsFor(s.store),
  };

  return {
    name: 'guidelines',
    // Facts told first, the question after (month s15 #5): claimed before the router guesses at a command
    // («kommuner» …) or reads the line as a question. No words of its own, so `hjelp` does not list it.
    commands: [
      {
        id: 'guidelines.facts',
        words: [],
        usage: t.statement.usage,
        example: t.statement.example,
        description: t.statement.description,
        group: t.statement.group,
        claims: (text) => (readStatement(text) ? text : null),
        // In a running meeting's thread, unaddressed, it is talk between the people there.
        talk: () => true,
        // An edited statement is kept as it now reads, so the next question uses the corrected figures.
        edited: async (_ctx, args) => ({ kind: 'apply', command: args }),
        run: (ctx, args) => noteFacts(deps, ctx, args),
      },
    ],
    question: (ctx, text) => askQuestion(deps, ctx, text),
    search: (ctx, query) => searchGuidelines(deps, ctx, query),
    actions: [
      { verb: 'guidelines.feedback', schema: feedbackData, run: (ctx, d) => recordFeedback(deps, ctx, d) },
      {
        verb: 'guidelines.topic',
        schema: topicData,
        run: async (ctx, d) => ({ kind: 'card', card: await showTopic(deps, ctx, d) }),
      },
      { verb: 'guidelines.escalate', schema: escalateData, run: (ctx, d) => escalate(deps, ctx, d) },
      { verb: 'guidelines.saveAnswer', schema: saveData, run: (ctx, d) => saveAnswer(deps, ctx, d) },
    ],
  };
}
