import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Month round 6, N18: on 19.03.2027 a meeting was started 09:08 and ended 09:09; «start møte» at 09:10 started a
// new meeting of the same date with no word, and its minutes said «Referatet fra 19.03.2027 ble ikke godkjent»
// about the meeting just ended, while the 29.01 minutes were never approved.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // member
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
    expect(asked).toContain('Gjenåpne møtet fra 09:08');
    expect(asked).toContain('Nytt møte');
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

  it('«Gjenåpne møtet fra 09:08» runs the ended meeting again in its own thread; ended again, its minutes are posted anew', async () => {
    const { t, net } = await app();
    t.clock.set('2027-03-19T08:08:00Z'); // 09:08 in Oslo
    const first = speaker(t, net, '893002');
    expect(await first.say(kari, 'start møte')).toContain('er startet');
    await first.say(kari, 'vedtak: budsjett vedtatt', { mention: false });
    t.clock.set('2027-03-19T08:09:00Z');
    await first.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const minutesActivity = m.minutesRef!.activityId;

    t.clock.set('2027-03-19T08:10:00Z');
    const second = speaker(t, net, '893003');
    const asked = await second.say(kari, 'start møte');
    expect(asked).toContain('meeting.sameday');
    const reopen = { networkId: net.teamId, date: m.date, choice: 'reopen', meetingId: m.id };

    // Leaders only: a member's click changes nothing.
    const refused = await t.post(cardAction(net, ola, 'meeting.sameday', reopen, { thread: '893003' }));
    expect(JSON.stringify(refused.body)).toContain('ledere');
    expect(await t.app.services.store.meetings.running(net.tenantId, net.teamId)).toBeNull();

    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, kari, 'meeting.sameday', reopen, { thread: '893003' }));
    expect(JSON.stringify(res.body)).toContain('gjenåpnet møtet fra kl. 09:08');
    const running = await t.app.services.store.meetings.running(net.tenantId, net.teamId);
    expect(running?.id).toBe(m.id);
    // Said in the meeting's own thread, where its lines are written.
    expect(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body))).toContain('gjenåpnet møtet.');
    // Clicked twice: nothing more to reopen.
    expect(
      JSON.stringify((await t.post(cardAction(net, kari, 'meeting.sameday', reopen, { thread: '893003' }))).body),
    ).toContain('kan ikke gjenåpnes');

    t.clock.set('2027-03-19T08:20:00Z');
    expect(await first.say(kari, 'vedtak: fagdag i april', { mention: false })).not.toContain('ble ikke lagret');
    const atEnd = t.connector.emulator.calls.length;
    const ended = await first.say(kari, 'avslutt møte');
    expect(ended).toContain('ny');
    const calls = t.connector.emulator.calls.slice(atEnd);
    // The minutes posted at 09:09 are redrawn with both decisions, and the new version is posted in the thread.
    const redrawn = calls.filter((c) => c.kind === 'update' && c.activityId === minutesActivity);
    expect(redrawn.length).toBe(1);
    expect(JSON.stringify(redrawn[0]!.body)).toContain('fagdag i april');
    expect(JSON.stringify(redrawn[0]!.body)).toContain('budsjett vedtatt');
    expect(ended).toContain('fagdag i april');
    const again = await t.app.services.store.meetings.get(net.tenantId, net.teamId, m.id);
    expect(again?.status).toBe('ended');
    expect(again?.endedAt).toBe('2027-03-19T08:20:00.000Z');
    expect((await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 5)).length).toBe(1);
  });

  it('«Nytt møte» starts a new meeting in the thread the question was asked in', async () => {
    const { t, net } = await app();
    t.clock.set('2027-03-19T08:08:00Z');
    const first = speaker(t, net, '894002');
    await first.say(kari, 'start møte');
    t.clock.set('2027-03-19T08:09:00Z');
    await first.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    t.clock.set('2027-03-19T08:10:00Z');
    await speaker(t, net, '894003').say(kari, 'start møte');
    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      cardAction(
        net,
        kari,
        'meeting.sameday',
        { networkId: net.teamId, date: m.date, choice: 'new', meetingId: m.id },
        { thread: '894003' },
      ),
    );
    expect(JSON.stringify(res.body)).toContain('valgte nytt møte');
    expect(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body))).toContain('er startet');
    const running = await t.app.services.store.meetings.running(net.tenantId, net.teamId);
    expect(running?.id).not.toBe(m.id);
    expect(running?.thread?.threadId).toBe('894003');
    expect((await t.app.services.store.meetings.get(net.tenantId, net.teamId, m.id))?.status).toBe('ended');
  });
});
