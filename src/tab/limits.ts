import { TokenBuckets, type BucketSize } from '../server/token-bucket.ts';
import { tabApiText as t } from '../i18n/index.ts';
import type { TabIdentity } from './auth.ts';

/**
 * How hard one person may use the tab's API (attack round 6b, A11: one member's 50 parallel
 * requests held /readyz at 5.5 s). Opening a page of the tab asks 1–4 routes and a person clicks
 * a few times a minute, so 60 at once and one every half second after that are never reached in
 * use, while a script is cut to 2 a second.
 */
export const PER_USER: BucketSize = { capacity: 60, perSecond: 2 };
/**
 * Per client address, before the token is checked: a municipality's staff may share one address,
 * so it is ten times one person's; it stops a flood of unsigned or many-token requests early.
 */
export const PER_ADDRESS: BucketSize = { capacity: 600, perSecond: 20 };

export type LimitAnswer = { status: 429; body: { error: string }; headers: Record<string, string> };

const refusal = (retryAfterS: number): LimitAnswer => ({
  status: 429,
  body: { error: t.tooManyRequests(retryAfterS) },
  headers: { 'Retry-After': String(retryAfterS), 'Cache-Control': 'no-store' },
});

/** The tab API's two buckets, on the server's monotonic time (the rate is real time, whatever clock the bot runs on). */
export class TabLimits {
  readonly #user: TokenBuckets;
  readonly #address: TokenBuckets;
  readonly #now: () => number;

  constructor(opts: { perUser?: BucketSize; perAddress?: BucketSize; now?: () => number } = {}) {
    this.#user = new TokenBuckets(opts.perUser ?? PER_USER);
    this.#address = new TokenBuckets(opts.perAddress ?? PER_ADDRESS);
    this.#now = opts.now ?? (() => performance.now());
  }

  /** The signed-in person (tenant + Entra object id): null when they may go on. */
  user(who: TabIdentity): LimitAnswer | null {
    const r = this.#user.take(`${who.tenantId}\u0000${who.oid.toLowerCase()}`, this.#now());
    return r.ok ? null : refusal(r.retryAfterS);
  }

  address(address: string): LimitAnswer | null {
    const r = this.#address.take(address, this.#now());
    return r.ok ? null : refusal(r.retryAfterS);
  }
}
