/** A bucket's size: `capacity` requests at once, refilled at `perSecond`. */
export interface BucketSize {
  capacity: number;
  perSecond: number;
}

export type Take = { ok: true } | { ok: false; retryAfterS: number };

/**
 * One token bucket per key (a person, an address): a request takes a token, tokens come back at a
 * steady rate up to the capacity. The least recently used keys are dropped past `maxKeys`, so a
 * flood of new keys costs bounded memory (a dropped key starts again full, which only forgives).
 * Time is the caller's monotonic milliseconds, so tests can drive it.
 */
export class TokenBuckets {
  readonly #size: BucketSize;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(size: BucketSize, maxKeys = 20_000) {
    this.#size = size;
    this.#maxKeys = maxKeys;
  }

  take(key: string, nowMs: number): Take {
    const { capacity, perSecond } = this.#size;
    const b = this.#buckets.get(key);
    let tokens = capacity;
    if (b) {
      tokens = Math.min(capacity, b.tokens + (Math.max(0, nowMs - b.at) / 1000) * perSecond);
      this.#buckets.delete(key);
    } else if (this.#buckets.size >= this.#maxKeys) {
      this.#buckets.delete(this.#buckets.keys().next().value!);
    }
    if (tokens >= 1) {
      this.#buckets.set(key, { tokens: tokens - 1, at: nowMs });
      return { ok: true };
    }
    this.#buckets.set(key, { tokens, at: nowMs });
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
  }
}
