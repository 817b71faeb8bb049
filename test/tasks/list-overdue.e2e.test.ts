import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round 9, N12: «oppgaver» in the channel showed a task two weeks past its due date like any other
// (only a colour, which not every client shows); the tab says «Forfalt». The lists say it in words too.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-09-20T08:00:00Z');

describe('overdue tasks in the lists', () => {
  it('«oppgaver» and «mine oppgaver» say «forfalt» after a passed due date, and only there', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen samle innspill til søknaden innen 01.10.2027', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Ola Hansen skrive søknadsteksten innen 30.11.2027', { mentions: [ola] });
    t.clock.set('2027-10-15T08:00:00Z');
    const list = await say(t, net, kari, 'oppgaver');
    expect(list).toContain('01.10.2027 (forfalt)');
    expect(list).toContain('"30.11.2027"');
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'));
    const mine = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(mine).toContain('01.10.2027 (forfalt)');
    expect(mine).not.toContain('30.11.2027 (forfalt)');
  });
});
