// Issue #16: who may call the tab's API. Entra tokens signed by a local OpenID/JWKS server, checked
// as Teams' getAuthToken() tokens are (issuer of the tenant, audience the resource or app id, RS256,
// expiry, allow-list), membership from the team's roster, and the playground's local tokens.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, networkFixture, person, type NetworkFixture } from '../support/teams.ts';
import { APP_ID, netOf, startTabApp, T1, T2, T3, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const siri = person('Siri Andersen', 4); // leads a network in tenant 2

const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('Entra tokens on the tab API', () => {
  let app: TabApp;
  let net: NetworkFixture;
  let other: NetworkFixture; // same tenant, Ola is not in it
  let foreign: NetworkFixture; // tenant 2

  beforeAll(async () => {
    app = await startTabApp();
    net = netOf(app, 1);
    other = netOf(app, 2);
    foreign = netOf(app, 3, T2);
    await app.install(net, kari);
    await app.install(other, kari);
    await app.install(foreign, siri);
    app.members(net, [kari, ola]);
    app.members(other, [kari]);
    app.members(foreign, [siri]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  const overview = (n: NetworkFixture, token: string | null, headers?: Record<string, string>) =>
    app.api(tabApi.overview(n.teamId), { token, headers });

  it('accepts a v2 token for the app id, and a v1 token for the resource api://<domain>/<app id>', async () => {
    expect((await overview(net, await app.token(ola))).status).toBe(200);
    const host = new URL(app.t.app.url).hostname;
    const v1 = await app.token(
      ola,
      T1,
      // v1 tokens name the client in appid, not azp (Teams on the web here).
      { aud: `api://${host}/${APP_ID}`, ver: '1.0', azp: undefined, appid: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346' },
      { issuer: `https://sts.windows.net/${T1}/` },
    );
    expect((await overview(net, v1)).status).toBe(200);
  });

  const refusals: [string, () => Promise<string | null>][] = [
    ['no token', async () => null],
    ['a token that is no JWT', async () => 'not-a-token'],
    ['a bad signature', async () => app.token(ola, T1, {}, { wrongKey: true })],
    ['an expired token', async () => app.token(ola, T1, {}, { expired: true })],
    ['another audience', async () => app.token(ola, T1, { aud: '00000000-0000-0000-0000-000000000000' })],
    ['another resource', async () => app.token(ola, T1, { aud: `api://evil.example/${APP_ID}` })],
    [
      'an issuer that is not the token’s tenant',
      async () => app.token(ola, T1, {}, { issuer: `https://login.microsoftonline.com/${T2}/v2.0` }),
    ],
    ['the bot connector’s issuer', async () => app.token(ola, T1, {}, { issuer: app.idp.issuer })],
    ['no object id', async () => app.token(ola, T1, { oid: undefined })],
    // Only a person's token for the tab's own scope, as Teams' sign-in gives it.
    ['no scope', async () => app.token(ola, T1, { scp: undefined })],
    ['another scope of the API', async () => app.token(ola, T1, { scp: 'User.Read' })],
    ['an app-only token', async () => app.token(ola, T1, { scp: undefined, roles: ['Tab.Read'], idtyp: 'app' })],
    ['an app token that also names the scope', async () => app.token(ola, T1, { idtyp: 'app' })],
    // Another app in the tenant with consent for access_as_user: same audience and scope, not Teams.
    [
      'a token issued to another client app',
      async () => app.token(ola, T1, { azp: '99999999-9999-4999-8999-999999999999' }),
    ],
    ['a token that names no client app', async () => app.token(ola, T1, { azp: undefined })],
    [
      'a v1 token issued to another client app',
      async () => app.token(ola, T1, { ver: '1.0', azp: undefined, appid: '99999999-9999-4999-8999-999999999999' }),
    ],
    [
      'alg none',
      async () =>
        `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: APP_ID, tid: T1, oid: ola.aadObjectId, iss: `https://login.microsoftonline.com/${T1}/v2.0`, exp: Date.now() / 1000 + 600 })}.`,
    ],
    [
      'HS256 signed with the app id as secret',
      async () => {
        const h = part({ alg: 'HS256', typ: 'JWT', kid: 'test-key-1' });
        const p = part({
          aud: APP_ID,
          tid: T1,
          oid: ola.aadObjectId,
          iss: `https://login.microsoftonline.com/${T1}/v2.0`,
          exp: Math.floor(Date.now() / 1000) + 600,
        });
        return `${h}.${p}.${createHmac('sha256', APP_ID).update(`${h}.${p}`).digest('base64url')}`;
      },
    ],
  ];
  for (const [name, token] of refusals) {
    it(`answers 401 for ${name}, with a Norwegian message and nothing else`, async () => {
      const res = await overview(net, await token());
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: expect.stringContaining('logget inn') });
    });
  }

  it('refuses every route without a token', async () => {
    const n = net.teamId;
    const routes: [string, string, unknown?][] = [
      ['GET', `${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(n)}`],
      ['GET', tabApi.overview(n)],
      ['GET', tabApi.minutes(n)],
      ['GET', tabApi.minutesDoc(n, 'M1')],
      ['GET', tabApi.tasks(n)],
      ['POST', tabApi.task(n, 'T1'), { action: 'done' }],
      ['GET', tabApi.deadlines(n)],
      ['POST', tabApi.delivered(n, 'F1'), {}],
      ['POST', tabApi.ask(n), { question: 'Hva er fristen?' }],
      ['GET', tabApi.settings(n)],
      ['PUT', tabApi.settingsSection(n, 'retention'), { months: 12 }],
      ['GET', tabApi.myTasks],
    ];
    for (const [method, path, body] of routes)
      expect((await app.api(path, { method, body })).status, `${method} ${path}`).toBe(401);
  });

  it('answers 403 for a tenant that is not on the allow-list, without fetching its keys', async () => {
    const res = await overview(net, await app.token(ola, T3));
    expect(res.status).toBe(403);
    expect(res.body.error).toContain('Organisasjonen');
    expect((await app.api(tabApi.myTasks, { token: await app.token(ola, T3) })).status).toBe(403);
  });

  it('answers 403 with nothing shown for a network of another tenant, one that does not exist, and one the person is not in', async () => {
    const token = await app.token(ola);
    const answers = await Promise.all([
      overview(foreign, token),
      app.api(tabApi.overview('19:finnes-ikke@thread.tacv2'), { token }),
      overview(other, token),
    ]);
    for (const a of answers)
      expect(a).toEqual({ status: 403, body: { error: 'Du har ikke tilgang til dette nettverket.' } });
    // Siri, signed in to tenant 2, asking for tenant 1's network by its id.
    expect((await overview(net, await app.token(siri, T2))).status).toBe(403);
    expect((await overview(foreign, await app.token(siri, T2))).status).toBe(200);
  });

  it('a person who left the team is refused once Teams’ roster no longer has them (within the cache time)', async () => {
    const per = person('Per Persen', 3);
    app.members(net, [kari, ola, per]);
    expect((await overview(net, await app.token(per))).status).toBe(200);
    app.members(net, [kari, ola]);
    app.t.clock.advance(6 * 60_000);
    expect((await overview(net, await app.token(per))).status).toBe(403);
    // Added again: in the tab within a minute, not after the five a membership is kept.
    app.members(net, [kari, ola, per]);
    app.t.clock.advance(61_000);
    expect((await overview(net, await app.token(per))).status).toBe(200);
  });
});

describe('when the tenant’s keys cannot be fetched', () => {
  let app: TabApp;
  beforeAll(async () => {
    app = await startTabApp({
      env: {
        TAB_OPENID_METADATA_URL: 'http://127.0.0.1:9/{tenant}/v2.0/.well-known/openid-configuration',
        TAB_CLIENT_IDS: OUTLOOK_WEB,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('answers 503 with Retry-After instead of letting anyone in or failing with a stack', async () => {
    const res = await fetch(`${app.t.app.url}${tabApi.myTasks}`, {
      headers: { authorization: `Bearer ${await app.token(ola)}` },
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).error).toContain('Prøv igjen');
  });

  it('takes a client app named in TAB_CLIENT_IDS as far as the key check, and still refuses an unnamed one', async () => {
    const asClient = async (azp: string) =>
      (
        await fetch(`${app.t.app.url}${tabApi.myTasks}`, {
          headers: { authorization: `Bearer ${await app.token(ola, T1, { azp })}` },
        })
      ).status;
    expect(await asClient(OUTLOOK_WEB)).toBe(503);
    expect(await asClient('99999999-9999-4999-8999-999999999999')).toBe(401);
  });
});

const OUTLOOK_WEB = 'bc59ab01-8403-45c6-8796-ac3ef710b3e3';

describe('local mode: the playground’s own tokens', () => {
  let t: TestApp;
  const PG = 'playground-tenant';
  let pg: NetworkFixture;
  beforeAll(async () => {
    t = await startTestApp();
    pg = {
      ...networkFixture(t.connector.url, 1, PG),
      teamId: '19:playground-team@thread.tacv2',
      channelId: '19:playground-channel@thread.tacv2',
    };
    await t.post(
      botAddedToTeam(pg, {
        id: '29:playground-kari',
        aadObjectId: 'a0000000-0000-4000-8000-000000000001',
        name: 'Kari Nordmann',
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const tokenFor = async (body: unknown) => {
    const res = await fetch(`${t.app.url}${tabApi.playgroundToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const call = (path: string, token: string) =>
    fetch(`${t.app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('signs a token for the leader and the member that the tab API accepts, each with their own role', async () => {
    const leader = await tokenFor({ who: 'leader' });
    expect(leader.status).toBe(200);
    expect(leader.body).toMatchObject({
      tenantId: PG,
      name: 'Kari Nordmann',
      teamId: pg.teamId,
      channelId: pg.channelId,
    });
    const member = await tokenFor({ who: 'member' });
    const ctx = (tok: string) =>
      call(`${tabApi.context}?tenantId=${PG}&teamId=${encodeURIComponent(pg.teamId)}`, tok).then(
        (r) => r.json() as Promise<any>,
      );
    expect((await ctx(leader.body.token)).role).toBe('leader');
    expect((await ctx(member.body.token)).role).toBe('member');
    const settings = (await (await call(tabApi.settings(pg.teamId), member.body.token)).json()) as any;
    expect(settings.editable).toBe(false);
    expect((await tokenFor({ who: 'someone' })).status).toBe(400);
  });

  it('refuses a local token whose claims were changed, and one for a tenant whose network is not the caller’s', async () => {
    const { body } = await tokenFor({ who: 'member' });
    const [h, p, s] = (body.token as string).split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${part({ ...claims, oid: 'a0000000-0000-4000-8000-000000000001' })}.${s}`;
    expect((await call(tabApi.myTasks, forged)).status).toBe(401);
    const noRsc = await tokenFor({ who: 'leader', tenant: 'no-rsc' });
    expect((await call(tabApi.overview(pg.teamId), noRsc.body.token)).status).toBe(403);
  });
});

describe('with an app id', () => {
  it('serves no token endpoint and refuses a token in the local form', async () => {
    const t = await startTestApp({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: T1 },
    });
    try {
      const res = await fetch(`${t.app.url}${tabApi.playgroundToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"who":"leader"}',
      });
      expect(res.status).toBe(404);
      const h = part({ alg: 'HS256', typ: 'JWT' });
      const p = part({
        iss: 'urn:nettverksboten:local-tab',
        aud: 'urn:nettverksboten:tab-api',
        tid: T1,
        oid: kari.aadObjectId,
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      const local = `${h}.${p}.${createHmac('sha256', 'guess').update(`${h}.${p}`).digest('base64url')}`;
      expect(
        (await fetch(`${t.app.url}${tabApi.myTasks}`, { headers: { authorization: `Bearer ${local}` } })).status,
      ).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('production refuses the test-only TAB_OPENID_METADATA_URL', () => {
    const env = {
      NODE_ENV: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: T1,
      TAB_OPENID_METADATA_URL: 'http://127.0.0.1:1/{tenant}',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, TAB_OPENID_METADATA_URL: undefined })).not.toThrow();
  });
});
