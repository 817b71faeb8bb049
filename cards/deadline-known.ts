import type { AdaptiveCard } from '../src/conversation/types.ts';
import type { KnownDeadline } from '../src/deadlines/known-deadlines.ts';
import { deadlineText as t } from '../src/i18n/index.ts';
import { formatShort } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

/** The grant's fixed deadlines offered to a network with none (month s15 #7a): one button each, one for all. */
export function knownDeadlinesCard(networkId: string, known: KnownDeadline[]): AdaptiveCard {
  return renderCard('deadline-known', {
    title: t.known.title,
    body: t.known.body,
    // The dates ride in the buttons (review s15 #6): a card pressed next year adds what its label says.
    items: known.map((k) => ({
      label: t.known.addOne(k.title, formatShort(k.date)),
      networkId,
      key: k.key,
      date: k.date,
    })),
    dates: known.map((k) => `${k.key}:${k.date}`).join(','),
    all: t.known.addAll,
    networkId,
  });
}
