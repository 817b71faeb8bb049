import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round 9, N3: «mine oppgaver» listed a task Ola shares with Kari twice, once under «Kari Nordmann».
// My own tasks come once, under my name, with «(sammen med Kari Nordmann)» for a shared one.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-27T08:00:00Z');

const texts = (answer: string): string[] =>
  [...answer.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);

describe('«mine oppgaver» with a shared task', () => {
  it('lists my tasks once under my own name, naming who I share one with', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen og @Kari Nordmann kontakte RBUP om veiledning innen 15.10', {
      mentions: [ola, kari],
    });
    await say(t, net, kari, 'oppgave @Ola Hansen lage årshjul innen 01.10', { mentions: [ola] });
    const owners = (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.owners;
    expect(owners.map((o) => o.name).sort()).toEqual(['Kari Nordmann', 'Ola Hansen']);

    for (const where of ['personal', 'channel'] as const) {
      const before = t.connector.emulator.calls.length;
      if (where === 'personal')
        expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'))).status).toBe(200);
      else await say(t, net, ola, 'mine oppgaver');
      const answer = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
      const lines = texts(answer);
      expect(lines.filter((l) => l.includes('kontakte RBUP')).length, where).toBe(1);
      expect(
        lines.find((l) => l.includes('kontakte RBUP')),
        where,
      ).toContain('(sammen med Kari Nordmann)');
      expect(
        lines.some((l) => l.includes('lage årshjul')),
        where,
      ).toBe(true);
      expect(lines, where).not.toContain('Kari Nordmann');
    }
  });
});
