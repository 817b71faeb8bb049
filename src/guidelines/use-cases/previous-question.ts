// A member's last question in a chat, kept a short while so "og hva med ledernettverkene da?" can be read with it.
// Held in memory only: a restart or another instance loses it, and then the follow-up is declined with a request for
// the whole question (never answered on another topic). The text has passed the input check before it is kept.

const KEEP_MS = 15 * 60_000;
const MAX_KEPT = 5_000;

export class PreviousQuestions {
  readonly #last = new Map<string, { text: string; at: number }>();

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
