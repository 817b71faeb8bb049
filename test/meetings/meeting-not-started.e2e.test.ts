import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month round 6, N19 (and the end of N12): a scheduled meeting nobody starts passed without a word. At its planned
// end the leaders are asked whether it was held elsewhere, cancelled or moved; a meeting that was started, or one
// that was cancelled, says nothing.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-03-01T09:00:00Z');

const asked = (t: TestApp, date: string) =>
  t.connector.emulator.calls.filter(
    (c) =>
      c.status < 300 && JSON.stringify(c.body).includes(`ble ikke startet`) && JSON.stringify(c.body).includes(date),
  );

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('a scheduled meeting that nobody starts', () => {
  it('is put to the leaders at its planned end, once; a held or cancelled one is not', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'møteplan første torsdag i måneden kl 10-14');
    // Thursday 1 April 2027 is skjærtorsdag: kept as it is for this test's purpose by cancelling it instead.
    await say(t, net, kari, 'avlys møte 01.04.2027');
    // Thursday 4 March: nobody starts it.
    await at(t, '2027-03-04T12:59:00Z'); // 13:59 in Oslo
    expect(asked(t, '04.03.2027')).toEqual([]);
    await at(t, '2027-03-04T13:00:00Z'); // 14:00, the planned end
    const q = asked(t, '04.03.2027');
    expect(q.length).toBe(1);
    const said = JSON.stringify(q[0]!.body);
    expect(said).toContain('Kari Nordmann');
    expect(said).toContain('avlys møte 04.03.2027');
    await at(t, '2027-03-05T13:00:00Z');
    expect(asked(t, '04.03.2027').length).toBe(1);

    // The cancelled 1 April says nothing; 6 May is held and says nothing either.
    await at(t, '2027-04-01T13:00:00Z');
    expect(asked(t, '01.04.2027')).toEqual([]);
    await at(t, '2027-05-06T08:00:00Z');
    const m = speaker(t, net, '893001');
    expect(await m.say(kari, 'start møte')).toContain('er startet');
    await at(t, '2027-05-06T12:00:00Z');
    await m.say(kari, 'avslutt møte');
    await at(t, '2027-05-06T13:00:00Z');
    expect(asked(t, '06.05.2027')).toEqual([]);
  });
});
