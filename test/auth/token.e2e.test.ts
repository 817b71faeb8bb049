import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { channelMessage, networkFixture, person } from '../support/teams.ts';

const APP_ID = '5d2c1f3a-8b7e-4c6d-9a1b-2e3f4a5b6c7d';
const TENANT = '10000000-0000-4000-8000-000000000001';
const OTHER_TENANT = '20000000-0000-4000-8000-000000000002';
const kari = person('Kari Nordmann', 1);

describe('Bot Framework token checks on /api/messages (local OpenID and JWKS server)', () => {
  let idp: OpenIdServer;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startOpenIdServer();
    t = await startTestApp({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-here',
        MicrosoftAppTenantId: TENANT,
        BOT_OPENID_METADATA_URL: idp.metadataUrl,
        BOT_TOKEN_ISSUER: idp.issuer,
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** A message from its own team, so the network row tells whether the store was touched. */
  function message(n: number, tenantId = TENANT) {
    const net = networkFixture(t.connector.url, n, tenantId);
    return { net, activity: channelMessage(net, kari, 'hjelp') };
  }

  const stored = async (net: { tenantId: string; teamId: string }) =>
    t.app.services.store.networks.get(net.tenantId, net.teamId);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('accepts a valid token and processes the activity', async () => {
    const { net, activity } = message(1);
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl });
    const res = await t.post(activity, bearer(token));
    expect(res.status).not.toBe(401);
    expect(await stored(net)).not.toBeNull();
  });

  const cases: [string, (a: { serviceUrl: string }) => Promise<Record<string, string>>][] = [
    ['a missing Authorization header', async () => ({})],
    [
      'a bad signature',
      async (a) => bearer(await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl }, { wrongKey: true })),
    ],
    [
      'an expired token',
      async (a) => bearer(await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl }, { expired: true })),
    ],
    [
      'a wrong audience',
      async (a) =>
        bearer(await idp.signToken({ aud: '00000000-0000-0000-0000-000000000000', serviceurl: a.serviceUrl })),
    ],
    [
      'a wrong issuer',
      async (a) =>
        bearer(
          await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl }, { issuer: 'https://issuer.example.invalid/' }),
        ),
    ],
    [
      'a token for another serviceUrl',
      async () => bearer(await idp.signToken({ aud: APP_ID, serviceurl: 'https://smba.example.invalid/' })),
    ],
  ];

  cases.forEach(([name, headers], i) => {
    it(`answers 401 for ${name} without touching the store`, async () => {
      const { net, activity } = message(10 + i);
      const res = await t.post(activity, await headers(activity));
      expect(res.status).toBe(401);
      expect(await stored(net)).toBeNull();
      expect(t.connector.emulator.calls.filter((c) => c.conversationId?.startsWith(net.channelId))).toEqual([]);
    });
  });

  it('does not process activities from a tenant that is not allowed', async () => {
    const { net, activity } = message(30, OTHER_TENANT);
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl });
    const res = await t.post(activity, bearer(token));
    expect(res.status).toBeLessThan(300);
    expect(await stored(net)).toBeNull();
  });

  it('never serves the playground when an app id is set', async () => {
    expect((await fetch(`${t.app.url}/playground`)).status).toBe(404);
  });
});
