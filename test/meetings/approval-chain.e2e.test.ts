import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Round 8 N22: a short extra meeting that never raised item 2 wrote «Referatet fra 24.03.2027 ble
// ikke godkjent» (read as a rejection), and the 24.03 minutes then dropped out of the approval
// chain; a second meeting the same day contradicted an approval made that morning. Minutes nobody
// dealt with are «ikke behandlet» and stay up for approval, oldest first, until approved.
const ola = person('Ola Hansen', 1); // leader
const app = appPerTest(ola, '2027-03-24T08:00:00Z');

describe('N22: minutes stay up for approval until approved', () => {
  it('an extra meeting that skipped item 2 says «ikke behandlet», and the next meeting approves both, oldest first', async () => {
    const { t, net } = await app();
    const march = speaker(t, net, '870001');
    await march.say(ola, 'start møte');
    await march.say(ola, 'vedtak: arbeidsgruppa får mandat');
    await march.say(ola, 'avslutt møte');

    t.clock.set('2027-04-09T16:21:00Z');
    const extra = speaker(t, net, '870002');
    await extra.say(ola, 'start møte');
    await extra.say(ola, 'info: kort ekstramøte');
    const ended = await extra.say(ola, 'avslutt møte');
    expect(ended).toContain('Referatet fra 24.03.2027 ble ikke behandlet');
    expect(ended).not.toContain('ikke godkjent');

    // The next agenda's item 2 lists both, the older first, not only the latest.
    const agenda = await extra.say(ola, 'agenda', { thread: '870010' });
    expect(agenda).toContain('Referat fra 24.03.2027 og 09.04.2027');

    t.clock.set('2027-04-30T07:00:00Z');
    const april = speaker(t, net, '870003');
    await april.say(ola, 'start møte');
    const item2 = await april.say(ola, 'punkt 2');
    // Both minutes are on the table, the older first.
    expect(item2).toContain('24.03.2027');
    expect(item2).toContain('09.04.2027');
    expect(item2.indexOf('arbeidsgruppa får mandat')).toBeLessThan(item2.indexOf('kort ekstramøte'));
    const approved = await april.say(ola, 'godkjent');
    expect(approved).toContain('Referatene fra 24.03.2027 og 09.04.2027 er godkjent');
    const stored = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 5);
    expect(
      stored
        .filter((m) => m.approvedAt)
        .map((m) => m.date)
        .sort(),
    ).toEqual(['2027-03-24', '2027-04-09']);
    const aprilEnd = await april.say(ola, 'avslutt møte');
    expect(aprilEnd).toContain('Referatet fra 24.03.2027 ble godkjent');
    expect(aprilEnd).toContain('Referatet fra 09.04.2027 ble godkjent');

    // A second meeting that day never contradicts the approval made in the first.
    t.clock.set('2027-04-30T08:30:00Z');
    const second = speaker(t, net, '870004');
    await second.say(ola, 'start møte'); // asks: reopen or new
    await second.say(ola, 'start møte');
    await second.say(ola, 'info: en ting til');
    const secondEnd = await second.say(ola, 'avslutt møte');
    expect(secondEnd).not.toContain('ikke godkjent');
    expect(secondEnd).not.toContain('ikke behandlet');
  });

  it('«angre» after approving several takes back every approval of that line', async () => {
    const { t, net } = await app();
    for (const [day, thread] of [
      ['2027-03-24T08:00:00Z', '871001'],
      ['2027-04-09T08:00:00Z', '871002'],
    ] as const) {
      t.clock.set(day);
      const s = speaker(t, net, thread);
      await s.say(ola, 'start møte');
      await s.say(ola, 'avslutt møte');
    }
    t.clock.set('2027-04-30T07:00:00Z');
    const s = speaker(t, net, '871003');
    await s.say(ola, 'start møte');
    await s.say(ola, 'godkjent');
    await s.say(ola, 'angre');
    const stored = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 5);
    expect(stored.filter((m) => m.approvedAt)).toEqual([]);
    const end = await s.say(ola, 'avslutt møte');
    expect(end).toContain('Referatet fra 24.03.2027 ble ikke behandlet');
    expect(end).toContain('Referatet fra 09.04.2027 ble ikke behandlet');
  });
});
