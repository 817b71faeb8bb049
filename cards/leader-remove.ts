import type { AdaptiveCard } from '../src/conversation/types.ts';
import { roleCommandText } from '../src/i18n/index.ts';
import type { ConfirmOnceCardData, ConfirmOnceEnd } from './confirm-once.ts';
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
  const { state, leader } = input;
  const data: LeaderRemoveCardData = {
    leaderId: leader.id,
    leaderName: leader.name,
    networkId: input.networkId,
    expires: input.expires,
    nonce: input.nonce ?? '',
    askedBy: input.askedBy,
    title: r.removeCard.title(leader.name),
    body: r.removeCard.body(leader.name),
    meta: r.removeCard.asked(input.askedBy),
    open: state.kind === 'asked',
    outcome:
      state.kind === 'removed'
        ? r.removeCard.removed(leader.name, state.by)
        : state.kind === 'kept'
          ? r.removeCard.kept(leader.name, state.by)
          : state.kind === 'last'
            ? r.lastLeaderOther(leader.name)
            : state.kind === 'expired'
              ? r.removeCard.expired(leader.name)
              : state.kind === 'used'
                ? r.removeCard.used
                : '',
    outcomeColor: state.kind === 'removed' ? 'Attention' : 'Default',
    confirm: r.removeCard.confirm,
    keep: r.removeCard.keep,
  };
  return renderCard('leader-remove', data);
}
