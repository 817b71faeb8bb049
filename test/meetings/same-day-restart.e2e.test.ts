import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Month round 6, N18: on 19.03.2027 a meeting was started 09:08 and ended 09:09; «start møte» at 09:10 started a
// new meeting of the same date with no word, and its minutes said «Referatet fra 19.03.2027 ble ikke godkjent»
// about the meeting just ended, while the 29.01 minutes were never approved.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-01-29T08:05:00Z');

describe('a second «start møte» the same day after a meeting was ended', () => {
  it('first asks whether to add to the ended meeting or hold a new one; a new one refers to the earlier day', async () => {
    const { t, net } = await app();
    const january = speaker(t, net, '892001');
    await january.say(kari, 'start møte');
    await january.say(kari, 'vedtak: budsjett vedtatt', { mention: false });
    await january.say(kari, 'avslutt møte');

    t.clock.set('2027-03-19T08:08:00Z'); // 09:08 in Oslo
    const first = speaker(t, net, '892002');
    expect(await first.say(kari, 'start møte')).toContain('er startet');
    t.clock.set('2027-03-19T08:09:00Z');
    await first.say(kari, 'avslutt møte');

    t.clock.set('2027-03-19T08:10:00Z');
    const second = speaker(t, net, '892003');
    const asked = await second.say(kari, 'start møte');
    expect(asked).not.toContain('er startet');
    expect(asked).toContain('09:08');
    expect(asked).toContain('rett referat');
    expect(asked).toContain('start møte');
    expect(await t.app.services.store.meetings.running(net.tenantId, net.teamId)).toBeNull();

    // Said again, a new meeting starts.
    expect(await second.say(kari, 'start møte')).toContain('er startet');
    await second.say(kari, 'vedtak: fagdag i april', { mention: false });
    await second.say(kari, 'avslutt møte');
    const ended = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    const minutes = await t.app.services.meetingViews!.minutes(ended[0]!);
    // Not the meeting of the same morning: the one of an earlier day is what it approves or not.
    expect(minutes.previous?.meetingDate).toBe('2027-01-29');
  });
});
