import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { Answer } from '../src/guidelines/types.ts';
import { guidelinesText as t } from '../src/i18n/index.ts';
import { renderCard } from './render.ts';

/** How the card lets the asker reach the network's leaders. */
export type Escalate =
  | { kind: 'direct'; networkId: string }
  | { kind: 'choose'; networks: { networkId: string; name: string }[] }
  /** No network known (a personal chat of someone with no recorded role): say where to ask instead. */
  | { kind: 'hint' }
  /** Message-extension results and shared copies carry no buttons. */
  | { kind: 'none' };

export interface AnswerCardData {
  title: string;
  titleColor: 'Default' | 'Warning';
  question: string;
  questionLine: string;
  answer: string;
  sourceLine: string;
  olderRuleNote: string;
  suggestions: { id: string; topic: string }[];
  hint: string;
  feedback: boolean;
  entryId: string;
  /** The network the answer was given for ('' outside any network): votes and escalation use it. */
  networkId: string;
  escalate: 'direct' | 'choose' | 'none';
  networkChoices: { title: string; value: string }[];
  labels: typeof t.card;
}

export interface AnswerCardInput {
  question: string;
  answer: Answer;
  networkId: string;
  escalate: Escalate;
}

export function answerCardData(input: AnswerCardInput): AnswerCardData {
  const { answer, escalate } = input;
  const answered = answer.answered;
  return {
    title: answered ? t.card.answeredTitle : t.card.declinedTitle,
    titleColor: answered ? 'Default' : 'Warning',
    question: input.question,
    questionLine: input.question ? t.card.question(input.question) : '',
    answer: answer.answer,
    sourceLine: answered && answer.sources.length ? t.sources(answer.sources) : '',
    olderRuleNote: answered ? (answer.olderRuleNote ?? '') : '',
    // Offered only on a refusal: next to a real answer they read as doubt about it.
    suggestions: answered || escalate.kind === 'none' ? [] : answer.suggestions.slice(0, 3),
    hint: escalate.kind === 'hint' && !answered ? t.card.noNetworkHint : '',
    feedback: answered && Boolean(answer.entryId) && escalate.kind !== 'none',
    entryId: answer.entryId ?? '',
    networkId: escalate.kind === 'direct' ? escalate.networkId : input.networkId,
    escalate: escalate.kind === 'direct' || escalate.kind === 'choose' ? escalate.kind : 'none',
    networkChoices: escalate.kind === 'choose' ? escalate.networks.map((n) => ({ title: n.name, value: n.networkId })) : [],
    labels: t.card,
  };
}

/** The reply to a question: the answer with its source, or a plain refusal with nearby topics. */
export function answerCard(input: AnswerCardInput): AdaptiveCard {
  return renderCard('answer', answerCardData(input));
}
