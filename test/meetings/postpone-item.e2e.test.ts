import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s16 #5: «utsett punkt 6 til neste møte» in the meeting got «Skal dette stå i referatet?», the minutes
// listed only the items with lines, and nothing told a reader that item 6 was postponed or 4 and 7 skipped.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-02-20T08:00:00Z');

describe('postponing an agenda item in the meeting', () => {
  it('the minutes show it postponed and the skipped items; the next agenda carries it; «angre» takes it back', async () => {
    const { t, net } = await app();
    t.clock.set('2027-02-26T08:00:00Z');
    const m = speaker(t, net, '916501');
    await m.say(kari, 'start møte');
    await m.say(kari, 'punkt 3');
    await m.say(kari, 'info: alle oppgaver gjennomgått', { mention: false });
    const said = await m.say(kari, 'utsett punkt 6 til neste møte');
    expect(said).toContain('Punkt 6');
    expect(said).toContain('er utsatt til neste møte');
    expect(said).not.toContain('Skal dette stå i referatet');
    // Written without the bot's name, in the close form: read the same; taken back by «angre».
    expect(await m.say(kari, 'punkt 7 utsettes', { mention: false })).toContain('Punkt 7');
    expect(await m.say(kari, 'angre')).toContain('utsettelsen av punkt 7');
    expect(await m.say(kari, 'utsett punkt 6')).toContain('allerede utsatt');
    await m.say(kari, 'punkt 9');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain('Utsatt til neste møte.');
    const skipped = minutes.slice(minutes.indexOf('Ikke behandlet'), minutes.indexOf('Godkjennes som punkt 2'));
    expect(skipped).toContain('Punkt 4: Status i utviklingsprosjektene');
    expect(skipped).toContain('Punkt 7: Erfaringslogg');
    expect(skipped).not.toContain('Punkt 6: ');
    expect(skipped).not.toContain('Punkt 3: ');
    expect(skipped).not.toContain('Punkt 9: ');
    // The next meeting's agenda says the standing item 6 comes from February.
    const agenda = await speaker(t, net, '916502').say(kari, 'agenda');
    expect(agenda).toContain('Utsatt fra møtet 26.02.2027');
  });
});
