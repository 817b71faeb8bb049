import type { AdaptiveCard } from '../src/conversation/types.ts';
import { roleCommandText } from '../src/i18n/index.ts';
import { confirmOnceFields, type ConfirmOnceCardData, type ConfirmOnceEnd } from './confirm-once.ts';
import { renderCard } from './render.ts';

const r = roleCommandText;

export interface LeaderRemoveCardData extends ConfirmOnceCardData {
  leaderId: string;
  leaderName: string;
  keep: string;
  /** In the buttons too: the answered card names the asker, not whoever answered. */
  askedBy: string;
}

export type LeaderRemoveState =
  | { kind: 'asked' }
  | { kind: 'removed'; by: string }
  | { kind: 'kept'; by: string }
  /** Pressed when the leader was the last one left: nobody was removed. */
  | { kind: 'last' }
  | ConfirmOnceEnd;

/**
 * The "are you sure" card for `leder - @Navn` aimed at another leader (month round 9, N5), and what it
 * turns into once answered. Its buttons carry a single-use nonce; answered cards carry none.
 */
export function leaderRemoveCard(input: {
  networkId: string;
  leader: { id: string; name: string };
  expires: string;
  nonce?: string;
  askedBy: string;
  state: LeaderRemoveState;
}): AdaptiveCard {
  const { leader } = input;
  const data: LeaderRemoveCardData = {
    ...confirmOnceFields(
      input,
      {
        removed: (s) => r.removeCard.removed(leader.name, s.by),
        kept: (s) => r.removeCard.kept(leader.name, s.by),
        last: () => r.lastLeaderOther(leader.name),
        expired: () => r.removeCard.expired(leader.name),
        used: () => r.removeCard.used,
      },
      { kind: 'removed', color: 'Attention' },
      r.removeCard.confirm,
    ),
    leaderId: leader.id,
    leaderName: leader.name,
    askedBy: input.askedBy,
    title: r.removeCard.title(leader.name),
    body: r.removeCard.body(leader.name),
    meta: r.removeCard.asked(input.askedBy),
    keep: r.removeCard.keep,
  };
  return renderCard('leader-remove', data);
}
