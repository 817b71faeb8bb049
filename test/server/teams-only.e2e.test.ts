import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

// The Azure Bot behind /api/messages also serves Web Chat and Direct Line, whose senders write `from`
// and `channelData` themselves. An outside tester set `channelData.team` to another network and `from`
// to its leader, and changed that network's retention: only Teams activities may reach the bot.
const kari = person('Kari Nordmann', 1);

describe('only Teams reaches the bot', () => {
  let t: TestApp;
  let a: NetworkFixture;
  let b: NetworkFixture;
  beforeAll(async () => {
    const started = await startWithNetworks(2, kari);
    t = started.t;
    [a, b] = started.nets as [NetworkFixture, NetworkFixture];
  });
  afterAll(async () => t?.close());

  it.each(['directline', 'webchat', 'emulator', 'MSTEAMS'])(
    'refuses channelId %s with 400 and does nothing',
    async (channelId) => {
      const before = t.connector.emulator.calls.length;
      const msg = { ...channelMessage(b, kari, 'oppbevaring 7'), channelId };
      const res = await t.post(msg);
      expect(res.status).toBe(400);
      expect(t.connector.emulator.calls.length).toBe(before);
    },
  );

  it('refuses an activity that names two different tenants', async () => {
    const msg = channelMessage(a, kari, 'hjelp');
    const forged = { ...msg, conversation: { ...msg.conversation, tenantId: '20000000-0000-4000-8000-000000000002' } };
    const res = await t.post(forged);
    expect(res.status).toBe(400);
  });

  it('still answers Teams', async () => {
    const res = await t.post(channelMessage(a, kari, 'hjelp'));
    expect(res.status).toBe(200);
  });
});
