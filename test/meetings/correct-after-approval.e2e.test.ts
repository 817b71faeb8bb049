import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month round 8b, N21: a correction of approved minutes only updated the posted card, which notifies nobody.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2027-03-24T08:00:00Z');

describe('correcting minutes that were already approved', () => {
  it('is announced in the channel as a new post, and the minutes say it came after the approval', async () => {
    const { t, net } = await start();
    const march = speaker(t, net, '893001');
    await march.say(kari, 'start møte');
    await march.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await march.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const decision = (await entriesOf(t, net, m.id)).find((e) => e.kind === 'decision');
    t.clock.set('2027-04-07T08:00:00Z');
    const april = speaker(t, net, '893002');
    await april.say(kari, 'start møte');
    expect(await april.say(kari, 'godkjent')).toContain('24.03.2027 er godkjent');
    await april.say(kari, 'avslutt møte');
    t.clock.set('2027-04-08T09:00:00Z');
    const before = t.connector.emulator.calls.length;
    const edit = await t.post(
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
        { thread: '893001', replyToId: '893003' },
      ),
    );
    expect(JSON.stringify(edit.body)).toContain('Rettet etter godkjenning 08.04.2027 av Kari Nordmann');
    const posts = t.connector.emulator.calls.slice(before).filter((c) => c.method === 'POST');
    expect(JSON.stringify(posts)).toContain('Referatet fra 24.03.2027 er rettet etter at det ble godkjent');
    // The next agenda puts the correction up for approval on item 2.
    const agenda = await april.say(kari, 'agenda', { thread: '893010' });
    expect(agenda).toContain('Rettelse i referat fra 24.03.2027');
  });
});
