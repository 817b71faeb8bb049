import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s13 #15: the minutes card wrote task lines inside the items without their T-number
// («Oppgave: fylle ut rapporteringsmalen …» twice for T7 and T8), while the table and the .md had them; and
// within an item decisions came before notes whatever the order written (Ola's «info: … 14 (→12) grupper»
// was written before the «vedtak:» it led to, but came after it).
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

  it('keeps notes and decisions within an item in the order they were written', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    await s.say(kari, 'info: Nes har 14 grupper, 12 etter sammenslåingen');
    t.clock.advance(60_000);
    await s.say(kari, 'vedtak: vi går for 12 grupper');
    t.clock.advance(60_000);
    await s.say(kari, 'info: Eidsvoll sender tall neste uke');
    const minutes = await s.say(kari, 'avslutt møte');
    const first = minutes.indexOf('Nes har 14 grupper');
    const decision = minutes.indexOf('Vedtak: vi går for 12 grupper');
    const last = minutes.indexOf('Eidsvoll sender tall');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(decision);
    expect(decision).toBeLessThan(last);
  });
});
