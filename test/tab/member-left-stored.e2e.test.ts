// Review item 10: the tab's record of who left lived in this process's memory, so another instance
// (PostgreSQL, several replicas) kept a cached "member" for up to five minutes after the bot, on the
// instance Teams happened to reach, heard the person leave. The tab now also reads the stored record
// (src/networks/departed.ts), which every instance shares: a leaving written there makes the cached
// roster answer stale, and Teams' roster is asked again.
import { afterEach, describe, expect, it } from 'vitest';
import { noteDeparted } from '../../src/networks/departed.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { leaderAndMember } from '../support/tab-members.ts';
import { startTabApp, type TabApp } from './api-support.ts';

describe('the tab reads the stored leavers record, not only this instance’s memory', () => {
  let app: TabApp | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('a member whose membership was cached loses the tab when another instance stored their leaving', async () => {
    app = await startTabApp();
    const { leader, ola, net, token } = await leaderAndMember(app);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(200);

    // Another instance heard Teams' membersRemoved: it reaches this one only through the shared store.
    app.members(net, [leader]);
    await noteDeparted(app.t.app.services.store, net.tenantId, net.teamId, { id: ola.id }, app.t.clock.now());
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(403);
    expect((await app.api(tabApi.overview(net.teamId), { token: await app.token(leader) })).status).toBe(200);
  });

  it('a cached member the store does not name keeps the tab without asking Teams again', async () => {
    app = await startTabApp();
    const { leader, net, token } = await leaderAndMember(app);
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(200);
    // Someone else left: Ola's cached answer still holds (the roster, if asked, would now say no).
    app.members(net, [leader]);
    await noteDeparted(app.t.app.services.store, net.tenantId, net.teamId, { id: 'someone-else' }, app.t.clock.now());
    expect((await app.api(tabApi.overview(net.teamId), { token })).status).toBe(200);
  });
});
