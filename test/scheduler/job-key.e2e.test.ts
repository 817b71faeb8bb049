import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

// Every delivery is tagged with its job key by the scheduler itself (issue #14): a job handler
// only calls the Messenger port, as every feature does, and the sender's delivery log still names
// the planned message each send was for. Real server, SQLite file, sender and connector emulator.

describe('deliveries carry the key of the job that sent them', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const seen: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    await t.post(botAddedToTeam(net, person('Kari Nordmann', 1)));
    const { store, messenger, scheduler } = t.app.services;
    scheduler.register({
      kind: 'test.post',
      run: async (job) => {
        seen.push(job.key);
        const network = await store.networks.get(job.tenantId, net.teamId);
        // Nothing about the job is passed on: the handler just posts, as a feature's nudge does.
        await messenger.startThread(network!, { text: `Planlagt melding ${job.key}` });
      },
    });
  });
  afterAll(async () => t?.close());

  it('a send inside a scheduled job is recorded under that job key; a send outside a job under none', async () => {
    const { store, scheduler, messenger } = t.app.services;
    const network = (await store.networks.get(net.tenantId, net.teamId))!;
    for (const key of ['test:one', 'test:two'])
      await store.jobs.plan(
        {
          tenantId: net.tenantId,
          networkId: network.networkId,
          key,
          kind: 'test.post',
          dueAt: t.clock.now(),
          payload: {},
        },
        t.clock.now(),
      );
    expect(await scheduler.tick()).toMatchObject({ failed: 0 });
    expect(seen.sort()).toEqual(['test:one', 'test:two']);
    for (const key of ['test:one', 'test:two']) {
      const rows = await store.deliveries.list(net.tenantId, network.networkId, { key });
      expect(
        rows.map((r) => r.outcome),
        key,
      ).toEqual(['sent']);
    }

    await messenger.startThread(network, { text: 'Uten jobb' });
    const all = await store.deliveries.list(net.tenantId, network.networkId);
    expect(all.at(-1)).toMatchObject({ key: '', outcome: 'sent' });
  });
});
