// Review 2, MEDIUM 4 (cost): the tab's minutes list read the network's ended meetings once per
// meeting (twice, for the previous minutes and the approval chain), so the work grew with the square
// of the number of meetings. The list reads them once and every minutes is worked out from that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

const kari = person('Kari Nordmann', 1);
let app: TabApp;
let net: NetworkFixture;
let token = '';

beforeAll(async () => {
  const clock = new ManualClock('2027-01-05T08:00:00Z');
  app = await startTabApp({ clock, virtualSendTime: true });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari]);
  for (const [i, d] of ['05', '12', '19', '26', '28'].entries()) {
    clock.set(`2027-01-${d}T08:00:00Z`);
    const s = speaker(app.t, net, `89000${i}`);
    await s.say(kari, 'start møte');
    await s.say(kari, `info: møte ${i + 1}`);
    await s.say(kari, 'avslutt møte');
  }
  token = await app.token(kari);
}, 120_000);
afterAll(async () => app?.close());

describe('the tab’s minutes list', () => {
  it('reads the ended meetings once, not once per meeting', async () => {
    const meetings = app.t.app.services.store.meetings;
    const ended = meetings.ended.bind(meetings);
    let reads = 0;
    meetings.ended = (...args: Parameters<typeof ended>) => {
      reads++;
      return ended(...args);
    };
    try {
      const r = await app.api(tabApi.minutes(net.teamId), { token });
      expect(r.status).toBe(200);
      expect(r.body.meetings).toHaveLength(5);
      expect(reads).toBe(1);
    } finally {
      meetings.ended = ended;
    }
  });
});
