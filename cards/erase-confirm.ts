import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText, rightsText as t } from '../src/i18n/index.ts';
import { confirmOnceFields, type ConfirmOnceCardData, type ConfirmOnceEnd } from './confirm-once.ts';
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
    ...confirmOnceFields(
      input,
      {
        erased: (s) => t.erased(s.by, s.rows),
        cancelled: (s) => t.eraseCancelled(s.by),
        expired: () => t.eraseExpired,
        used: () => `${helpText.confirmationUsed} ${t.eraseUsed}`,
      },
      { kind: 'erased', color: 'Attention' },
      t.eraseConfirm,
    ),
    askedBy: input.askedBy,
    title: t.eraseTitle,
    body: t.eraseBody,
    counts: state.kind === 'asked' ? t.eraseCounts(state.rows) : '',
    meta: t.eraseAsked(input.askedBy),
    cancel: t.eraseCancel,
  };
  return renderCard('erase-confirm', data);
}
