// The real server with the tab API checking Entra tokens against a local OpenID/JWKS server, the
// Bot Connector emulated on loopback (it also answers the roster), and helpers to call the API.
import { startTestApp, type TestApp } from '../support/app.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { botAddedToTeam, networkFixture, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { TEAMS_CLIENT_IDS } from '../../src/tab/auth.ts';

const TEAMS_DESKTOP = TEAMS_CLIENT_IDS[0];

export const APP_ID = '7c1e4b2a-3d5f-4a6b-8c9d-0e1f2a3b4c5d';
export const T1 = '10000000-0000-4000-8000-000000000001';
export const T2 = '20000000-0000-4000-8000-000000000002';
/** Not on ALLOWED_TENANT_IDS. */
export const T3 = '30000000-0000-4000-8000-000000000003';

export interface TabApp {
  t: TestApp;
  idp: OpenIdServer;
  /** A v2 Entra token for the tab (aud = app id) of this person in this tenant. */
  token(
    who: TestPerson,
    tenantId?: string,
    claims?: Record<string, unknown>,
    opts?: Parameters<OpenIdServer['signToken']>[1],
  ): Promise<string>;
  /** Calls the API over HTTP; JSON in and out. */
  api(
    path: string,
    init?: { token?: string | null; method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any }>;
  /** Puts people in a network's team, as Teams' roster has them. */
  members(net: NetworkFixture, people: TestPerson[]): void;
  install(net: NetworkFixture, installer: TestPerson): Promise<void>;
  close(): Promise<void>;
}

export async function startTabApp(
  opts: { clock?: ManualClock; env?: Record<string, string>; virtualSendTime?: boolean } = {},
): Promise<TabApp> {
  const idp = await startOpenIdServer();
  const t = await startTestApp({
    clock: opts.clock ?? new ManualClock('2026-11-23T08:00:00Z'),
    virtualSendTime: opts.virtualSendTime,
    env: {
      ALLOWED_TENANT_IDS: `${T1},${T2}`,
      TAB_APP_ID: APP_ID,
      TAB_OPENID_METADATA_URL: idp.tenantMetadataUrl,
      ...opts.env,
    },
  });
  const app: TabApp = {
    t,
    idp,
    token: (who, tenantId = T1, claims = {}, o = {}) =>
      idp.signToken(
        {
          aud: APP_ID,
          tid: tenantId,
          oid: who.aadObjectId,
          name: who.name,
          ver: '2.0',
          scp: 'access_as_user',
          azp: TEAMS_DESKTOP,
          ...claims,
        },
        { issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`, ...o },
      ),
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${t.app.url}${path}`, {
        method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body };
    },
    members(net, people) {
      const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
      t.connector.emulator.setMembers(net.channelId, list);
      t.connector.emulator.setMembers(net.teamId, list);
    },
    async install(net, installer) {
      const r = await t.post(botAddedToTeam(net, installer));
      if (r.status >= 300) throw new Error(`install failed: ${r.status}`);
    },
    async close() {
      await t.close();
      await idp.close();
    },
  };
  return app;
}

export function netOf(app: TabApp, n: number, tenantId = T1): NetworkFixture {
  return networkFixture(app.t.connector.url, n, tenantId);
}

export const enc = encodeURIComponent;
