import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { AuthenticationConstants } from 'botframework-connector';
import type { Logger } from '../src/log.ts';

/**
 * The Bot Framework token check that runs on the headers alone, before a byte of the body is read
 * (src/server/http.ts calls it). It makes the checks botbuilder's channel validation makes, in
 * the same way: a JWT signed with RS256/384/512 by a key of the channel's OpenID key set (by `kid`),
 * issuer the channel's (https://api.botframework.com, or BOT_TOKEN_ISSUER in tests), audience the
 * app id, not expired and not before its time (5 minutes' tolerance). What needs the body (the
 * `serviceurl` claim against the activity's serviceUrl, the key's endorsement of the channel)
 * botbuilder checks after the body, when it validates the whole token again.
 *
 * Cheap refusals come first: a header that is not a JWT, an algorithm other than RS* (none,
 * HS256), a missing kid, a foreign issuer or audience, an expired token: all 401 without any
 * network traffic. Only then the key set is consulted.
 *
 * The key set is fetched once and cached (refreshed after 24 h, or when an unknown kid arrives and
 * the last fetch is more than 5 minutes old). A failed fetch is remembered for 30 s: every token in
 * that window is answered without a new fetch, so forged tokens cannot make the bot hammer the
 * metadata URL. While no key set has ever been fetched, a token cannot be checked either way: the
 * answer is 503 with Retry-After (the Bot Connector retries), and the failure is one warn line per
 * 30 s, without a stack. With a key set cached from before, a failed refresh keeps using it.
 */
export type TokenVerdict =
  | { ok: true }
  | { ok: false; status: 401; reason: string }
  | { ok: false; status: 503; retryAfterS: number; reason: string };

const HASH_OF: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };
const CLOCK_TOLERANCE_S = 5 * 60;
const FAILURE_TTL_MS = 30_000;
const REFRESH_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_KID_REFRESH_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5_000;
const JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

export interface TokenGateOptions {
  appId: string;
  /** The channel's OpenID metadata (BOT_OPENID_METADATA_URL only in tests). */
  metadataUrl?: string;
  issuer?: string;
  log: Logger;
  now?: () => number;
}

type KeyLookup = { key: KeyObject } | 'unknown' | 'unavailable';

/** The channel's signing keys by kid, fetched from the OpenID metadata with a cache for failures too. */
export class KeySet {
  private keys: Map<string, KeyObject> | null = null;
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
    const key = this.keys.get(kid);
    return key ? { key } : 'unknown';
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
      const keys = new Map<string, KeyObject>();
      for (const jwk of jwks.keys as Array<Record<string, unknown>>) {
        if (jwk?.kty !== 'RSA' || typeof jwk.kid !== 'string' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string')
          continue;
        try {
          keys.set(jwk.kid, createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }));
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

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface TokenGate {
  check(authorization: string | undefined): Promise<TokenVerdict>;
}

export function createTokenGate(opts: TokenGateOptions): TokenGate {
  const now = opts.now ?? Date.now;
  const issuer = opts.issuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer;
  const keys = new KeySet(opts.metadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, opts.log, now);
  const reject = (reason: string): TokenVerdict => ({ ok: false, status: 401, reason });
  return {
    async check(authorization) {
      const m = JWT.exec(String(authorization ?? ''));
      if (!m) return reject('not a bearer JWT');
      const [, h, p, s] = m as unknown as [string, string, string, string];
      const header = decodePart(h);
      const claims = decodePart(p);
      if (!header || !claims) return reject('token parts are not JSON');
      const alg = header.alg;
      if (typeof alg !== 'string' || !Object.hasOwn(HASH_OF, alg))
        return reject(`signing algorithm ${String(alg).slice(0, 20)} not allowed`);
      if (typeof header.kid !== 'string' || !header.kid || header.kid.length > 200) return reject('no key id');
      if (claims.iss !== issuer) return reject('wrong issuer');
      if (claims.aud !== opts.appId) return reject('wrong audience');
      const t = now() / 1000;
      if (typeof claims.exp !== 'number') return reject('no expiry');
      if (t > claims.exp + CLOCK_TOLERANCE_S) return reject('expired');
      if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || t < claims.nbf - CLOCK_TOLERANCE_S))
        return reject('not yet valid');
      const found = await keys.get(header.kid);
      if (found === 'unavailable')
        return { ok: false, status: 503, retryAfterS: keys.retryAfterS(), reason: 'signing keys unavailable' };
      if (found === 'unknown') return reject('unknown signing key');
      const good = verify(HASH_OF[alg]!, Buffer.from(`${h}.${p}`), found.key, Buffer.from(s, 'base64url'));
      return good ? { ok: true } : reject('bad signature');
    },
  };
}
