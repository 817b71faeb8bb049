// Lead's list (round 6b notes): someone who left the team kept the tab. In Teams a person who left
// cannot open the team's tab; the bot hears of the leaving (conversationUpdate, membersRemoved) and
// the tab API now refuses that person at once, in local mode and with Entra tokens and Teams' roster.
import { afterEach, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { memberEvent } from '../support/members.ts';
import { playgroundTabToken } from '../support/playground-token.ts';
import { channelMessage } from '../support/teams.ts';
import { leaderAndMember } from '../support/tab-members.ts';
import { startTabApp, type TabApp } from './api-support.ts';

describe('local mode (playground): «Forlat teamet» takes the tab away', () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });
  const post = (app: TestApp, path: string, body: unknown) =>
    fetch(`${app.app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const tokenFor = playgroundTabToken;
  const get = (app: TestApp, path: string, token: string) =>
    fetch(`${app.app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('a member who left gets 403 with the token they had and with a new one, and the tab again after joining', async () => {
    t = await startTestApp();
    const team = '19:playground-team@thread.tacv2';
    // The playground installs its demo team on first use; Ola writes there, so the bot has seen him.
    expect((await post(t, '/playground/api/say', { text: 'hjelp', as: 'member' })).status).toBe(200);
    const before = await tokenFor(t, 'member');
    expect((await get(t, tabApi.overview(team), before)).status).toBe(200);

    expect((await post(t, '/playground/api/membership', { who: 'member', change: 'leave' })).status).toBe(200);
    for (const path of [tabApi.overview(team), tabApi.tasks(team), tabApi.deadlines(team)])
      expect((await get(t, path, before)).status, path).toBe(403);
    const after = await tokenFor(t, 'member');
    expect((await get(t, tabApi.overview(team), after)).status).toBe(403);
    // Kari is still in the team.
    expect((await get(t, tabApi.overview(team), await tokenFor(t, 'leader'))).status).toBe(200);

    expect((await post(t, '/playground/api/membership', { who: 'member', change: 'join' })).status).toBe(200);
    expect((await get(t, tabApi.overview(team), await tokenFor(t, 'member'))).status).toBe(200);
  });

  it('a leader who left loses the tab too', async () => {
    t = await startTestApp();
    const team = '19:playground-team@thread.tacv2';
    expect((await post(t, '/playground/api/say', { text: 'hjelp', as: 'leader' })).status).toBe(200);
    const token = await tokenFor(t, 'leader');
    expect((await get(t, tabApi.overview(team), token)).status).toBe(200);
    expect((await post(t, '/playground/api/membership', { who: 'leader', change: 'leave' })).status).toBe(200);
    expect((await get(t, tabApi.overview(team), token)).status).toBe(403);
  });
});

describe('Entra tokens and Teams’ roster: the leaving counts at once, not when the roster answer goes stale', () => {
  let app: TabApp | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('a member whose membership the tab had just checked gets 403 as soon as the bot hears they left', async () => {
    app = await startTabApp();
    const { leader, ola, net, token } = await leaderAndMember(app);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(200);

    app.members(net, [leader]);
    expect((await app.t.post(memberEvent(net, ola, ola, 'removed'))).status).toBeLessThan(300);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(403);
    expect((await app.api(tabApi.overview(net.teamId), { token: await app.token(leader) })).status).toBe(200);
  });

  it('someone who left and was added again has the tab back when Teams’ roster has them', async () => {
    app = await startTabApp();
    const { leader, ola, net, token } = await leaderAndMember(app);
    expect((await app.t.post(channelMessage(net, ola, 'hjelp'))).status).toBe(200);
    app.members(net, [leader]);
    expect((await app.t.post(memberEvent(net, ola, ola, 'removed'))).status).toBeLessThan(300);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(403);
    app.members(net, [leader, ola]);
    app.t.clock.advance(6 * 60_000);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(200);
  });
});
