import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, personalMessage } from '../support/teams.ts';

// Month round 6, N1: Ola (a member) pressed «Ferdig» on Nes's task T1; the card turned «Ferdig» and the task left
// every list, and the leaders were not told. A municipality's task stays jointly owned (decided last round),
// but the leaders hear in one line who closed it.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-02T09:00:00Z');

describe('a member closing a municipality-owned task', () => {
  it('closes it, and the leaders are told who did, once; a leader closing one tells nobody', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Nes, Hurdal');
    expect(await say(t, net, kari, 'oppgave Nes: sende oversikt over fosterhjem innen 10.12')).toContain('T1');
    expect(await say(t, net, kari, 'oppgave Hurdal: booke lokale innen 10.12')).toContain('T2');
    // Kari has talked to the bot in her personal chat: the line comes there.
    await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'hjelp'));

    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, ola, 'task.done', { taskId: 'T1', networkId: net.teamId, shown: 'open' }));
    expect(res.status).toBe(200);
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('done');
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.conversationId?.includes('personal') && c.kind !== 'update' && c.status < 300);
    expect(told.length).toBe(1);
    const line = JSON.stringify(told[0]!.body);
    expect(line).toContain('Ola Hansen');
    expect(line).toContain('T1');
    expect(line).toContain('Nes');
    expect(line).toContain('ferdig');

    // A leader closing a municipality's task is telling herself nothing.
    const again = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave T2 ferdig');
    expect(
      t.connector.emulator.calls
        .slice(again)
        .filter((c) => c.conversationId?.includes('personal') && c.kind !== 'update'),
    ).toEqual([]);
  });
});
