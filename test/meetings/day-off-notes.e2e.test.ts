import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month round 14, #14 and #15: a meeting moved to a Saturday got no remark (a holiday did), and the agenda
// notice and the reminder of a meeting a leader put on langfredag on purpose did not mention it.

const kari = person('Kari Nordmann', 1);
const posted = (t: TestApp, from: number, words: string) =>
  t.connector.emulator.calls
    .slice(from)
    .filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes(words))
    .map((c) => JSON.stringify(c.body));

describe('a meeting put on a weekend or a holiday by hand says so', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Monday 15 March 2027: the series' meeting of 26 March falls on langfredag.
    ({ t, net } = await startAt('2027-03-15T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  /** Month s16 #6: a move onto a day off is asked first; «Ja» does it. */
  async function confirmed(line: string, date: string) {
    const asked = await say(t, net, kari, line);
    expect(asked).toContain('vil du likevel?');
    expect(asked).toContain('Ingenting er endret før du velger');
    const res = await t.post(
      cardAction(net, kari, 'meeting.holidayok', { networkId: net.teamId, date, choice: line, meetingId: '' }),
    );
    return JSON.stringify(res.body);
  }

  it('a move to a Saturday is asked about, as a holiday is, and remarked on once done', async () => {
    const reply = await confirmed('flytt møte 26.03.2027 til 27.03.2027', '2027-03-27');
    expect(reply).toContain('lørdag 27. mars 2027');
    expect(reply).toContain('Merk: den dagen er lørdag.');
    expect(await confirmed('flytt møte 27.03.2027 til 26.03.2027', '2027-03-26')).toContain(
      'Merk: den dagen er langfredag.',
    );
  });

  it('the agenda, its notice and the reminder say the meeting is on langfredag', async () => {
    expect(await say(t, net, kari, 'agenda')).toContain('Merk: møtet er på langfredag.');
    expect(await say(t, net, kari, 'møteplan')).toContain('fredag 26. mars 2027 kl. 09:00–15:30 (på langfredag)');
    let from = t.connector.emulator.calls.length;
    await tickAt(t, '2027-03-19T08:00:00Z');
    const notice = posted(t, from, 'Agenda for møtet');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain('på langfredag');
    from = t.connector.emulator.calls.length;
    await tickAt(t, '2027-03-24T11:00:00Z');
    const reminder = posted(t, from, 'Påminnelse');
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).toContain('Merk: møtet faller på langfredag.');
  });
});
