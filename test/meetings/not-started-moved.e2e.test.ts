import { describe, expect, it } from 'vitest';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { cardAction, channelMessage, person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Round 9, item 2: the proposals of a meeting nobody started are carried to the next meeting (month round 6b,
// N7). When the leader then moves the missed meeting («flytt møte 04.03.2027 til 11.03.2027», as the post
// suggests), the meeting is held after all: its proposals go with it, and are not left on the one after.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-03-01T09:00:00Z'); // Monday

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('a missed meeting moved after its proposals were carried on', () => {
  it('takes its proposals back from the next meeting to the new date', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'møteplan første torsdag i måneden kl 10-14');
    await say(t, net, kari, 'avlys møte 01.04.2027'); // skjærtorsdag: the next meeting is 06.05

    const before = t.connector.emulator.calls.length;
    await t.post(
      channelMessage(net, ola, 'agenda + Erfaringer med ny rutine for akuttplassering', {
        thread: '871001',
        id: '871001',
      }),
    );
    const posted = sentSince(t, before).find((c) =>
      cardsOf(c.body).some((x) => JSON.stringify(x).includes('proposal.accept')),
    )!;
    const accept = executeActions(cardsOf(posted.body)[0]).find((x) => x.verb === 'proposal.accept')!;
    await t.post(cardAction(net, kari, accept.verb, accept.data, { thread: '871001', replyToId: posted.responseId! }));
    // A leader's own item, added straight to the agenda.
    await say(t, net, kari, 'agenda + Budsjett for høsten');

    // Thursday 4 March passes without «start møte»: the items go to 06.05, and the post says so.
    const mark = t.connector.emulator.calls.length;
    await at(t, '2027-03-04T13:00:00Z'); // 14:00 in Oslo, the planned end
    const post = sentSince(t, mark)
      .map((c) => JSON.stringify(c.body))
      .find((b) => b.includes('ble ikke startet'));
    expect(post).toContain('06.05.2027');
    const proposals = (date: string) => t.app.services.store.meetings.proposals(net.tenantId, net.teamId, date);
    expect((await proposals('2027-05-06')).length).toBe(2);

    // The leader moves the missed meeting, as the post suggests.
    await at(t, '2027-03-04T14:00:00Z');
    const moved = await say(t, net, kari, 'flytt møte 04.03.2027 til 11.03.2027');
    expect(moved).toContain('11. mars 2027');
    expect(moved).toContain('2 agendaforslag');
    expect((await proposals('2027-03-11')).map((p) => p.text).sort()).toEqual([
      'Budsjett for høsten',
      'Erfaringer med ny rutine for akuttplassering',
    ]);
    expect(await proposals('2027-05-06')).toEqual([]);
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).toContain('11. mars 2027');
    expect(agenda).toContain('Erfaringer med ny rutine');
    expect(agenda).toContain('Budsjett for høsten');
  });

  it('«avlys møte» with the date the post names is understood after the meeting time', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'møteplan første torsdag i måneden kl 10-14');
    await at(t, '2027-03-04T13:00:00Z');
    await at(t, '2027-03-04T14:00:00Z');
    const cancelled = await say(t, net, kari, 'avlys møte 04.03.2027');
    expect(cancelled).toContain('avlyst');
    expect(cancelled).not.toContain('ikke noe planlagt møte');
    // Long past, it is not: a meeting is moved or cancelled within a month of its day.
    t.clock.set('2027-06-10T09:00:00Z');
    expect(await say(t, net, kari, 'flytt møte 04.03.2027 til 11.06.2027')).toContain('ikke noe planlagt møte');
  });
});
