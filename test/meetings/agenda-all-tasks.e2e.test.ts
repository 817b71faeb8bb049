import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Round 8 N15: the agenda said «6 åpne oppgaver følges opp» and listed five (T4 left out, no «…»),
// and a task past its due date looked like any other. Every open task is listed up to a limit, the
// rest counted («og 2 til»), and an overdue one says so.
const ola = person('Ola Hansen', 1);
const app = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('N15: the agenda’s task item lists what it counts', () => {
  it('six open tasks: all six, the overdue one marked; twelve: eight and «og 4 til»', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '884001');
    await s.say(ola, 'oppgave Nes: sende tall innen 05.03');
    for (let i = 2; i <= 6; i++) await s.say(ola, `oppgave Hurdal: punkt nummer ${i} innen 30.04`);
    t.clock.set('2027-03-10T08:00:00Z');
    const six = await s.say(ola, 'agenda', { thread: '884002' });
    expect(six).toContain('6 åpne oppgaver følges opp');
    for (let i = 1; i <= 6; i++) expect(six).toContain(`T${i} `);
    expect(six).toContain('T1 sende tall (forfalt 05.03)');
    expect(six).not.toContain('punkt nummer 2 (forfalt');
    for (let i = 7; i <= 12; i++) await s.say(ola, `oppgave Hurdal: punkt nummer ${i} innen 30.04`);
    const twelve = await s.say(ola, 'agenda', { thread: '884003' });
    expect(twelve).toContain('12 åpne oppgaver følges opp');
    expect(twelve).toContain('og 4 til');
  });
});
