import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { Deadline } from '../src/deadlines/deadline.ts';
import { deadlineText as t } from '../src/i18n/index.ts';
import { confirmOnceFields, type ConfirmOnceCardData, type ConfirmOnceEnd } from './confirm-once.ts';
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
  const { deadline: d } = input;
  const data: DeadlineDeliverCardData = {
    ...confirmOnceFields(
      { ...input, networkId: d.networkId },
      {
        delivered: (s) => `${s.said} ${t.deliverAsk.confirmedBy(s.by)}`,
        kept: (s) => t.deliverAsk.kept(s.by, d.id),
        expired: () => t.deliverAsk.expired(d.id),
        used: () => t.deliverAsk.used,
      },
      { kind: 'delivered', color: 'Good' },
      t.deliverAsk.confirm,
    ),
    deadlineId: d.id,
    via: input.via,
    askedBy: input.askedBy,
    title: t.deliverAsk.title(d.id, d.title),
    doubts: input.doubts.join(' '),
    body: t.deliverAsk.body,
    meta: t.deliverAsk.asked(input.askedBy),
    keep: t.deliverAsk.keep,
  };
  return renderCard('deadline-deliver', data);
}
