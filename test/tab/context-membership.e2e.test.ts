// Attack round 6, A7: GET /tab/api/context told any signed-in user of the tenant whether the bot has
// a network in a team: 200 {network: null} where it has none, 403 or 503 where it has one. Someone
// who is not shown to be in the team now gets the very answer a team without the bot gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const eve = person('Eva Utenfor', 9); // same tenant, not in the team

let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp();
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const ctx = (teamId: string) => `${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(teamId)}`;

describe('the tab context before membership is known (A7)', () => {
  it('an outsider gets for a network’s team exactly what a team without the bot gives', async () => {
    const token = await app.token(eve);
    const absent = await app.api(ctx(netOf(app, 77).teamId), { token });
    expect(absent.status).toBe(200);
    expect(absent.body.network).toBeNull();
    const present = await app.api(ctx(net.teamId), { token });
    expect({ status: present.status, body: present.body }).toEqual({ status: absent.status, body: absent.body });
  });

  it('so does anyone while Teams cannot say who is in the team; a member gets the network once it can', async () => {
    const token = await app.token(ola);
    const absent = await app.api(ctx(netOf(app, 78).teamId), { token });
    app.t.connector.emulator.faults.next({ status: 500 });
    const unknown = await app.api(ctx(net.teamId), { token });
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: absent.status, body: absent.body });
    const known = await app.api(ctx(net.teamId), { token });
    expect(known.status).toBe(200);
    expect(known.body).toMatchObject({ network: { id: net.teamId }, role: 'member' });
  });
});
