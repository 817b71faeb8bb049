import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Logger } from '../log.ts';

// Signing keys from an OpenID metadata document, shared by the Bot Connector's token gate
// (bot/token-gate.ts) and the tab's Entra tokens (src/tab/auth.ts): one cache rule for both.

const FAILURE_TTL_MS = 30_000;
const REFRESH_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_KID_REFRESH_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5_000;

/**
 * A key and the channels it `endorses` (a Bot Framework extension of JWKS; null when the key names
 * none, as Entra's keys do).
 */
export type KeyLookup = { key: KeyObject; endorsements: readonly string[] | null } | 'unknown' | 'unavailable';
type Key = { key: KeyObject; endorsements: readonly string[] | null };

/** The channel's signing keys by kid, fetched from the OpenID metadata with a cache for failures too. */
export class KeySet {
  private keys: Map<string, Key> | null = null;
  private loadedAt = 0;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private failedAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<void> | null = null;
  private readonly metadataUrl: string;
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(metadataUrl: string, log: Logger, now: () => number = Date.now) {
    this.metadataUrl = metadataUrl;
    this.log = log;
    this.now = now;
  }

  /** Seconds until the next fetch may be tried after a failure. */
  retryAfterS(): number {
    return Math.max(1, Math.ceil((this.failedAt + FAILURE_TTL_MS - this.now()) / 1000));
  }

  async get(kid: string): Promise<KeyLookup> {
    const now = this.now();
    const mayFetch = now - this.failedAt >= FAILURE_TTL_MS;
    const stale = this.keys === null || now - this.loadedAt > REFRESH_MS;
    const unknown = this.keys !== null && !this.keys.has(kid) && now - this.attemptedAt > UNKNOWN_KID_REFRESH_MS;
    if (mayFetch && (stale || unknown)) await this.refresh();
    if (this.keys === null) return 'unavailable';
    return this.keys.get(kid) ?? 'unknown';
  }

  private refresh(): Promise<void> {
    // One fetch at a time: a burst of tokens waits for the same answer.
    return (this.inflight ??= this.load().finally(() => (this.inflight = null)));
  }

  private async load(): Promise<void> {
    this.attemptedAt = this.now();
    try {
      const metadata = (await getJson(this.metadataUrl)) as { jwks_uri?: unknown };
      if (typeof metadata?.jwks_uri !== 'string') throw new Error('metadata has no jwks_uri');
      const jwks = (await getJson(metadata.jwks_uri)) as { keys?: unknown };
      if (!Array.isArray(jwks?.keys)) throw new Error('key set has no keys');
      const keys = new Map<string, Key>();
      for (const jwk of jwks.keys as Array<Record<string, unknown>>) {
        if (jwk?.kty !== 'RSA' || typeof jwk.kid !== 'string' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string')
          continue;
        try {
          const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
          const e = jwk.endorsements;
          const endorsements = Array.isArray(e) ? e.filter((x): x is string => typeof x === 'string') : null;
          keys.set(jwk.kid, { key, endorsements });
        } catch {
          /* a key we cannot read cannot have signed a token we accept */
        }
      }
      this.keys = keys;
      this.loadedAt = this.now();
      this.failedAt = Number.NEGATIVE_INFINITY;
    } catch (err) {
      this.failedAt = this.now();
      const cause = (err as { cause?: { code?: unknown; message?: unknown } })?.cause;
      const reason = [err instanceof Error ? err.message : String(err), cause?.code ?? cause?.message]
        .filter(Boolean)
        .join(': ')
        .slice(0, 200);
      this.log.warn(
        { metadataUrl: this.metadataUrl, reason, retryInS: FAILURE_TTL_MS / 1000, cachedKeys: this.keys !== null },
        this.keys
          ? 'OpenID signing keys could not be refreshed; using the cached ones'
          : 'OpenID signing keys could not be fetched; tokens are answered 503 until they can',
      );
    }
  }
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${new URL(url).origin}`);
  return res.json();
}

/** One base64url part of a JWT as a JSON object, or null. */
export function decodeJwtPart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
