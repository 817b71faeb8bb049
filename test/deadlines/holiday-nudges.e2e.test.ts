import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { datesFrom, walkDays } from '../support/schedule-walk.ts';

// Monday 30 November 2026, 09:00 in Oslo (UTC+1).
const MONDAY = '2026-11-30T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader

const app = appPerTest(kari, MONDAY);
const say = sayer({});

/** Everything posted in the channel that mentions the deadline's title or the passed-deadline summary, with the Oslo day it was sent. */
function postsAbout(t: TestApp, title: string, log: { day: string; body: string }[]) {
  return log.filter((p) => p.body.includes(title) || p.body.includes('passerte mens jeg ikke kunne varsle'));
}

/** Walks the clock through each day's morning, midday and afternoon, ticking the scheduler, and records what was posted on which day. */
const walk = (t: TestApp, days: string[]) =>
  walkDays(t, days, ['06:00', '07:00', '08:00', '11:00', '14:30'], (c) => c.kind === 'create' && c.status < 300);

describe('a deadline on a public holiday (a stranger’s month, F15)', () => {
  it('gets its last reminder on the working day before, one overdue question after, and no outage excuse', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 1.1 Regnskap for 2026');
    const log = postsAbout(t, 'Regnskap for 2026', await walk(t, datesFrom('2026-12-01', '2027-01-05')));
    const on = (day: string) => log.filter((p) => p.day === day);
    // The 7-day reminder (første juledag) came on Wednesday 23 December, julaften being no day for nudges.
    expect(on('2026-12-23')).toHaveLength(1);
    expect(on('2026-12-23')[0]!.body).toContain('9 dager igjen');
    // Nyttårsaften is no day for nudges (month round 6, N6): Wednesday 30 December is the last one before
    // første nyttårsdag, so the day-before and on-the-day reminders come then, once, counting from that day.
    expect(on('2026-12-30')).toHaveLength(1);
    expect(on('2026-12-30')[0]!.body).toContain('2 dager igjen');
    // Nothing on nyttårsaften, the holiday or the weekend.
    expect([...on('2026-12-31'), ...on('2027-01-01'), ...on('2027-01-02'), ...on('2027-01-03')]).toEqual([]);
    // Monday 4 January: one question whether it was delivered; the bot was up all along, so no «could not notify».
    expect(on('2027-01-04')).toHaveLength(1);
    expect(on('2027-01-04')[0]!.body).toContain('er den levert?');
    expect(log.some((p) => p.body.includes('passerte mens jeg ikke kunne varsle'))).toBe(false);
    expect(on('2027-01-05')).toEqual([]);
  });

  it('a deadline on a Sunday is reminded of on the Friday before, and a day-before reminder on a Saturday moves to Friday too', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    // Sunday 13 December: the 1-day (Saturday) and 0-day (Sunday) reminders both fall on Friday 11 December; one card says so.
    await say(t, net, kari, 'frist 13.12 Søknad om overføring');
    const log = postsAbout(
      t,
      'Søknad om overføring',
      await walk(t, ['2026-12-04', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14']),
    );
    // The 7-day reminder (Sunday 6 December) came on Friday 4 December.
    expect(log.filter((p) => p.day === '2026-12-04').map((p) => p.body.includes('9 dager igjen'))).toEqual([true]);
    expect(log.filter((p) => p.day === '2026-12-11')).toHaveLength(1);
    expect(log.filter((p) => p.day === '2026-12-11')[0]!.body).toContain('2 dager igjen');
    expect(log.filter((p) => p.day === '2026-12-12' || p.day === '2026-12-13')).toEqual([]);
    expect(log.filter((p) => p.day === '2026-12-14').map((p) => p.body.includes('er den levert?'))).toEqual([true]);
  });

  it('a reminder planned on the holiday by an older version (before reminders moved) adds no second message and no outage excuse', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 1.1 Regnskap for 2026');
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    const { keyPrefix, DEADLINE_NUDGE } = await import('../../src/deadlines/nudges.ts');
    // As the old planning left it: the day-before nudge on 31 December, the on-the-day one on the holiday itself.
    const plan = (offset: number, dueAt: string) =>
      t.app.services.store.jobs.replan(
        {
          tenantId: d.tenantId,
          networkId: d.networkId,
          key: `${keyPrefix(d)}${d.date}:${offset}`,
          kind: DEADLINE_NUDGE,
          dueAt: new Date(dueAt),
          payload: { deadlineId: d.id, date: d.date, offset },
        },
        t.clock.now(),
      );
    await plan(1, '2026-12-31T08:00:00Z');
    await plan(0, '2027-01-01T08:00:00Z');
    const log = postsAbout(t, 'Regnskap for 2026', await walk(t, datesFrom('2026-12-01', '2027-01-05')));
    // Both old jobs now fall on days without nudges (nyttårsaften, N6, and the holiday): they wait for Monday,
    // when the deadline has passed, and the question whether it was delivered speaks alone.
    expect(log.map((p) => p.day).filter((day) => day >= '2026-12-25')).toEqual(['2027-01-04']);
    expect(log.at(-1)!.body).toContain('er den levert?');
    expect(log.some((p) => p.body.includes('passerte mens jeg ikke kunne varsle'))).toBe(false);
  });
});
