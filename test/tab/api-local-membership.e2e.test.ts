// Attacker round 5, A6: in local mode the tab counted any playground user as a member of every
// network in the tenant (a team Kari never appeared in answered 200, role member). Now only the
// playground's own roster (its demo team) and people with a role there count, as Teams' roster would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, channelMessage, networkFixture, person, type NetworkFixture } from '../support/teams.ts';
import { playgroundTabToken } from '../support/playground-token.ts';

const PG = 'playground-tenant';
const kari = { id: '29:playground-kari', aadObjectId: 'a0000000-0000-4000-8000-000000000001', name: 'Kari Nordmann' };
const outsider = person('Att Acker', 77);

let t: TestApp;
let pg: NetworkFixture;
let other: NetworkFixture;
beforeAll(async () => {
  t = await startTestApp();
  pg = {
    ...networkFixture(t.connector.url, 1, PG),
    teamId: '19:playground-team@thread.tacv2',
    channelId: '19:playground-channel@thread.tacv2',
  };
  await t.post(botAddedToTeam(pg, kari));
  // A team someone else added the bot to, in the same tenant; neither Kari nor Ola is in it.
  other = networkFixture(t.connector.url, 2, PG);
  await t.post(botAddedToTeam(other, outsider));
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const tokenFor = (who: 'leader' | 'member') => playgroundTabToken(t, who);
const call = (path: string, token: string, body?: unknown) =>
  fetch(`${t.app.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('local mode: the tab knows only the playground’s own roster', () => {
  it('Kari and Ola are in the demo team, and get 403 in a team of the tenant they never appeared in', async () => {
    for (const who of ['leader', 'member'] as const) {
      const token = await tokenFor(who);
      expect((await call(tabApi.overview(pg.teamId), token)).status, who).toBe(200);
      for (const path of [tabApi.overview(other.teamId), tabApi.deadlines(other.teamId), tabApi.tasks(other.teamId)])
        expect((await call(path, token)).status, `${who} ${path}`).toBe(403);
      const ctx = await call(`${tabApi.context}?tenantId=${PG}&teamId=${encodeURIComponent(other.teamId)}`, token);
      expect(((await ctx.json()) as { role: unknown }).role ?? null).toBeNull();
    }
  });

  it('someone the bot has seen writing in that team counts as its member, and only they', async () => {
    expect((await t.post(channelMessage(other, kari, 'frister'))).status).toBe(200);
    expect((await call(tabApi.overview(other.teamId), await tokenFor('leader'))).status).toBe(200);
    expect((await call(tabApi.overview(other.teamId), await tokenFor('member'))).status).toBe(403);
  });
});
