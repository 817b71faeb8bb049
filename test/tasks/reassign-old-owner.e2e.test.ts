import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';

// Month round 6b, N2: when a task was given to someone else, the old owner heard nothing (only his earlier
// cards were rewritten, which notifies nobody in Teams); and a leader taking a task herself read as «Kari
// Nordmann ga den til Kari Nordmann».
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

describe('a task taken from its owner', () => {
  it('tells the old owner it is no longer his, and a leader taking it herself reads as taking it', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] })).toContain(
      'T1',
    );
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));

    t.clock.set('2026-12-09T09:00:00Z');
    const before = t.connector.emulator.calls.length;
    const answer = await say(t, net, kari, 'oppgave T1 ny ansvarlig @Kari Nordmann', { mentions: [kari] });
    expect(answer).toContain('tok oppgaven selv');
    expect(answer).not.toContain('ga den til Kari Nordmann');
    const toOla = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('T1'));
    expect(toOla.length).toBe(1);
    const said = JSON.stringify(toOla[0]!.body);
    expect(said).toContain('ikke lenger');
    expect(said).toContain('Kari Nordmann');
    expect(said).toContain('bestille lokale');

    // Given on to someone else, the card says to whom.
    const lise = person('Lise Berg', 4);
    expect(await say(t, net, kari, 'oppgave T1 ny ansvarlig @Lise Berg', { mentions: [lise] })).toContain(
      'ga den til Lise Berg',
    );
  });

  // Month s16 #4: «Pågår» on an older T1 card in Ola's personal chat answered «hører til et annet nettverk».
  it('a button on an older card of the task says it is no longer his and who has it, and changes nothing', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] });
    await say(t, net, kari, 'oppgave T1 ny ansvarlig @Kari Nordmann', { mentions: [kari] });
    for (const verb of ['task.progress', 'task.done']) {
      const res = await t.post(
        personalCardAction(net.serviceUrl, net.tenantId, ola, verb, {
          taskId: 'T1',
          networkId: net.teamId,
          shown: 'open',
        }),
      );
      const answer = JSON.stringify(res.body);
      expect(answer).toContain('ikke lenger din (ansvarlig er nå Kari Nordmann)');
      expect(answer).not.toContain('annet nettverk');
    }
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('open');
    // Someone outside the network learns nothing about it.
    const eva = person('Eva Berg', 9);
    const res = await t.post(
      personalCardAction(net.serviceUrl, net.tenantId, eva, 'task.done', { taskId: 'T1', networkId: net.teamId }),
    );
    expect(JSON.stringify(res.body)).not.toContain('Kari Nordmann');
  });
});
