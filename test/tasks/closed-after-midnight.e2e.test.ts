import { describe, expect, it } from 'vitest';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 6, N9: an extra meeting started Tue 05.01.2027 23:06; at Wed 06.01 00:06 `T4 ferdig` in the
// thread gave the card «Ola Hansen markerte den som ferdig (05.01.2027).» The date was the UTC day of the
// change (23:06Z), not the Oslo day it happened.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-01-04T09:00:00Z');

describe('a task closed after midnight', () => {
  it('says the day it was closed on its card', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'oppgave Nes: sende budsjettall innen 08.01')).toContain('T1');
    t.clock.set('2027-01-05T22:06:00Z'); // 23:06 in Oslo
    const meeting = speaker(t, net, '870001');
    await meeting.say(kari, 'start møte');
    t.clock.set('2027-01-05T23:06:00Z'); // 00:06 on Wednesday 6 January in Oslo
    const done = await meeting.say(kari, 'T1 ferdig', { mention: false });
    const updates = t.connector.emulator.calls.filter(
      (c) => c.kind === 'update' && JSON.stringify(c.body).includes('ferdig ('),
    );
    const said = done + JSON.stringify(updates.map((u) => u.body));
    expect(said).toContain('markerte den som ferdig (06.01.2027)');
    expect(said).not.toContain('ferdig (05.01.2027)');
  });
});
