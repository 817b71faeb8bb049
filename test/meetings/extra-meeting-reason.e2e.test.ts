import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Round 8 N4: «ekstra møte 05.03 kl. 09–12 overlevering ny leder» got «Jeg forstod ikke datoen
// «05.03 kl. 09-12 overlevering ny leder»»: the date was fine, the reason after the time was not
// read. As «avlys møte <dato> [grunn]» does, a reason may follow, after the time or the date.
const ola = person('Ola Hansen', 1);
const app = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('N4: «ekstra møte» with a reason at the end', () => {
  it('after the time or right after the date, the meeting is added with its reason', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '887001');
    const timed = await s.say(ola, 'ekstra møte 05.03 kl. 09–12 overlevering ny leder');
    expect(timed).toContain('Ekstra møte fredag 5. mars 2027');
    expect(timed).toContain('09:00');
    expect(timed).toContain('overlevering ny leder');
    const bare = await s.say(ola, 'ekstra møte 12.03 budsjettarbeid');
    expect(bare).toContain('Ekstra møte fredag 12. mars 2027');
    const stored = await t.app.services.store.meetingExceptions.list(net.tenantId, net.teamId);
    expect(stored.map((e) => [e.date, e.start, e.end, e.reason]).sort()).toEqual([
      ['2027-03-05', '09:00', '12:00', 'overlevering ny leder'],
      ['2027-03-12', null, null, 'budsjettarbeid'],
    ]);
    // A date that is no date still says so.
    expect(await s.say(ola, 'ekstra møte 35.03 kl. 09–12 noe')).toMatch(/datoen/i);
  });
});
