import { describe, expect, it } from 'vitest';
import { appPerTest, textOf } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month round 8b, N12: «Flytt til onsdag 24. mars 2027» on the holiday card only changed that old card,
// far up the channel, and a card update notifies nobody in Teams. The move is told in a new channel post,
// the same words as «flytt møte» gives.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-02-26T08:00:00Z');

describe('N12: a meeting moved with the holiday card', () => {
  it('is announced in a new channel post, as «flytt møte» says it; the same press again posts nothing more', async () => {
    const { t, net } = await app();
    await t.app.services.scheduler.tick();
    const question = t.connector.emulator.calls.find((c) => JSON.stringify(c.body).includes('meeting.holiday'));
    expect(question).toBeTruthy();
    const before = t.connector.emulator.calls.length;
    const click = await t.post(
      cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2027-03-26', choice: '2027-03-24' }),
    );
    expect(JSON.stringify(click.body)).toContain('onsdag 24. mars 2027');
    const created = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'create' && c.status < 300);
    expect(created).toHaveLength(1);
    const said = textOf(created);
    expect(said).toContain('fredag 26. mars 2027');
    expect(said).toContain('onsdag 24. mars 2027');
    expect(said).toContain('flyttet');
    // The same press again changes nothing and posts nothing more.
    const again = t.connector.emulator.calls.length;
    await t.post(
      cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2027-03-26', choice: '2027-03-24' }),
    );
    expect(t.connector.emulator.calls.slice(again).filter((c) => c.kind === 'create')).toHaveLength(0);
  });
});
