// What the single-use "are you sure" cards share (slett nettverksdata, avlys oppgave): asked once,
// then one outcome in place of the buttons. Their buttons carry a nonce from src/conversation/confirmations.ts.

export interface ConfirmOnceCardData {
  networkId: string;
  expires: string;
  /** Empty once answered: an answered card has no buttons. */
  nonce: string;
  title: string;
  body: string;
  meta: string;
  /** Still to be answered: the buttons show. */
  open: boolean;
  outcome: string;
  outcomeColor: 'Good' | 'Attention' | 'Default';
  confirm: string;
}

/** The states every such card has besides its own answers. */
export type ConfirmOnceEnd =
  | { kind: 'expired' }
  /** Clicked again after it was answered (or a forged nonce): nothing done. */
  | { kind: 'used' };
