import type { AdaptiveCard } from '../src/conversation/types.ts';
import { meetingText as t } from '../src/i18n/index.ts';
import type { AgendaProposal } from '../src/meetings/repository.ts';
import { formatShort } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

export interface ProposalCardData {
  id: string;
  networkId: string;
  /** Carried by the buttons so a click can tell a first decision from a repeated one. */
  meetingDate: string;
  title: string;
  text: string;
  meta: string;
  decision: string;
  decisionColor: 'Good' | 'Attention' | 'Default';
  /** Why the leader declined, shown under the decision ('' when none was given). */
  reason: string;
  open: boolean;
  reasonLabel: string;
  reasonPlaceholder: string;
  accept: string;
  decline: string;
}

export function proposalCardData(p: AgendaProposal, opts: { reason?: string } = {}): ProposalCardData {
  return {
    id: p.id,
    networkId: p.networkId,
    meetingDate: p.meetingDate,
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
    reason: p.status === 'declined' && opts.reason ? t.declineReasonShown(opts.reason) : '',
    open: p.status === 'proposed',
    reasonLabel: t.declineReasonLabel,
    reasonPlaceholder: t.declineReasonPlaceholder,
    accept: t.accept,
    decline: t.decline,
  };
}

export function proposalCard(p: AgendaProposal, opts: { reason?: string } = {}): AdaptiveCard {
  return renderCard('proposal', proposalCardData(p, opts));
}
