import type { AdaptiveCard } from '../src/conversation/types.ts';
import { cardLimitText } from '../src/i18n/index.ts';

/**
 * Teams refuses a bot message above about 28 KB (413). A card is kept to 24 KB so the message
 * around it (text, @mentions, ids) still fits (attack round 6b, A11a: a 239 KB agenda card).
 */
export const CARD_BUDGET_BYTES = 24 * 1024;

const bytesOf = (card: AdaptiveCard) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/** «… og N til (se fanen)» for N left out, '' for none. */
export const moreLine = (hidden: number): string => (hidden > 0 ? cardLimitText.more(hidden) : '');

/**
 * A list card that fits: `build(shown)` renders the card with the first `shown` of `total` entries
 * (and says how many are left out); the most entries whose card stays within the budget are shown,
 * at most `max`. A card that is too large even empty is returned empty; its own fields are cut upstream.
 */
export function fitList(total: number, build: (shown: number) => AdaptiveCard, max = total): AdaptiveCard {
  const all = Math.min(total, max);
  const whole = build(all);
  if (bytesOf(whole) <= CARD_BUDGET_BYTES) return whole;
  let lo = 0;
  let hi = all - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytesOf(build(mid)) <= CARD_BUDGET_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return build(lo);
}

/** A text cut to `max` characters after a whole word, with «…». */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  return `${room.replace(/\s+\S*$/, '') || room}…`;
}

/** The first `n` entries of lists in groups, in order; groups left with none drop out. */
export function firstOf<G, I>(groups: G[], items: (g: G) => I[], n: number, withItems: (g: G, items: I[]) => G): G[] {
  const out: G[] = [];
  let left = n;
  for (const g of groups) {
    if (left <= 0) break;
    const kept = items(g).slice(0, left);
    left -= kept.length;
    if (kept.length) out.push(withItems(g, kept));
  }
  return out;
}
