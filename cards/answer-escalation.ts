import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { Escalation, LocalAnswer } from '../src/guidelines/repository.ts';
import { guidelinesText as t } from '../src/i18n/index.ts';
import { formatShort, localDateOf } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

export interface EscalationCardData {
  question: string;
  askedByLine: string;
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
): EscalationCardData {
  return {
    question: e.question,
    askedByLine: t.escalation.askedBy(e.askedBy.name),
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

/** Posted in the network's channel for its leaders; once answered it shows the saved answer to everyone. */
export function escalationCard(e: Escalation, saved: LocalAnswer | null, timeZone?: string): AdaptiveCard {
  return renderCard('answer-escalation', escalationCardData(e, saved, timeZone));
}
