import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { readBreak } from '../../src/meetings/break-line.ts';

// Month s16 #14: «pause» in the meeting got no reply and went nowhere; «lunsj til 12:30» got the whole
// «Skal dette stå i referatet?» block.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-02-20T08:00:00Z');

describe('breaks in the meeting', () => {
  it('reads the forms of a break and leaves sentences alone', () => {
    expect(readBreak('')).toEqual({ until: null, minutes: null });
    expect(readBreak('til 12:30')).toEqual({ until: '12:30', minutes: null });
    expect(readBreak('kl. 12.30')).toEqual({ until: '12:30', minutes: null });
    expect(readBreak('15 min')).toEqual({ until: null, minutes: 15 });
    expect(readBreak('i arbeidet med planen')).toBeNull();
  });

  it('«pause» and «lunsj til 12:30» are noted in the minutes with the time, and answered', async () => {
    const { t, net } = await app();
    t.clock.set('2027-02-26T08:00:00Z');
    const m = speaker(t, net, '916901');
    await m.say(kari, 'start møte');
    t.clock.set('2027-02-26T09:30:00Z');
    expect(await m.say(kari, 'pause', { mention: false })).toContain('«Pause kl. 10:30»');
    t.clock.set('2027-02-26T10:45:00Z');
    const lunch = await m.say(kari, 'lunsj til 12:30', { mention: false });
    expect(lunch).toContain('«Lunsj kl. 11:45–12:30»');
    expect(lunch).not.toContain('Skal dette stå i referatet');
    // A sentence opening with the word is talk, as before.
    expect(await m.say(kari, 'pause i arbeidet med planen til høsten', { mention: false })).not.toContain('Ført under');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain('Pause kl. 10:30');
    expect(minutes).toContain('Lunsj kl. 11:45–12:30');
  });
});
