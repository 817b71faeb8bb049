import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// With RSC every line in the meeting's thread reaches the bot. A sentence whose first word only
// resembles a command («nesten alle kommer», «vedtaket ble utsatt») or starts with one in another
// sense («neste uke er det ferie») is talk between the people there: no «Den kommandoen kjenner jeg
// ikke», no move of the agenda. A typo that reads as the command («nest», «vedak: …») is still asked about.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '913301';

describe('talk in the meeting thread that only resembles a command', () => {
  it('is neither corrected as a command nor run as one; a typo of a command still is', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const before = (await entriesOf(t, net)).length;
    for (const line of ['nesten alle kommer', 'vedtaket ble utsatt', 'oppgavene er mange', 'agendaen er lang i dag']) {
      const said = await s.say(kari, line, { mention: false });
      expect(said, line).not.toContain('Den kommandoen kjenner jeg ikke');
      expect(said, line).not.toContain('Mente du');
    }
    expect(await s.say(kari, 'neste uke er det ferie', { mention: false })).not.toContain('Agendaen har punkt');
    // Nothing was stored or moved by the talk.
    expect((await entriesOf(t, net)).length).toBe(before);
    // Still read as commands: a typo alone, and «neste» or «punkt 3» as a move.
    expect(await s.say(kari, 'nest', { mention: false })).toContain('Mente du «neste»?');
    await s.say(kari, 'punkt 3', { mention: false });
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'move')).toHaveLength(1);
    // Addressed to the bot, the same sentence is a command it cannot read, and it says so.
    expect(await s.say(kari, 'neste uke er det ferie')).toContain('Agendaen har punkt');
  });
});
