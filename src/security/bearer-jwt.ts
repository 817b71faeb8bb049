import { verify, type KeyObject } from 'node:crypto';
import type { Logger } from '../log.ts';
import { decodeJwtPart, type KeySet } from './openid-keys.ts';

// The steps of a bearer-token check that the Bot Connector's token gate (bot/token-gate.ts) and the
// tab's Entra tokens (src/tab/auth.ts) take alike: reading the header, the time claims, the key by
// kid and the signature. What differs (algorithms, issuers, audiences, claims) stays with each.

/** exp and nbf are taken 5 minutes either side. */
export const CLOCK_TOLERANCE_S = 5 * 60;
// The scheme in any case (RFC 7235 §2.1; attack round 6, A9).
const JWT = /^[Bb][Ee][Aa][Rr][Ee][Rr] ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

export interface BearerJwt {
  /** The three parts as sent (base64url). */
  h: string;
  p: string;
  s: string;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

/** What both checks take besides their own settings. */
export interface BearerCheckOptions {
  log: Logger;
  /** Milliseconds since the epoch (tests move it). */
  now?: () => number;
}

/** A check of the Authorization header's value (a verdict, never a throw). */
export interface BearerCheck<V> {
  check(authorization: string | undefined): Promise<V>;
}

export type KeyRefusal =
  { ok: false; status: 401; reason: string } | { ok: false; status: 503; retryAfterS: number; reason: string };

/** `Bearer <header>.<claims>.<signature>` with both JSON parts decoded, or why it is not one. */
export function readBearerJwt(authorization: string | undefined): BearerJwt | string {
  const m = JWT.exec(String(authorization ?? ''));
  if (!m) return 'not a bearer JWT';
  const [, h, p, s] = m as unknown as [string, string, string, string];
  const header = decodeJwtPart(h);
  const claims = decodeJwtPart(p);
  if (!header || !claims) return 'token parts are not JSON';
  return { h, p, s, header, claims };
}

/** The header's key id, or null when there is none (or an absurd one). */
export function keyIdOf(header: Record<string, unknown>): string | null {
  const kid = header.kid;
  return typeof kid === 'string' && kid && kid.length <= 200 ? kid : null;
}

/** Why the token is not valid at `nowMs` (no exp, expired, not yet valid), or null. */
export function timeProblem(claims: Record<string, unknown>, nowMs: number): string | null {
  const t = nowMs / 1000;
  if (typeof claims.exp !== 'number') return 'no expiry';
  if (t > claims.exp + CLOCK_TOLERANCE_S) return 'expired';
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || t < claims.nbf - CLOCK_TOLERANCE_S))
    return 'not yet valid';
  return null;
}

/** The signing key for kid, or the answer when there is none: 401 unknown, 503 while no key set can be fetched. */
export async function signingKey(
  keys: KeySet,
  kid: string,
): Promise<{ ok: true; key: KeyObject; endorsements: readonly string[] | null } | KeyRefusal> {
  const found = await keys.get(kid);
  if (found === 'unavailable')
    return { ok: false, status: 503, retryAfterS: keys.retryAfterS(), reason: 'signing keys unavailable' };
  if (found === 'unknown') return { ok: false, status: 401, reason: 'unknown signing key' };
  return { ok: true, key: found.key, endorsements: found.endorsements };
}

/** Whether the signature holds for header and claims under `hash` (sha256/384/512). */
export function signatureHolds(jwt: BearerJwt, hash: string, key: KeyObject): boolean {
  return verify(hash, Buffer.from(`${jwt.h}.${jwt.p}`), key, Buffer.from(jwt.s, 'base64url'));
}
