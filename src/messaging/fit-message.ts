import { messageSizeText } from '../i18n/index.ts';
import type { OutgoingMessage } from './messenger.ts';

/**
 * Teams refuses a bot message above about 28 KB (the activity as sent) with 413 MessageSizeTooBig,
 * and sending it again never helps. What the message carries (text, card, mentions, summary) is kept
 * to 26 KB so the envelope around it (ids, addresses, the reply's thread) still fits.
 */
export const MESSAGE_BUDGET_BYTES = 26 * 1024;

/** The short form sent after Teams refused a message for its size: well under any limit it may apply. */
export const REFUSED_BUDGET_BYTES = 8 * 1024;

/** The bytes of what a message carries, as JSON: the part of the activity that grows. */
export function messageBytes(m: OutgoingMessage): number {
  return Buffer.byteLength(JSON.stringify({ text: m.text, card: m.card, summary: m.summary, mentions: m.mentions }));
}

/** Teams answered 413: the message as it was will never be taken. */
export function isTooLarge(err: unknown): boolean {
  return (err as { statusCode?: number } | null)?.statusCode === 413;
}

/**
 * The short form of a message Teams will not take: its text (cut after a whole word with «…» when it
 * alone is too long) without the card, and a line that says the answer was too large and where to see
 * it. The text leads every reply with its substance («Fristen F157 … er lagt inn»), so that survives.
 */
export function shortForm(m: OutgoingMessage, budget = MESSAGE_BUDGET_BYTES): OutgoingMessage {
  const note = messageSizeText.tooLarge;
  const lead = m.text ?? (m.card ? m.summary : undefined) ?? '';
  const build = (t: string): OutgoingMessage => ({
    text: t ? `${t}\n\n${note}` : note,
    ...(m.mentions?.length ? { mentions: m.mentions } : {}),
  });
  if (messageBytes(build(lead)) <= budget) return build(lead);
  // The most characters whose cut text fits (binary search: a character is 1 to 4 bytes).
  let lo = 0;
  let hi = lead.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (messageBytes(build(cut(lead, mid))) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return build(cut(lead, lo));
}

/** The message as it is when it fits, else its short form: checked before anything is sent. */
export function fitMessage(m: OutgoingMessage, budget = MESSAGE_BUDGET_BYTES): OutgoingMessage {
  return messageBytes(m) <= budget ? m : shortForm(m, budget);
}

/** A text cut to `max` characters after a whole word, with «…» (never inside a surrogate pair). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  let room = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(room)) room = room.slice(0, -1);
  return `${room.replace(/\s+\S*$/, '') || room}…`;
}
