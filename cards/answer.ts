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
  /** The question sealed by the server (src/guidelines/use-cases/escalation-ref.ts): all «Spør nettverkslederen» sends back. */
  questionRef: string;
  questionLine: string;
  answer: string;
  sourceLine: string;
  olderRuleNote: string;
  /** "Tidligere regel", or "Gjelder nå" when the answer is the older rule a question asked about. */
  noteLabel: string;
  revisionNote: string;
  /** label is the button title, short enough for Teams; topic is what the click answers. */
  suggestions: { id: string; topic: string; label: string }[];
  hint: string;
  feedback: boolean;
  entryId: string;
  /** The network the answer was given for ('' outside any network): votes and escalation use it. */
  networkId: string;
  escalate: 'direct' | 'choose' | 'none';
  /** Asked in a personal chat (N17): the card says who will see the question and offers a private way. */
  personal: boolean;
  networkChoices: { title: string; value: string }[];
  labels: typeof t.card;
}

export interface AnswerCardInput {
  question: string;
  /** Needed when the card offers «Spør nettverkslederen» (escalate direct or choose). */
  questionRef?: string;
  answer: Answer;
  networkId: string;
  escalate: Escalate;
  /** Asked in a personal chat: «Spør nettverkslederen» offers privately to the leaders or in the channel. */
  personal?: boolean;
}

/** Teams cuts or wraps long button titles badly; topics can run to 40 characters and more. */
export const BUTTON_TITLE_MAX = 30;

/** A button title of at most BUTTON_TITLE_MAX characters, cut after a whole word ("Rapportering fra…"). */
export function buttonTitle(text: string, max = BUTTON_TITLE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const atWord = /\s/.test(clean[max - 1] ?? '') ? room : room.replace(/\s+\S*$/, '');
  // A word longer than the whole button is cut where it must be; a dash or comma is not left dangling.
  return `${(atWord || room).replace(/[\s–—,;:-]+$/, '')}…`;
}

const citedInText = (a: Answer) =>
  a.answer.includes(t.sources([]).trim()) &&
  a.sources.every((x) => a.answer.includes(x.title) && a.answer.includes(x.section));

export function answerCardData(input: AnswerCardInput): AnswerCardData {
  const { answer, escalate } = input;
  const answered = answer.answered;
  return {
    title: !answered
      ? answer.declineKind
        ? t.card[`${answer.declineKind}Title`]
        : t.card.declinedTitle
      : answer.local
        ? t.card.localTitle
        : t.card.answeredTitle,
    titleColor: answered ? 'Default' : 'Warning',
    question: input.question,
    questionRef: input.questionRef ?? '',
    questionLine: input.question ? t.card.question(input.question) : '',
    answer: answer.answer,
    // A joined answer names each part's source under that part; listed again below, the last part's «Kilde:» line and
    // this one stood in a row (month s15 #10). Shown only when the text does not already cite every source.
    sourceLine: answered && answer.sources.length && !citedInText(answer) ? t.sources(answer.sources) : '',
    olderRuleNote: answered ? (answer.olderRuleNote ?? '') : '',
    noteLabel: t.card.noteLabel(answer.noteKind),
    revisionNote: answered ? (answer.revisionNote ?? '') : '',
    // Offered only on a refusal: next to a real answer they read as doubt about it.
    suggestions:
      answered || escalate.kind === 'none'
        ? []
        : answer.suggestions.slice(0, 3).map((s) => ({ id: s.id, topic: s.topic, label: buttonTitle(s.topic) })),
    hint: escalate.kind === 'hint' && !answered ? t.card.noNetworkHint : '',
    feedback: answered && Boolean(answer.entryId) && escalate.kind !== 'none',
    entryId: answer.entryId ?? '',
    networkId: escalate.kind === 'direct' ? escalate.networkId : input.networkId,
    escalate: escalate.kind === 'direct' || escalate.kind === 'choose' ? escalate.kind : 'none',
    personal: Boolean(input.personal),
    networkChoices:
      escalate.kind === 'choose' ? escalate.networks.map((n) => ({ title: n.name, value: n.networkId })) : [],
    labels: t.card,
  };
}

/** The reply to a question: the answer with its source, or a plain refusal with nearby topics. */
export function answerCard(input: AnswerCardInput): AdaptiveCard {
  return renderCard('answer', answerCardData(input));
}
