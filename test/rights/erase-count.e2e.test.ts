import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// A stranger's month: «slett nettverksdata» asked about 98 entries and then said 97 were deleted, with
// nothing changed in between. A careful leader wonders what was left; the two numbers must agree.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '713001', status: (status) => expect(status).toBe(200) });

describe('slett nettverksdata counts the same before and after', () => {
  it('the confirmation and the result name the same number of entries', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    await say(t, a, kari, 'frist 10.12.2026 søknad om overføring');
    await say(t, a, kari, 'oppgave @Ola Hansen sende rapport innen 4.12', [ola]);
    await say(t, a, kari, 'agenda + budsjett 2027');
    const asked = await say(t, a, kari, 'slett nettverksdata');
    const before = Number(/Det gjelder (\d+) oppføringer/.exec(asked)![1]);
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    // A member's refused click changes nothing either.
    await t.post(cardAction(a, ola, 'network.erase', data));
    const done = JSON.stringify((await t.post(cardAction(a, kari, 'network.erase', data))).body);
    const after = Number(/slettet nettverkets data \((\d+) oppføringer\)/.exec(done)![1]);
    expect(after).toBe(before);
  });
});
