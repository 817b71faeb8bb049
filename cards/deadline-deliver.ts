import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { Deadline } from '../src/deadlines/deadline.ts';
import { deadlineText as t } from '../src/i18n/index.ts';
import type { ConfirmOnceCardData, ConfirmOnceEnd } from './confirm-once.ts';
import { renderCard } from './render.ts';

/** Where «Levert» was asked: on the deadline's card (answered in its place) or in words (a card of its own). */
export type DeliverVia = 'card' | 'words';

export interface DeadlineDeliverCardData extends ConfirmOnceCardData {
  deadlineId: string;
  doubts: string;
  keep: string;
  via: DeliverVia;
  askedBy: string;
}

export type DeadlineDeliverState =
  | { kind: 'asked' }
  /** `said`: the one line about it (next year's date); `by`: who answered «Ja», the asker stays on `meta`. */
  | { kind: 'delivered'; said: string; by: string }
  | { kind: 'kept'; by: string }
  | ConfirmOnceEnd;

/**
 * N11: the «is it really delivered?» card, with why it asks, and what it turns into once answered.
 * Its buttons carry a single-use nonce (src/conversation/confirmations.ts); answered cards carry none.
 */
export function deadlineDeliverCard(input: {
  deadline: Pick<Deadline, 'id' | 'networkId' | 'title'>;
  doubts: string[];
  expires: string;
  nonce?: string;
  askedBy: string;
  via: DeliverVia;
  state: DeadlineDeliverState;
}): AdaptiveCard {
  const { state, deadline: d } = input;
  const data: DeadlineDeliverCardData = {
    deadlineId: d.id,
    networkId: d.networkId,
    expires: input.expires,
    nonce: input.nonce ?? '',
    via: input.via,
    askedBy: input.askedBy,
    title: t.deliverAsk.title(d.id, d.title),
    doubts: input.doubts.join(' '),
    body: t.deliverAsk.body,
    meta: t.deliverAsk.asked(input.askedBy),
    open: state.kind === 'asked',
    outcome:
      state.kind === 'delivered'
        ? `${state.said} ${t.deliverAsk.confirmedBy(state.by)}`
        : state.kind === 'kept'
          ? t.deliverAsk.kept(state.by, d.id)
          : state.kind === 'expired'
            ? t.deliverAsk.expired(d.id)
            : state.kind === 'used'
              ? t.deliverAsk.used
              : '',
    outcomeColor: state.kind === 'delivered' ? 'Good' : 'Default',
    confirm: t.deliverAsk.confirm,
    keep: t.deliverAsk.keep,
  };
  return renderCard('deadline-deliver', data);
}
