// A member's last question in a chat, kept a short while so "og hva med ledernettverkene da?" can be read with it.
// Held in memory only: a restart or another instance loses it, and then the follow-up is declined with a request for
// the whole question (never answered on another topic). The text has passed the input check before it is kept.
// One memory per store, so «slett nettverksdata» (another feature) can forget what was asked in that network.
// Facts told before a question («Vi er 6 kommuner og fikk 400 000 kr», month s15 #5) are kept beside the
// question under the same key and for the same time, so they never reach another person, chat or network.

const KEEP_MS = 15 * 60_000;
const MAX_KEPT = 5_000;

/** Who asked where: the network ('' in a personal chat), the conversation (threads folded) and the person. */
export function askerKey(tenantId: string, networkId: string, conversationId: string, userId: string): string {
  return [tenantId, networkId, conversationId.split(';')[0], userId].join('\u0000');
}

/** Texts by asker, each for a quarter of an hour, at most MAX_KEPT (the oldest go first). */
class Kept {
  readonly #last = new Map<string, { text: string; at: number }>();

  forgetPrefix(prefix: string): void {
    for (const k of [...this.#last.keys()]) if (k.startsWith(prefix)) this.#last.delete(k);
  }

  set(key: string, text: string, now: Date): void {
    this.#last.delete(key);
    this.#last.set(key, { text, at: now.getTime() });
    // The oldest first in a Map's order: drop those beyond the cap.
    for (const k of this.#last.keys()) {
      if (this.#last.size <= MAX_KEPT) break;
      this.#last.delete(k);
    }
  }

  get(key: string, now: Date): string | undefined {
    const hit = this.#last.get(key);
    if (!hit) return undefined;
    if (now.getTime() - hit.at > KEEP_MS) {
      this.#last.delete(key);
      return undefined;
    }
    return hit.text;
  }
}

export class PreviousQuestions {
  readonly #questions = new Kept();
  readonly #facts = new Kept();

  /** Everything asked or told in a network's conversations, dropped when its data is erased. */
  forgetNetwork(tenantId: string, networkId: string): void {
    const prefix = `${tenantId}\u0000${networkId}\u0000`;
    this.#questions.forgetPrefix(prefix);
    this.#facts.forgetPrefix(prefix);
  }

  remember(key: string, text: string, now: Date): void {
    this.#questions.set(key, text, now);
  }

  /** The person's previous question, when asked within the last quarter of an hour. */
  recall(key: string, now: Date): string | undefined {
    return this.#questions.get(key, now);
  }

  /** A statement of facts the person made (already through the input check), to put before their next question. */
  rememberFacts(key: string, statement: string, now: Date): void {
    this.#facts.set(key, statement, now);
  }

  /** The person's statement of facts, when made within the last quarter of an hour. */
  recallFacts(key: string, now: Date): string | undefined {
    return this.#facts.get(key, now);
  }
}

const memories = new WeakMap<object, PreviousQuestions>();

/** The memory of one store (tests and benches run several stores in one process; their ids repeat). */
export function previousQuestionsFor(store: object): PreviousQuestions {
  let m = memories.get(store);
  if (!m) memories.set(store, (m = new PreviousQuestions()));
  return m;
}
