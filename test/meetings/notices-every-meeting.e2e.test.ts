import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { withoutMention } from '../support/chat.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month round 6, N12: network A's meeting on Fri 26 Feb 2027 got no agenda, no day-before reminder and no
// after-question. A's history: the 25.12 meeting moved to 18.12 by the holiday question, an extra meeting
// 05.01 23:06 that ran past midnight, a leader change on 04.01. Every schedule change cancelled the notice
// jobs with the network's prefix, the daily re-planning job too, and planned it again with an insert that
// keeps an existing row: the cancelled row stayed, the daily chain stopped, and only the two meetings
// planned at that moment ever got their notices.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

const posts = (t: TestApp, words: string) =>
  t.connector.emulator.calls.filter((c) => JSON.stringify(c.body).includes(words));

describe('every scheduled meeting gets its agenda and reminder whatever happened before', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let thread = 880000;

  const at = (iso: string) => tickAt(t, iso, 5);
  /** Moves the clock a week (or to `until`) at a time, as the tester's «+1 uke», ticking the scheduler. */
  async function walk(until: string, stepDays = 7) {
    let now = t.clock.now().getTime();
    const end = new Date(until).getTime();
    while (now < end) {
      now = Math.min(now + stepDays * 86_400_000, end);
      await at(new Date(now).toISOString());
    }
  }
  async function say(who: TestPerson, text: string, threadId?: string, mentions: TestPerson[] = []) {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, { thread: threadId, mentions }));
    expect(res.status).toBe(200);
    return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
  }
  async function meeting(who: TestPerson, lines: string[] = []) {
    const id = String(++thread);
    const started = await say(who, 'start møte', id);
    for (const l of lines) await t.post(withoutMention(channelMessage(net, who, l, { thread: id })));
    await say(who, 'avslutt møte', id);
    return started;
  }

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-12-01T00:53:00Z', kari));
    // The leaders are asked about 25.12 (første juledag) and move it to 18.12.
    await t.post(
      cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2026-12-25', choice: '2026-12-18' }),
    );
  });
  afterAll(async () => t?.close());

  it('18.12, an extra meeting past midnight and a leader change leave 26.02 with its agenda and reminder', async () => {
    await walk('2026-12-18T08:05:00Z');
    expect(posts(t, 'Agenda for møtet fredag 18. desember 2026').length).toBe(1);
    await meeting(kari, ['vedtak: fagdag i mars']);
    await walk('2027-01-04T09:00:00Z');
    await say(kari, 'leder + @Ola Hansen', undefined, [ola]);
    await say(kari, 'leder - @Kari Nordmann', undefined, [kari]);
    await at('2027-01-05T22:06:00Z');
    const id = String(++thread);
    expect(await say(ola, 'start møte', id)).toContain('29.01.2027');
    await at('2027-01-05T23:06:00Z');
    await at('2027-01-06T00:06:00Z');
    await t.post(withoutMention(channelMessage(net, ola, 'info: etter midnatt', { thread: id })));
    await say(ola, 'avslutt møte', id);

    await walk('2027-01-29T08:05:00Z');
    expect(posts(t, 'Agenda for møtet fredag 29. januar 2027').length).toBe(1);
    // The week's step passed 28.01 12:00: the reminder goes out late, on the day, and says so (round 9).
    expect(posts(t, 'nettverksmøte i dag, fredag 29. januar 2027').length).toBe(1);
    await meeting(ola, ['vedtak: budsjett vedtatt']);

    await walk('2027-03-05T10:00:00Z');
    expect(posts(t, 'Agenda for møtet fredag 26. februar 2027').length).toBe(1);
    expect(posts(t, 'nettverksmøte i dag, fredag 26. februar 2027').length).toBe(1);
  });
});
