import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s16 #10: the 24.03 meeting was left open; on 26.03 «T5 er ferdig» and «avslutt møte» gave minutes with
// «T5 …: ferdig» under item 10 and «avsluttet 26.03.2027», as if the meeting had been held on langfredag.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-02-20T08:00:00Z');

describe('lines written after the meeting day in a meeting left open', () => {
  it('are marked with their date, and the minutes say the meeting stood open', async () => {
    const { t, net } = await app();
    t.clock.set('2027-02-26T08:00:00Z');
    const m = speaker(t, net, '916701');
    await m.say(kari, 'start møte');
    await m.say(kari, 'info: fagdagen planlegges', { mention: false });
    await m.say(kari, 'oppgave @Kari Nordmann bestille lokale', { mentions: [kari] });
    t.clock.set('2027-03-01T09:00:00Z');
    await m.say(kari, 'info: lokalet er bestilt', { mention: false });
    await m.say(kari, 'T1 er ferdig', { mention: false });
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain('fagdagen planlegges"');
    expect(minutes).toContain('lokalet er bestilt (ført 01.03.2027, etter møtedagen)');
    expect(minutes).toMatch(/ferdig[^"]*01\.03\.2027[^"]*\(ført etter møtedagen\)/u);
    expect(minutes).toContain('sto åpent til 01.03.2027');
    expect(minutes).not.toContain('avsluttet 01.03.2027');
  });
});
