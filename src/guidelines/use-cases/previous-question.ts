// A member's last question in a chat, kept a short while so "og hva med ledernettverkene da?" can be read with it.
// Held in memory only: a restart or another instance loses it, and then the follow-up is declined with a request for
// the whole question (never answered on another topic). The text has passed the input check before it is kept.
// One memory per store, so «slett nettverksdata» (another feature) can forget what was asked in that network.

const KEEP_MS = 15 * 60_000;
const MAX_KEPT = 5_000;

/** Who asked where: the network ('' in a personal chat), the conversation (threads folded) and the person. */
export function askerKey(tenantId: string, networkId: string, conversationId: string, userId: string): string {
  return [tenantId, networkId, conversationId.split(';')[0], userId].join('\u0000');
}

export class PreviousQuestions {
  readonly #last = new Map<string, { text: string; at: number }>();

  /** Everything asked in a network's conversations, dropped when its data is erased. */
  forgetNetwork(tenantId: string, networkId: string): void {
    const prefix = `${tenantId}\u0000${networkId}\u0000`;
    for (const k of [...this.#last.keys()]) if (k.startsWith(prefix)) this.#last.delete(k);
  }

  remember(key: string, text: string, now: Date): void {
    this.#last.delete(key);
    this.#last.set(key, { text, at: now.getTime() });
    // The oldest first in a Map's order: drop those beyond the cap.
    for (const k of this.#last.keys()) {
      if (this.#last.size <= MAX_KEPT) break;
      this.#last.delete(k);
    }
  }

  /** The person's previous question, when asked within the last quarter of an hour. */
  recall(key: string, now: Date): string | undefined {
    const hit = this.#last.get(key);
    if (!hit) return undefined;
    if (now.getTime() - hit.at > KEEP_MS) {
      this.#last.delete(key);
      return undefined;
    }
    return hit.text;
  }
}

const memories = new WeakMap<object, PreviousQuestions>();

/** The memory of one store (tests and benches run several stores in one process; their ids repeat). */
export function previousQuestionsFor(store: object): PreviousQuestions {
  let m = memories.get(store);
  if (!m) memories.set(store, (m = new PreviousQuestions()));
  return m;
}
