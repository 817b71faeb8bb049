import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s14 #17: the minutes of the meeting moved from 25.12 to 17.12 kl. 10:00–14:00 carried neither
// its time nor «flyttet fra 25.12.2026», and had no «Neste møte» line, though the last agenda item is
// «Oppsummering og neste møte». They are recorded on the end entry, so later changes to the series
// leave the minutes as they were.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2026-12-02T08:00:00Z');

describe('s14 #17: the minutes name the meeting’s time, its move and the next meeting', () => {
  it('on the card, and unchanged when the series changes later', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '895001');
    await s.say(kari, 'flytt møte 25.12.2026 til 17.12.2026 kl. 10:00-14:00');
    t.clock.set('2026-12-17T09:00:00Z');
    const m = speaker(t, net, '895010');
    await m.say(kari, 'start møte');
    await m.say(kari, 'vedtak: Fagdagen holdes 12. mars');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain('kl. 10:00–14:00 (flyttet fra 25.12.2026)');
    expect(minutes).toContain('Neste møte');
    expect(minutes).toContain('fredag 29. januar 2027 kl. 09:00–15:30');

    // The series changes afterwards: the minutes keep the next meeting as it was said at the end.
    t.clock.set('2026-12-18T09:00:00Z');
    await speaker(t, net, '895020').say(kari, 'møteplan siste torsdag i måneden kl. 09:00-15:00');
    const again = await speaker(t, net, '895030').say(kari, 'referat 17.12');
    expect(again).toContain('kl. 10:00–14:00 (flyttet fra 25.12.2026)');
    expect(again).toContain('fredag 29. januar 2027 kl. 09:00–15:30');
  });
});
