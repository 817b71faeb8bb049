import { TokenBuckets, type BucketSize } from './token-bucket.ts';

/**
 * How hard the signed download links (/files/…: minutes, drafts, plans, exports) may be used.
 * They need no sign-in (anyone holding the link from the channel card), and one .docx of a long
 * meeting costs close to a second of CPU: 39 parallel downloads held /readyz (attack round 7, A5).
 * From one address at most two are built at a time (a browser fetches a link once; a municipality's
 * staff behind one address download one after another), and the bucket bounds the steady rate:
 * sixty in a row, then one every two seconds.
 */
export const DOWNLOADS_PER_ADDRESS: BucketSize = { capacity: 60, perSecond: 0.5 };
export const DOWNLOADS_IN_FLIGHT_PER_ADDRESS = 2;
/**
 * One link (one file of one network, whatever the signature), from every address together: a
 * network's members each fetch the minutes after a meeting, not twenty times a minute.
 */
export const DOWNLOADS_PER_LINK: BucketSize = { capacity: 20, perSecond: 0.2 };

export const DOWNLOAD_PREFIX = '/files/';

/**
 * The calendar feed (/feeds/…ics): the one signed link that lives until «ny kalenderlenke», fetched
 * without sign-in by calendar apps every few minutes to hours (attack round 7b, A6: 360 quick fetches
 * from one address were all answered). Outlook and Google fetch from their own servers, many feeds
 * from few addresses, so the address allowance is wide and the link's is the tight one: thirty in a
 * row, then one every thirty seconds, far above any calendar's polling. Answered before the feed is built.
 */
export const FEED_PREFIX = '/feeds/';
export const FEEDS_PER_ADDRESS: BucketSize = { capacity: 240, perSecond: 2 };
export const FEEDS_PER_LINK: BucketSize = { capacity: 30, perSecond: 1 / 30 };
export const FEEDS_IN_FLIGHT_PER_ADDRESS = 8;

export type DownloadRefusal = { retryAfterS: number };

/** The download routes' two buckets, on the server's monotonic time. */
export class DownloadLimits {
  readonly #address: TokenBuckets;
  readonly #link: TokenBuckets;
  readonly #now: () => number;
  readonly #inFlight = new Map<string, number>();
  readonly #maxInFlight: number;

  constructor(
    opts: { perAddress?: BucketSize; perLink?: BucketSize; inFlightPerAddress?: number; now?: () => number } = {},
  ) {
    this.#address = new TokenBuckets(opts.perAddress ?? DOWNLOADS_PER_ADDRESS);
    this.#link = new TokenBuckets(opts.perLink ?? DOWNLOADS_PER_LINK);
    this.#maxInFlight = opts.inFlightPerAddress ?? DOWNLOADS_IN_FLIGHT_PER_ADDRESS;
    this.#now = opts.now ?? (() => performance.now());
  }

  /**
   * `path` as routed (lower case, dot segments resolved), `query` as parsed: the link is the file
   * and the network and tenant it was signed for (the same file name exists in every network).
   */
  take(address: string, path: string, query: URLSearchParams): DownloadRefusal | null {
    if ((this.#inFlight.get(address) ?? 0) >= this.#maxInFlight) return { retryAfterS: 1 };
    const now = this.#now();
    const a = this.#address.take(address, now);
    if (!a.ok) return { retryAfterS: a.retryAfterS };
    const link = `${path}\u0000${query.get('t') ?? ''}\u0000${query.get('n') ?? ''}`;
    const l = this.#link.take(link, now);
    return l.ok ? null : { retryAfterS: l.retryAfterS };
  }

  /** A download from `address` is being answered; call the returned function when it is done. */
  enter(address: string): () => void {
    this.#inFlight.set(address, (this.#inFlight.get(address) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const n = (this.#inFlight.get(address) ?? 1) - 1;
      if (n <= 0) this.#inFlight.delete(address);
      else this.#inFlight.set(address, n);
    };
  }
}
