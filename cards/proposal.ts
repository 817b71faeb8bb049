import type { AdaptiveCard } from '../src/conversation/types.ts';
import { meetingText as t } from '../src/i18n/index.ts';
import type { AgendaProposal } from '../src/meetings/repository.ts';
import { formatShort } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

export interface ProposalCardData {
  id: string;
  networkId: string;
  title: string;
  text: string;
  meta: string;
  decision: string;
  decisionColor: 'Good' | 'Attention' | 'Default';
  open: boolean;
  accept: string;
  decline: string;
}

export function proposalCardData(p: AgendaProposal): ProposalCardData {
  return {
    id: p.id,
    networkId: p.networkId,
    title: t.proposalCardTitle,
    text: p.text,
    meta: `${p.proposedBy.name} · ${formatShort(p.meetingDate)} · ${p.id}`,
    decision:
      p.status === 'accepted'
        ? t.accepted(p.decidedBy?.name ?? '')
        : p.status === 'declined'
          ? t.declined(p.decidedBy?.name ?? '')
          : '',
    decisionColor: p.status === 'accepted' ? 'Good' : p.status === 'declined' ? 'Attention' : 'Default',
    open: p.status === 'proposed',
    accept: t.accept,
    decline: t.decline,
  };
}

export function proposalCard(p: AgendaProposal): AdaptiveCard {
  return renderCard('proposal', proposalCardData(p));
}
