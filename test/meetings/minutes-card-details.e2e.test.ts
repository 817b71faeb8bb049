import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s13 #15: the minutes card wrote task lines inside the items without their T-number
// («Oppgave: fylle ut rapporteringsmalen …» twice for T7 and T8), while the table and the .md had them.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:00:00Z');
const THREAD = '913801';

describe('s13 #15: the minutes card', () => {
  it('names each task line inside an item by its T-number', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave @Ola Hansen fylle ut rapporteringsmalen innen 15.02', { mentions: [ola] });
    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).toContain('Oppgave T1: fylle ut rapporteringsmalen (Ola Hansen, frist 15.02.2027)');
  });
});
