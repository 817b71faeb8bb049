import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { BearerCheck, BearerCheckOptions } from '../security/bearer-jwt.ts';
import { keyIdOf, readBearerJwt, signatureHolds, signingKey, timeProblem } from '../security/bearer-jwt.ts';
import { KeySet } from '../security/openid-keys.ts';

/**
 * Who is calling the tab API, from the bearer token alone. Teams' `authentication.getAuthToken()`
 * gives an Entra ID token for the app's `webApplicationInfo.resource`; it is checked the way
 * bot/token-gate.ts checks the connector's tokens, but against the caller's own tenant's keys:
 * RS256 only, a key of the tenant's OpenID key set (by kid), issuer the tenant's v1
 * (https://sts.windows.net/<tid>/) or v2 (https://login.microsoftonline.com/<tid>/v2.0) issuer,
 * audience the resource (api://<domain>/<app id>) or the bare app id, exp/nbf with 5 minutes'
 * tolerance, and the tenant on ALLOWED_TENANT_IDS when that is set.
 *
 * The tenant is read before the signature: a tenant that is not allowed (or, with every tenant
 * allowed, one without a network here) is refused (403) without fetching anything, so forged tokens
 * cannot make the server fetch key sets for any tenant id.
 *
 * Local mode (no app id) also accepts tokens the server signs itself for the playground's people
 * (HS256 with a key made at start and never stored). With an app id they are refused like any
 * token with a foreign issuer.
 */

export interface TabIdentity {
  tenantId: string;
  /** Entra object id: the person, across every team of the tenant. */
  oid: string;
  name: string;
  /** Set for the server's own playground tokens: the Teams user id the playground uses for this person. */
  teamsUserId?: string;
  /** Set for the server's own playground tokens: the teams the playground's roster puts this person in (A6). */
  localTeams?: string[];
  local: boolean;
}

export type TabAuthVerdict =
  | { ok: true; who: TabIdentity }
  | { ok: false; status: 401 | 403; reason: string }
  | { ok: false; status: 503; reason: string; retryAfterS: number };

/** Key sets kept at once when every tenant is allowed (no allow-list): the oldest goes first. */
const MAX_TENANTS = 200;
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The scope the app registration exposes for Teams' sign-in (README: webApplicationInfo). */
const TAB_SCOPE = 'access_as_user';
/**
 * The client apps whose tokens the tab takes: Teams desktop/mobile and Teams on the web (the ids
 * the README pre-authorises). Another app in the tenant that got consent for access_as_user has
 * a token with the same audience and scope, but it is not Teams showing our tab.
 */
export const TEAMS_CLIENT_IDS = [
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
] as const;
const ENTRA_METADATA = 'https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration';

export const LOCAL_ISSUER = 'urn:nettverksboten:local-tab';
export const LOCAL_AUDIENCE = 'urn:nettverksboten:tab-api';
const LOCAL_LIFETIME_S = 60 * 60;

