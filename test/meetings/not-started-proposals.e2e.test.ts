import { describe, expect, it } from 'vitest';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { cardAction, channelMessage, person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month round 6b, N7 and N8: an agenda proposal a leader accepted for a meeting nobody started disappeared
// (it was on neither the next agenda nor told anyone); and the «ble ikke startet» post suggested moving the
// meeting to the very same date. Items of a meeting not held now go to the next meeting, the post says so,
// and its example moves the meeting to another day.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-03-01T09:00:00Z'); // Monday

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('an accepted agenda proposal for a meeting nobody starts', () => {
  it('carries over to the next meeting, and the post says so with a move example to another day', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'møteplan første torsdag i måneden kl 10-14');
    await say(t, net, kari, 'avlys møte 01.04.2027'); // skjærtorsdag: the next meeting is 06.05

    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      channelMessage(net, ola, 'agenda + Erfaringer med ny rutine for akuttplassering', {
        thread: '870001',
        id: '870001',
      }),
    );
    expect(res.status).toBe(200);
    const posted = sentSince(t, before).find((c) =>
      cardsOf(c.body).some((x) => JSON.stringify(x).includes('proposal.accept')),
    )!;
    expect(posted).toBeTruthy();
    expect(JSON.stringify(posted.body)).toContain('04.03.2027');
    const accept = executeActions(cardsOf(posted.body)[0]).find((x) => x.verb === 'proposal.accept')!;
    const clicked = await t.post(
      cardAction(net, kari, accept.verb, accept.data, { thread: '870001', replyToId: posted.responseId! }),
    );
    expect(clicked.status).toBe(200);
    expect(await say(t, net, kari, 'agenda')).toContain('Erfaringer med ny rutine');

    // Thursday 4 March passes without «start møte».
    const mark = t.connector.emulator.calls.length;
    await at(t, '2027-03-04T13:00:00Z'); // 14:00 in Oslo, the planned end
    const post = sentSince(t, mark)
      .map((c) => JSON.stringify(c.body))
      .find((b) => b.includes('ble ikke startet'));
    expect(post).toBeTruthy();
    expect(post).toContain('06.05.2027'); // where the agenda item went
    expect(post).toContain('agendaforslag');
    expect(post).not.toContain('flytt møte 04.03.2027 til 04.03.2027');
    expect(post).toMatch(/flytt møte 04\.03\.2027 til \d\d\.\d\d\.2027/);

    // The next meeting's agenda holds the accepted item.
    await at(t, '2027-03-05T09:00:00Z');
    expect(await say(t, net, kari, 'agenda')).toContain('Erfaringer med ny rutine');
  });
});
