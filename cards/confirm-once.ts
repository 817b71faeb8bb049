// What the single-use "are you sure" cards share (slett nettverksdata, avlys oppgave, Levert, leder -): asked once,
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

type Outcomes<S extends { kind: string }> = {
  [K in Exclude<S['kind'], 'asked'>]: (state: Extract<S, { kind: K }>) => string;
};

/**
 * The fields every such card fills alike: its nonce and asker, the buttons while it is open, and once
 * answered the outcome line in their place. Each card says its own outcomes; `marked` is the answer
 * that gets a colour (`color`), the others stay plain.
 */
export function confirmOnceFields<S extends { kind: string }>(
  input: { networkId: string; expires: string; nonce?: string; state: S },
  outcomes: Outcomes<S>,
  marked: { kind: Exclude<S['kind'], 'asked'>; color: 'Good' | 'Attention' },
  confirm: string,
): Pick<ConfirmOnceCardData, 'networkId' | 'expires' | 'nonce' | 'open' | 'outcome' | 'outcomeColor' | 'confirm'> {
  const { state } = input;
  const say =
    state.kind === 'asked' ? undefined : (outcomes as unknown as Record<string, (s: S) => string>)[state.kind];
  return {
    networkId: input.networkId,
    expires: input.expires,
    nonce: input.nonce ?? '',
    open: state.kind === 'asked',
    outcome: say ? say(state) : '',
    outcomeColor: state.kind === marked.kind ? marked.color : 'Default',
    confirm,
  };
}
