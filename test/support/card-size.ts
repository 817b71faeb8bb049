import { expect } from 'vitest';
import { MAX_CARD_BYTES } from './card-check.ts';

/** Teams refuses a bot message above about 28 KB; every card the bot sends must fit in it. */
export function expectCardWithinTeams(card: unknown, label = 'card'): number {
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  expect(bytes, `${label}: ${bytes} bytes, Teams takes ${MAX_CARD_BYTES}`).toBeLessThanOrEqual(MAX_CARD_BYTES);
  return bytes;
}

/** The Adaptive Cards in what the bot sent (connector call bodies), each checked with expectCardWithinTeams. */
export function expectSentCardsWithinTeams(bodies: any[]): unknown[] {
  const cards = bodies.flatMap((b) =>
    ((b?.attachments ?? b?.activity?.attachments ?? []) as { contentType?: string; content?: unknown }[])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content),
  );
  cards.forEach((c, i) => expectCardWithinTeams(c, `card ${i + 1}`));
  return cards;
}
