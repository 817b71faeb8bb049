import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import type { TestApp } from '../support/app.ts';

// Attack round 9, A4: every 👍 from the assignee on a task's card posted the same hint again (Teams sends
// one reaction per add, so un-like/like toggles did it). The hint now comes once per person and card,
// kept in the store, so a restart or a second instance does not say it again.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

async function react(t: TestApp, net: NetworkFixture, who: TestPerson, messageId: string, type = 'like') {
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...channelMessage(net, who, '', { thread: messageId }),
    type: 'messageReaction',
    text: undefined,
    replyToId: messageId,
    reactionsAdded: [{ type }],
  });
  expect(res.status).toBe(200);
  return t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
}

describe('A4: the hint to a 👍 on a task card', () => {
  it('comes once per person and card, across restarts; another card or person gets it once too', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'oppgave @Ola Hansen lage notat innen 20.12', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Ola Hansen skrive rapport innen 20.12', { mentions: [ola] });
    const cardOf = async (id: string) =>
      (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!.cardRef!.activityId;
    const [t1, t2] = [await cardOf('T1'), await cardOf('T2')];

    const first = await react(t, net, ola, t1);
    expect(first).toHaveLength(1);
    expect(first[0]).toContain('T1');
    for (let i = 0; i < 4; i++) expect(await react(t, net, ola, t1), `again ${i}`).toEqual([]);
    // ✅ on the same card is the same hint: not again.
    expect(await react(t, net, ola, t1, '2705_whiteheavycheckmark')).toEqual([]);
    // Another card, and another person who may change the task (the leader), each get it once.
    expect((await react(t, net, ola, t2)).join()).toContain('T2');
    expect(await react(t, net, ola, t2)).toEqual([]);
    expect((await react(t, net, kari, t1)).join()).toContain('T1');
    expect(await react(t, net, kari, t1)).toEqual([]);

    await t.restart();
    expect(await react(t, net, ola, t1)).toEqual([]);
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('open');
  });
});
