import type { AdaptiveCard } from '../src/conversation/types.ts';
import { deadlineText } from '../src/i18n/index.ts';
import type { DeadlineOffer } from '../src/deadlines/shared-offer.ts';
import { formatLong } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

export interface DeadlineOfferCardData {
  id: string;
  networkId: string;
  title: string;
  proposes: string;
  explain: string;
  decision: string;
  decisionColor: 'Good' | 'Attention' | 'Default';
  open: boolean;
  accept: string;
  decline: string;
}

/** A shared deadline offered to a network: who proposed it, and its leaders' «Legg inn hos oss» / «Avslå». */
export function deadlineOfferCard(o: DeadlineOffer): AdaptiveCard {
  const data: DeadlineOfferCardData = {
    id: o.id,
    networkId: o.networkId,
    title: deadlineText.offer.title,
    proposes: deadlineText.offer.proposes(
      o.from.networkName,
      o.from.by.name,
      formatLong(o.fields.date),
      o.fields.title,
    ),
    explain: deadlineText.offer.explain,
    decision:
      o.status === 'accepted'
        ? deadlineText.offer.accepted(o.decidedBy?.name ?? '', o.deadlineId ?? '')
        : o.status === 'declined'
          ? deadlineText.offer.declined(o.decidedBy?.name ?? '')
          : '',
    decisionColor: o.status === 'accepted' ? 'Good' : o.status === 'declined' ? 'Attention' : 'Default',
    open: o.status === 'offered',
    accept: deadlineText.offer.accept,
    decline: deadlineText.offer.decline,
  };
  return renderCard('deadline-offer', data);
}
