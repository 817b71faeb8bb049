import { afterEach, describe, expect, it } from 'vitest';
import { minutesListResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

// Round 8 N22: the tab listed two minutes of 30.04 as «30.04.2027 Demonettverket» twice, with
// nothing to tell them apart. Where two share a date, each carries the time the meeting started.
const ola = person('Ola Hansen', 1);
let app: TabApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('N22: the minutes list tells two meetings of one day apart', () => {
  it('gives the start time (Oslo) only where two minutes share a date', async () => {
    const clock = new ManualClock('2027-04-09T16:21:00Z');
    app = await startTabApp({ clock });
    const net = netOf(app, 1);
    await app.install(net, ola);
    app.members(net, [ola]);
    const held = async (thread: string, at: string, twice = false) => {
      clock.set(new Date(at));
      const s = speaker(app!.t, net, thread);
      await s.say(ola, 'start møte');
      if (twice) await s.say(ola, 'start møte'); // the first asks: reopen the morning's meeting, or a new one
      await s.say(ola, 'avslutt møte');
    };
    await held('881001', '2027-04-09T16:21:00Z');
    await held('881002', '2027-04-30T07:00:00Z');
    await held('881003', '2027-04-30T08:30:00Z', true);
    const list = minutesListResponse.parse(
      (await app.api(tabApi.minutes(net.teamId), { token: await app.token(ola) })).body,
    );
    const rows = list.meetings.map((m) => [m.date, m.time ?? null]);
    expect(rows).toEqual([
      ['2027-04-30', '10:30'],
      ['2027-04-30', '09:00'],
      ['2027-04-09', null],
    ]);
  });
});
