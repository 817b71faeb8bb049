import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month round 13, #14: Ola, a co-leader, clicked «Trenger hjelp» on his own task T1, and the channel post
// read «@Kari Nordmann @Ola Hansen Ola Hansen trenger hjelp …»: the asker was asked to contact himself.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

describe('«Trenger hjelp» from a leader', () => {
  it('@mentions the other leaders, not the asker', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] })).toContain('Ola Hansen er nå leder');
    await say(t, net, kari, 'oppgave @Ola Hansen lage budsjettforslag innen 15.01.2027', { mentions: [ola] });
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, ola, 'task.help', { taskId: 'T1', networkId: net.teamId }));
    const asked = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && JSON.stringify(c.body).includes('trenger hjelp med oppgave T1'));
    expect(asked).toHaveLength(1);
    const body = asked[0]!.body;
    const mentioned = ((body.activity ?? body).entities ?? []).map((e: any) => e.mentioned?.id);
    expect(mentioned).toContain(kari.id);
    expect(mentioned).not.toContain(ola.id);
    expect(JSON.stringify(body)).not.toMatch(/@Ola Hansen|<at>Ola Hansen/);
  });
});
