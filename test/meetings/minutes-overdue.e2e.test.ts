import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Round 8 N15: an overdue task (T5, due 25.03) looked like any other in the minutes' «Oppgaver etter
// ansvarlig» table on the card; the downloads marked it. The card marks it the same way now.
const ola = person('Ola Hansen', 1);
const app = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('N15: overdue tasks in the posted minutes', () => {
  it('a task open at the end and due before the meeting day is marked «forfalt» on the card', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '889001');
    await s.say(ola, 'oppgave Nes: sende tall innen 05.03');
    await s.say(ola, 'oppgave Hurdal: bestille lokale innen 30.04');
    t.clock.set('2027-03-10T08:00:00Z');
    const m = speaker(t, net, '889002');
    await m.say(ola, 'start møte');
    const card = await m.say(ola, 'avslutt møte');
    expect(card).toContain('05.03.2027 (forfalt)');
    expect(card).not.toContain('30.04.2027 (forfalt)');
  });
});
