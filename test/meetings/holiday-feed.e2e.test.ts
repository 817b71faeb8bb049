import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: the leader

/** iCalendar folds long lines at 75 octets; unfolded, a property reads as one line. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('the calendar feed marks a meeting on a holiday until the leaders decide (a stranger’s month, F23)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const feed = async () => {
    return unfold(await (await fetch(await feedLinkOf(t, net, kari))).text());
  };
  const event = (ics: string, uidDate: string) =>
    ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:meeting-${uidDate}`)) ?? '';

  beforeAll(async () => {
    // Friday 29 January 2027, 08:00 in Oslo: the series (last Friday) puts 26 March on langfredag.
    ({ t, net } = await startAt('2027-01-29T07:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('before the leaders are asked: tentative, saying the holiday and the day they will be asked', async () => {
    const ics = await feed();
    const easter = event(ics, '2027-03-26');
    expect(easter).toContain('DTSTART:20270326T080000Z');
    expect(easter).toContain('STATUS:TENTATIVE');
    expect(easter).not.toContain('STATUS:CONFIRMED');
    expect(easter).toContain('langfredag');
    expect(easter).toContain('26.02.2027');
    // An ordinary meeting stays a confirmed one.
    expect(event(ics, '2027-02-26')).toContain('STATUS:CONFIRMED');
  });

  it('carries no meeting from before the bot was installed as if it had been held', async () => {
    const ics = await feed();
    expect(event(ics, '2026-11-27')).toBe('');
    expect(event(ics, '2026-12-25')).toBe('');
    expect(event(ics, '2027-01-29')).toContain('STATUS:CONFIRMED'); // today's, after the install
  });

  it('once asked it says the leaders are choosing; once moved it says from where and why', async () => {
    t.clock.set('2027-02-26T08:00:00Z');
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    const asked = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes('meeting.holiday'));
    expect(asked).toHaveLength(1);
    const waiting = event(await feed(), '2027-03-26');
    expect(waiting).toContain('STATUS:TENTATIVE');
    expect(waiting).toContain('Lederne er bedt om å velge dato');
    expect(waiting).not.toContain('26.02.2027');

    const res = await t.post(
      cardAction(
        net,
        kari,
        'meeting.holiday',
        { networkId: net.teamId, date: '2027-03-26', choice: '2027-03-24' },
        { replyToId: asked[0]!.responseId ?? undefined },
      ),
    );
    expect(JSON.stringify(res.body)).toContain('24. mars');
    const moved = event(await feed(), '2027-03-26');
    expect(moved).toContain('DTSTART:20270324T080000Z');
    expect(moved).toContain('STATUS:CONFIRMED');
    expect(moved).toContain('Flyttet fra 26.03.2027 (langfredag)');
  });
});
