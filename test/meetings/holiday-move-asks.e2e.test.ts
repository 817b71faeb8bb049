import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s16 #6: «flytt møte 26.03 til 25.03» and «ekstra møte 29.03.2027» were done first and warned about
// after («Merk: den dagen er skjærtorsdag»), with the agenda and reminders already planned for the holiday.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-03-01T08:00:00Z');

describe('a meeting onto a holiday is asked about first', () => {
  it('a move and an extra meeting: nothing changes until «Ja»; «Nei» leaves it; a second «Ja» changes nothing', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '916601');
    const stored = () => t.app.services.store.meetingExceptions.list(net.tenantId, net.teamId);
    const press = async (date: string, choice: string) =>
      JSON.stringify(
        (
          await t.post(
            cardAction(net, kari, 'meeting.holidayok', { networkId: net.teamId, date, choice, meetingId: '' }),
          )
        ).body,
      );

    const asked = await s.say(kari, 'flytt møte 26.03 til 25.03');
    expect(asked).toContain('25.03.2027 er skjærtorsdag – vil du likevel?');
    expect(asked).toContain('Ja, bruk 25.03.2027');
    expect(await stored()).toEqual([]);
    expect(await press('2027-03-25', '-')).toContain('Ingenting ble endret');
    expect(await stored()).toEqual([]);
    const done = await press('2027-03-25', 'flytt møte 26.03 til 25.03');
    expect(done).toContain('er flyttet til torsdag 25. mars 2027');
    expect((await stored()).map((e) => [e.date, e.kind, e.to])).toEqual([['2027-03-26', 'moved', '2027-03-25']]);
    // Pressed again: the meeting is no longer on 26.03, and nothing more is changed.
    expect(await press('2027-03-25', 'flytt møte 26.03 til 25.03')).not.toContain('er flyttet til');
    expect((await stored()).length).toBe(1);

    expect(await s.say(kari, 'ekstra møte 29.03.2027')).toContain('29.03.2027 er andre påskedag – vil du likevel?');
    expect((await stored()).length).toBe(1);
    expect(await press('2027-03-29', 'ekstra møte 29.03.2027')).toContain('Ekstra møte mandag 29. mars 2027');
    expect((await stored()).some((e) => e.date === '2027-03-29' && e.kind === 'extra')).toBe(true);
    // An ordinary working day is done at once, as before.
    expect(await s.say(kari, 'ekstra møte 07.04.2027')).toContain('Ekstra møte onsdag 7. april 2027');
  });
});
