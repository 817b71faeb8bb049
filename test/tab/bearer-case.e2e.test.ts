// Attack round 6, A9: the tab API refused «authorization: bearer …» (RFC 7235 makes the scheme
// case-insensitive); «Bearer» worked. Every tab route that reads a token takes it in any case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp();
  net = netOf(app, 1);
  app.members(net, [kari]);
  await app.install(net, kari);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('the Bearer scheme in any case (A9)', () => {
  it('is read on the personal, network, context and projects routes', async () => {
    const token = await app.token(kari);
    const paths = [
      tabApi.myTasks,
      tabApi.overview(net.teamId),
      tabApi.tasks(net.teamId),
      `${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(net.teamId)}`,
      `${tabApi.overview(net.teamId).replace(/\/overview$/, '')}/projects`,
    ];
    for (const scheme of ['Bearer', 'bearer', 'BEARER'])
      for (const path of paths) {
        const res = await app.api(path, { headers: { authorization: `${scheme} ${token}` } });
        expect(res.status, `${scheme} ${path}`).toBe(200);
      }
    for (const h of [`Basic ${token}`, `Bearer  ${token}`, `bearer${token}`])
      expect((await app.api(tabApi.myTasks, { headers: { authorization: h } })).status, h).toBe(401);
  });
});
