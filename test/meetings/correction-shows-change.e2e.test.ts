import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s14 #9: «350 000 kr» corrected to «320 000 kr» after the meeting, and after approval «Fagdagen
// holdes 12. mars på Gardermoen» to «… 19. mars på Jessheim». The minutes and the channel said only
// «Rettet … av Kari Nordmann»: whoever read or downloaded the minutes before could not see that a
// decision changed. Now the correction note and the channel notice say what changed, old → new, short.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2026-12-17T08:00:00Z');

describe('s14 #9: a decision corrected after the meeting', () => {
  it('the minutes and the channel notice say how it reads now, and old → new for figures alone', async () => {
    const { t, net } = await start();
    const dec = speaker(t, net, '894001');
    await dec.say(kari, 'start møte');
    await dec.say(kari, 'vedtak: Nettverket søker 350 000 kr i tilskudd til fagdagen');
    await dec.say(kari, 'vedtak: Fagdagen holdes 12. mars på Gardermoen');
    await dec.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const [money, fagdag] = (await entriesOf(t, net, m.id)).filter((e) => e.kind === 'decision');
    const correct = (entryId: string, text: string) =>
      t.post(
        cardAction(
          net,
          kari,
          'minutes.correct',
          { networkId: net.teamId, meetingId: m.id, entryId, [`text_${entryId}`]: text },
          { thread: '894001', replyToId: '894003' },
        ),
      );
    t.clock.set('2026-12-17T14:00:00Z');
    const first = JSON.stringify((await correct(money.id, 'Nettverket søker 320 000 kr i tilskudd til fagdagen')).body);
    expect(first).toContain(
      'Rettet 17.12.2026 av Kari Nordmann: et vedtak er rettet (350 → 320) og lyder nå: «Nettverket søker 320 000 kr i tilskudd til fagdagen».',
    );

    t.clock.set('2027-01-29T08:00:00Z');
    const jan = speaker(t, net, '894010');
    await jan.say(kari, 'start møte');
    expect(await jan.say(kari, 'godkjent')).toContain('17.12.2026 er godkjent');
    await jan.say(kari, 'avslutt møte');
    t.clock.set('2027-01-29T15:00:00Z');
    const before = t.connector.emulator.calls.length;
    const second = JSON.stringify((await correct(fagdag.id, 'Fagdagen holdes 19. mars på Jessheim')).body);
    expect(second).toContain(
      'Rettet etter godkjenning 29.01.2027 av Kari Nordmann: et vedtak er rettet og lyder nå: «Fagdagen holdes 19. mars på Jessheim».',
    );
    const posts = JSON.stringify(t.connector.emulator.calls.slice(before).filter((c) => c.method === 'POST'));
    expect(posts).toContain(
      'Referatet fra 17.12.2026 er rettet etter at det ble godkjent (av Kari Nordmann): et vedtak er rettet og lyder nå: «Fagdagen holdes 19. mars på Jessheim».',
    );
    // Words changed, not figures alone: the old wording is never written again (review s14 #1).
    expect(posts + second).not.toContain('Gardermoen');
    expect(JSON.stringify((await correct(fagdag.id, 'Fagdagen holdes 26. mars på Jessheim')).body)).toContain(
      'et vedtak er rettet (19. → 26.) og lyder nå: «Fagdagen holdes 26. mars på Jessheim»',
    );
  });
});
