import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month s16 #3: the agenda notice of a 2-hour extra meeting posted the fixed agenda's 4 t 40 min of time
// boxes with no word; only «agenda» asked later warned, and the one fix offered changed every meeting.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-04-01T08:00:00Z');

describe('the agenda of a meeting shorter than the fixed agenda', () => {
  it('the notice shows this meeting its own time boxes and says so', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '886301');
    expect(await s.say(kari, 'ekstra møte 14.04.2027 kl. 12:00–14:00')).toContain('14. april 2027');
    const before = t.connector.emulator.calls.length;
    await tickAt(t, '2027-04-07T07:05:00Z');
    const notice = t.connector.emulator.calls
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .find((b) => b.includes('Agenda for møtet onsdag 14. april 2027'));
    expect(notice).toBeDefined();
    expect(notice).toContain('Dette møtet varer 2 t, kortere enn den faste agendaen (4 t 40 min)');
    expect(notice).toContain('utsett punkt 6 til neste møte');
    expect(notice).not.toContain('1 t 30 min');
    // A member asking «agenda» hears no «Kort ned …» he cannot act on.
    const asked = await s.say(kari, 'agenda');
    expect(asked).not.toContain('Kort ned');
  });
});
