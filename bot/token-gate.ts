import { AuthenticationConstants } from 'botframework-connector';
import type { BearerCheck, BearerCheckOptions } from '../src/security/bearer-jwt.ts';
import { keyIdOf, readBearerJwt, signatureHolds, signingKey, timeProblem } from '../src/security/bearer-jwt.ts';
import { KeySet } from '../src/security/openid-keys.ts';

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
/**
 * The only channel the bot serves (src/server/activity-shape.ts refuses any other): the signing key
 * must endorse it. botbuilder takes a key without `endorsements` as unrestricted; Microsoft's keys
 * all carry them, so a key without is refused here (attack round 6, A8).
 */
const CHANNEL = 'msteams';

export interface TokenGateOptions extends BearerCheckOptions {
  appId: string;
  /** The channel's OpenID metadata (BOT_OPENID_METADATA_URL only in tests). */
  metadataUrl?: string;
  issuer?: string;
}

export type TokenGate = BearerCheck<TokenVerdict>;

export function createTokenGate(opts: TokenGateOptions): TokenGate {
  const now = opts.now ?? Date.now;
  const issuer = opts.issuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer;
  const keys = new KeySet(opts.metadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, opts.log, now);
  const reject = (reason: string): TokenVerdict => ({ ok: false, status: 401, reason });
  return {
    async check(authorization) {
      const jwt = readBearerJwt(authorization);
      if (typeof jwt === 'string') return reject(jwt);
      const { header, claims } = jwt;
      const alg = header.alg;
      if (typeof alg !== 'string' || !Object.hasOwn(HASH_OF, alg))
        return reject(`signing algorithm ${String(alg).slice(0, 20)} not allowed`);
      const kid = keyIdOf(header);
      if (!kid) return reject('no key id');
      if (claims.iss !== issuer) return reject('wrong issuer');
      if (claims.aud !== opts.appId) return reject('wrong audience');
      const late = timeProblem(claims, now());
      if (late) return reject(late);
      const found = await signingKey(keys, kid);
      if (!found.ok) return found;
      if (!found.endorsements?.includes(CHANNEL)) return reject(`signing key does not endorse ${CHANNEL}`);
      const good = signatureHolds(jwt, HASH_OF[alg]!, found.key);
      return good ? { ok: true } : reject('bad signature');
    },
  };
}
