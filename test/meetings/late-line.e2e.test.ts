import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { effectiveEntries } from '../../src/meetings/log.ts';
import { entriesOf } from './channel-support.ts';

// Round 8 N16: the meeting of Wed 24.03 was never ended; on 25.03 Kari wrote an Easter greeting in
// its thread and got «✓ Notat (punkt 5)»: it went into the 24.03 minutes as if said at the meeting.
// A line written on a later day is kept, and the writer hears whose minutes it went into, how to
// take it back, and that the meeting should be ended.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const app = appPerTest(ola, '2027-03-24T08:00:00Z');

describe('N16: a line written the day after a meeting nobody ended', () => {
  it('is kept, with a warning naming the meeting’s date, «angre» and «avslutt møte»; the same day says nothing', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '885001');
    await s.say(ola, 'start møte');
    const same = await s.say(ola, 'info: samme dag', { mention: false });
    expect(same).not.toContain('fortsatt åpent');
    t.clock.set('2027-03-25T16:16:00Z'); // skjærtorsdag 17:16
    const late = await s.say(kari, 'info: God påske alle!', { mention: false });
    expect(late).toContain('Notat');
    expect(late).toContain('Møtet 24.03.2027 er fortsatt åpent');
    expect(late).toContain('angre');
    expect(late).toContain('avslutt møte');
    // A task line the next day is warned about the same way.
    expect(await s.say(kari, 'oppgave Nes: sende tall innen 30.03', { mention: false })).toContain(
      'Møtet 24.03.2027 er fortsatt åpent',
    );
    await s.say(kari, 'angre', { mention: false });
    // «angre» is no line for the minutes: no warning after it.
    expect(await s.say(kari, 'angre', { mention: false })).not.toContain('fortsatt åpent');
    await s.say(kari, 'info: God påske alle!', { mention: false });
    const notes = effectiveEntries(await entriesOf(t, net))
      .filter((e) => e.kind === 'note')
      .map((e) => (e as { text: string }).text);
    expect(notes).toEqual(['samme dag', 'God påske alle!']);
  });
});
