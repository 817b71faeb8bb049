import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText, rightsText as t } from '../src/i18n/index.ts';
import type { ConfirmOnceCardData, ConfirmOnceEnd } from './confirm-once.ts';
import { renderCard } from './render.ts';

export interface EraseConfirmCardData extends ConfirmOnceCardData {
  counts: string;
  cancel: string;
  /** In the buttons too: the answered card names the asker, not whoever answered. */
  askedBy: string;
}

export type EraseCardState =
  | { kind: 'asked'; rows: number }
  | { kind: 'erased'; by: string; rows: number }
  | { kind: 'cancelled'; by: string }
  | ConfirmOnceEnd;

/**
 * The "are you sure" card for `slett nettverksdata`, and what it turns into once answered. Its
 * buttons carry a single-use nonce (src/conversation/confirmations.ts); answered cards carry none.
 */
export function eraseConfirmCard(input: {
  networkId: string;
  expires: string;
  nonce?: string;
  askedBy: string;
  state: EraseCardState;
}): AdaptiveCard {
  const { state } = input;
  const data: EraseConfirmCardData = {
    networkId: input.networkId,
    expires: input.expires,
    nonce: input.nonce ?? '',
    askedBy: input.askedBy,
    title: t.eraseTitle,
    body: t.eraseBody,
    counts: state.kind === 'asked' ? t.eraseCounts(state.rows) : '',
    meta: t.eraseAsked(input.askedBy),
    open: state.kind === 'asked',
    outcome:
      state.kind === 'erased'
        ? t.erased(state.by, state.rows)
        : state.kind === 'cancelled'
          ? t.eraseCancelled(state.by)
          : state.kind === 'expired'
            ? t.eraseExpired
            : state.kind === 'used'
              ? `${helpText.confirmationUsed} ${t.eraseUsed}`
              : '',
    outcomeColor: state.kind === 'erased' ? 'Attention' : 'Default',
    confirm: t.eraseConfirm,
    cancel: t.eraseCancel,
  };
  return renderCard('erase-confirm', data);
}