/** Signs the playground's tab tokens; the key lives in this process only. */
export class LocalTabSigner {
  readonly #key = randomBytes(32);
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  sign(who: { tenantId: string; oid: string; name: string; teamsUserId: string; teams?: string[] }): {
    token: string;
    expiresAt: string;
  } {
    const iat = Math.floor(this.#now() / 1000);
    const exp = iat + LOCAL_LIFETIME_S;
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const claims = {
      iss: LOCAL_ISSUER,
      aud: LOCAL_AUDIENCE,
      tid: who.tenantId,
      oid: who.oid,
      name: who.name,
      uid: who.teamsUserId,
      teams: who.teams ?? [],
      iat,
      nbf: iat,
      exp,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const sig = createHmac('sha256', this.#key).update(`${header}.${payload}`).digest('base64url');
    return { token: `${header}.${payload}.${sig}`, expiresAt: new Date(exp * 1000).toISOString() };
  }

  verify(h: string, p: string, s: string): boolean {
    const expected = createHmac('sha256', this.#key).update(`${h}.${p}`).digest();
    const given = Buffer.from(s, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

export interface TabAuthOptions extends BearerCheckOptions {
  /** The tab's Entra app id; without it no Entra token can be checked (local mode). */
  appId: string | undefined;
  /** api://<domain>/<app id>, from the public URL at the time of the check. */
  resource: () => string | undefined;
  /** Empty: every tenant. */
  allowedTenantIds: readonly string[];
  /** Client apps besides Teams' own whose tokens are taken (TAB_CLIENT_IDS). */
  extraClientIds?: readonly string[];
  /** Template with {tenant}; Entra's own by default (tests point it at a local server). */
  metadataUrl?: string;
  /** Local mode only: the signer of the playground's tokens. */
  local?: LocalTabSigner;
  /**
   * Without an allow-list: whether the bot serves this tenant (a network of it is on record). A tenant
   * it does not serve is refused before its key set is fetched (attack round 10, A4).
   */
  servesTenant?: (tenantId: string) => Promise<boolean>;
}

export type TabAuth = BearerCheck<TabAuthVerdict>;

export function createTabAuth(opts: TabAuthOptions): TabAuth {
  const now = opts.now ?? Date.now;
  const template = opts.metadataUrl ?? ENTRA_METADATA;
  const clients = new Set([...TEAMS_CLIENT_IDS, ...(opts.extraClientIds ?? [])].map((c) => c.toLowerCase()));
  const tenants = new Map<string, KeySet>();
  const keysOf = (tid: string) => {
    let k = tenants.get(tid);
    if (!k) {
      if (tenants.size >= MAX_TENANTS) tenants.delete(tenants.keys().next().value!);
      k = new KeySet(template.replaceAll('{tenant}', tid), opts.log, now);
      tenants.set(tid, k);
    }
    return k;
  };
  const reject = (reason: string): TabAuthVerdict => ({ ok: false, status: 401, reason });

  const str = (v: unknown) => (typeof v === 'string' ? v : '');

  return {
    async check(authorization) {
      const jwt = readBearerJwt(authorization);
      if (typeof jwt === 'string') return reject(jwt);
      const { h, p, s, header, claims } = jwt;

      if (claims.iss === LOCAL_ISSUER) {
        if (!opts.local) return reject('local token outside local mode');
        if (header.alg !== 'HS256' || !opts.local.verify(h, p, s)) return reject('bad signature');
        if (claims.aud !== LOCAL_AUDIENCE) return reject('wrong audience');
        const late = timeProblem(claims, now());
        if (late) return reject(late);
        if (!str(claims.tid) || !str(claims.oid)) return reject('no tenant or person');
        return {
          ok: true,
          who: {
            tenantId: str(claims.tid),
            oid: str(claims.oid),
            name: str(claims.name),
            teamsUserId: str(claims.uid) || undefined,
            localTeams: Array.isArray(claims.teams)
              ? claims.teams.filter((x): x is string => typeof x === 'string')
              : [],
            local: true,
          },
        };
      }

      if (!opts.appId) return reject('no app id to check the audience against');
      if (header.alg !== 'RS256') return reject(`signing algorithm ${String(header.alg).slice(0, 20)} not allowed`);
      const kid = keyIdOf(header);
      if (!kid) return reject('no key id');
      const tid = str(claims.tid);
      if (!TENANT_ID.test(tid)) return reject('no tenant id');
      if (
        claims.iss !== `https://sts.windows.net/${tid}/` &&
        claims.iss !== `https://login.microsoftonline.com/${tid}/v2.0`
      )
        return reject('wrong issuer');
      const resource = opts.resource();
      const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!auds.some((a) => a === opts.appId || (resource !== undefined && a === resource)))
        return reject('wrong audience');
      const late = timeProblem(claims, now());
      if (late) return reject(late);
      if (!str(claims.oid)) return reject('no object id');
      // Only a person's token from Teams' sign-in: an app's own token (client credentials, roles
      // without scp) or one for another scope of the API must not pass for a member.
      if (claims.idtyp === 'app' || !str(claims.scp)) return reject('not a delegated user token');
      if (!str(claims.scp).split(' ').includes(TAB_SCOPE)) return reject(`scope ${TAB_SCOPE} missing`);
      // v2 tokens name the client in azp, v1 tokens in appid.
      const client = (str(claims.azp) || str(claims.appid)).toLowerCase();
      if (!clients.has(client)) return reject('token not issued to a Teams client');
      if (opts.allowedTenantIds.length && !opts.allowedTenantIds.some((a) => a.toLowerCase() === tid.toLowerCase())) {
        return { ok: false, status: 403, reason: 'tenant not allowed' };
      }
      // With every tenant allowed (MultiTenant without ALLOWED_TENANT_IDS), each forged token naming a new
      // tenant made the server fetch that tenant's keys from Entra, wrote a warn line and evicted a real
      // tenant's cached keys (attack round 10, A4). Only a tenant with a network here has anything to show.
      if (!opts.allowedTenantIds.length && opts.servesTenant && !(await opts.servesTenant(tid.toLowerCase())))
        return { ok: false, status: 403, reason: 'tenant not served' };
      const found = await signingKey(keysOf(tid.toLowerCase()), kid);
      if (!found.ok) return found;
      if (!signatureHolds(jwt, 'sha256', found.key)) return reject('bad signature');
      return {
        ok: true,
        who: {
          tenantId: tid,
          oid: str(claims.oid),
          name: str(claims.name) || str(claims.preferred_username),
          local: false,
        },
      };
    },
  };
}
