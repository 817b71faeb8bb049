import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month round 8b, after N21: the next agenda's item 2 put «Rettelse i referat fra …» up for approval, but
// nothing in the meeting approved it. «godkjent» approves the correction with the minutes up at item 2,
// and the minutes of that meeting say the correction was approved.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2027-03-24T08:00:00Z');

describe('a correction of approved minutes, up for approval on the next agenda', () => {
  it('«godkjent» approves it, once, and the minutes say so', async () => {
    const { t, net } = await start();
    const march = speaker(t, net, '895001');
    await march.say(kari, 'start møte');
    await march.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await march.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const decision = (await entriesOf(t, net, m.id)).find((e) => e.kind === 'decision');
    t.clock.set('2027-04-07T08:00:00Z');
    const april = speaker(t, net, '895002');
    await april.say(kari, 'start møte');
    expect(await april.say(kari, 'godkjent')).toContain('24.03.2027 er godkjent');
    await april.say(kari, 'avslutt møte');
    t.clock.set('2027-04-08T09:00:00Z');
    await t.post(
      cardAction(
        net,
        kari,
        'minutes.correct',
        {
          networkId: net.teamId,
          meetingId: m.id,
          entryId: decision.id,
          [`text_${decision.id}`]: 'Nettverket søker om midler i februar',
        },
        { thread: '895001', replyToId: '895003' },
      ),
    );
    expect(await april.say(kari, 'agenda', { thread: '895010' })).toContain('Rettelse i referat fra 24.03.2027');
    t.clock.set('2027-05-05T08:00:00Z');
    const may = speaker(t, net, '895020');
    await may.say(kari, 'start møte');
    // Item 2 names the correction and how to approve it.
    const item2 = await may.say(kari, 'neste');
    expect(item2).toContain('24.03.2027 ble rettet etter at det var godkjent');
    expect(item2).toContain('skriv «godkjent»');
    const approved = await may.say(kari, 'godkjent');
    expect(approved).toContain('07.04.2027 er godkjent');
    expect(approved).toContain('Rettelsen i referatet fra 24.03.2027 er godkjent');
    expect(await may.say(kari, 'godkjent')).not.toContain('Rettelsen i referatet fra 24.03.2027 er godkjent');
    const end = await may.say(kari, 'avslutt møte');
    expect(end).toContain('Rettelsen i referatet fra 24.03.2027 ble godkjent');
    // Approved: the next agenda no longer puts it up.
    expect(await may.say(kari, 'agenda', { thread: '895030' })).not.toContain('Rettelse i referat');
  });
});
