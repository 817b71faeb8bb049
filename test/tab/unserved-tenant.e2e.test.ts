// Attack round 10, A4: with every tenant allowed (a MultiTenant bot without ALLOWED_TENANT_IDS), each
// anonymous tab request with a forged token naming a new tenant made the server fetch that tenant's
// OpenID keys (200 requests: 200 fetches, 200 warn lines, answered 503), and pushed real tenants'
// keys out of the cache. A tenant with no network here is now refused before anything is fetched.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { APP_ID, netOf, startTabApp, T1, T2, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

let app: TabApp;
let net: NetworkFixture;
let keyServer: Server;
/** Key set fetches by tenant, through a counting stand-in in front of the test's OpenID server. */
const fetched = new Map<string, number>();

beforeAll(async () => {
  let idpUrl = '';
  keyServer = createServer(async (req, res) => {
    const tenant = (req.url ?? '').split('/')[1] ?? '';
    fetched.set(tenant, (fetched.get(tenant) ?? 0) + 1);
    const upstream = await fetch(`${idpUrl}${req.url}`);
    res.setHeader('content-type', 'application/json');
    res.statusCode = upstream.status;
    res.end(await upstream.text());
  });
  await new Promise<void>((r) => keyServer.listen(0, '127.0.0.1', r));
  const port = (keyServer.address() as AddressInfo).port;
  app = await startTabApp({
    env: {
      ALLOWED_TENANT_IDS: '',
      TAB_OPENID_METADATA_URL: `http://127.0.0.1:${port}/{tenant}/v2.0/.well-known/openid-configuration`,
    },
  });
  idpUrl = app.idp.url;
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari]);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await new Promise<void>((r) => keyServer?.close(() => r()));
});

/** A token with every claim right but the signature, for a tenant of the caller's choosing. */
function forged(tid: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'RS256', kid: 'test-key-1' })}.${b64({
    tid,
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    aud: APP_ID,
    exp: now + 3600,
    oid: randomUUID(),
    scp: 'access_as_user',
    azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  })}.AAAA`;
}

it('200 forged tokens for tenants without a network are refused before any key set is fetched', async () => {
  const tenants = Array.from({ length: 200 }, () => randomUUID());
  const statuses = await Promise.all(
    tenants.map(
      async (tid) => (await app.api(`${tabApi.context}?tenantId=${tid}&teamId=x`, { token: forged(tid) })).status,
    ),
  );
  expect(statuses.every((s) => s === 403)).toBe(true);
  expect(tenants.filter((tid) => fetched.has(tid))).toEqual([]);
});

it('the tenant the bot serves still signs in, and its forged tokens still fail on the signature', async () => {
  const token = await app.token(kari, T1);
  const res = await app.api(`${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(net.teamId)}`, { token });
  expect(res.status).toBe(200);
  expect(contextResponse.parse(res.body).role).toBe('leader');
  expect(fetched.get(T1)).toBeGreaterThan(0);
  expect((await app.api(tabApi.myTasks, { token: forged(T1) })).status).toBe(401);
});

it('a tenant is served from its first network on', async () => {
  const before = await app.api(tabApi.myTasks, { token: await app.token(kari, T2) });
  expect(before.status).toBe(403);
  await app.install(netOf(app, 2, T2), kari);
  const after = await app.api(tabApi.myTasks, { token: await app.token(kari, T2) });
  expect(after.status).toBe(200);
});
