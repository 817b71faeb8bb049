import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { Escalation, LocalAnswer } from '../src/guidelines/repository.ts';
import { guidelinesText as t } from '../src/i18n/index.ts';
import { formatShort, localDateOf } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

export interface EscalationCardData {
  question: string;
  askedByLine: string;
  /** Asked privately (N17): said on the card, so a leader knows the answer goes to the asker only. */
  privateNote: string;
  answered: boolean;
  answer: string;
  answeredLine: string;
  saveTitle: string;
  networkId: string;
  escalationId: string;
  labels: typeof t.escalation;
}

export function escalationCardData(
  e: Escalation,
  saved: LocalAnswer | null,
  timeZone = 'Europe/Oslo',
  privately = Boolean(e.posted?.privately),
): EscalationCardData {
  return {
    question: e.question,
    askedByLine: t.escalation.askedBy(e.askedBy.name),
    privateNote: privately ? t.escalation.privateNote : '',
    answered: Boolean(saved),
    answer: saved?.answer ?? '',
    answeredLine: saved
      ? t.escalation.answered(saved.savedBy.name, formatShort(localDateOf(new Date(saved.savedAt), timeZone)))
      : '',
    saveTitle: saved ? t.escalation.changeAnswer : t.escalation.saveAnswer,
    networkId: e.networkId,
    escalationId: e.id,
    labels: t.escalation,
  };
}

/**
 * Posted in the network's channel for its leaders, or sent to each leader privately; once answered it
 * shows the saved answer to everyone who sees it.
 */
export function escalationCard(
  e: Escalation,
  saved: LocalAnswer | null,
  timeZone?: string,
  privately?: boolean,
): AdaptiveCard {
  return renderCard('answer-escalation', escalationCardData(e, saved, timeZone, privately));
}
