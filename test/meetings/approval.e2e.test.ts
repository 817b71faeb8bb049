import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const start = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('approving the previous minutes is explicit', () => {
  it('item 2 shows the last minutes with a button; passing it without approval says "ikke behandlet"; godkjent, angre and the button work', async () => {
    const { t, net } = await start();
    const store = t.app.services.store.meetings;

    let s = speaker(t, net, '600001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: felles fagdag i mars');
    await s.say(kari, 'avslutt møte');

    // Second meeting: item 2 is passed without approving.
    t.clock.set('2026-12-18T08:05:00Z');
    s = speaker(t, net, '600002');
    await s.say(kari, 'start møte');
    const item2 = await s.say(kari, 'neste');
    expect(item2).toContain('Punkt 2');
    expect(item2).toContain('felles fagdag i mars'); // the last minutes, shown
    expect(item2).toContain('Godkjenn referatet');
    expect(item2).toContain('minutes.approve');
    expect(item2).toContain('godkjent');
    await s.say(kari, 'neste');
    expect((await store.get(net.tenantId, net.teamId, 'M1'))?.approvedAt).toBeNull();
    const minutes2 = await s.say(kari, 'avslutt møte');
    expect(minutes2).toContain('Referatet fra 27.11.2026 ble ikke behandlet');

    // Third meeting: godkjent, angre, then the button.
    t.clock.set('2027-01-29T08:05:00Z');
    s = speaker(t, net, '600003');
    await s.say(kari, 'start møte');
    await s.say(kari, 'neste');
    expect(await s.say(ola, 'godkjent')).toContain('18.12.2026');
    expect((await store.get(net.tenantId, net.teamId, 'M2'))?.approvedIn).toBe('M3');
    expect(await s.say(ola, 'godkjent')).toContain('allerede godkjent');
    expect(await s.say(ola, 'angre')).toContain('Angret');
    expect((await store.get(net.tenantId, net.teamId, 'M2'))?.approvedAt).toBeNull();

    const click = await t.post(
      cardAction(
        net,
        kari,
        'minutes.approve',
        { networkId: net.teamId, meetingId: 'M2' },
        { thread: '600003', replyToId: '600003' },
      ),
    );
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toContain('Godkjent på møtet 29.01.2027 av Kari Nordmann');
    expect(JSON.stringify(click.body)).not.toContain('minutes.approve');
    expect((await store.get(net.tenantId, net.teamId, 'M2'))?.approvedBy?.name).toBe('Kari Nordmann');
    const minutes3 = await s.say(kari, 'avslutt møte');
    expect(minutes3).toContain('Referatet fra 18.12.2026 ble godkjent');
    expect(await s.say(ola, 'referat 18.12')).toContain('Godkjent på møtet');
  });
});
