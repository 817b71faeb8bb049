import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { datesFrom, walkDays } from '../support/schedule-walk.ts';

// Month round 7, N4: a deadline on julaften or nyttårsaften was promised «14, 7 og 1 dager før og på dagen», but no
// nudge goes out on the eves (round 6), so the day-of nudge silently never came. The confirmation now names the days
// the reminders are planned for, says why the last one comes early, and the last reminder says it is the last.
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z'); // Tuesday 1 December 2026, 10:00 in Oslo
const say = sayer({});

/** Steps the clock through each day's morning and afternoon, ticking the scheduler; what was posted on which day. */
const walk = (t: TestApp, list: string[]) =>
  walkDays(t, list, ['07:00', '08:00', '11:00', '14:30'], (c) => c.kind !== 'update' && c.status < 300);

describe('the reminders promised are the reminders that come, and the last one says so (month round 7, N4)', () => {
  it('deadlines on julaften and nyttårsaften: the days are named, the early last reminder explained and marked', async () => {
    const { t, net } = await app();
    const f1 = await say(t, net, kari, 'frist 24.12 Innspill til budsjett');
    expect(f1).toContain('Jeg minner kanalen om den 10.12, 17.12 og 23.12');
    expect(f1).toContain('siste påminnelse kommer 23.12');
    expect(f1).toContain('julaften');
    expect(f1).not.toContain('på dagen');
    const f2 = await say(t, net, kari, 'frist 31.12 Midlene for 2026 brukt opp');
    expect(f2).toContain('Jeg minner kanalen om den 17.12, 23.12 og 30.12');
    expect(f2).toContain('siste påminnelse kommer 30.12');
    expect(f2).toContain('nyttårsaften');
    // An ordinary Friday: the last reminder is on the day itself.
    const f3 = await say(t, net, kari, 'frist 15.01.2027 Søknad om stimuleringsmidler');
    expect(f3).toContain('Jeg minner kanalen om den 16.12, 30.12');
    expect(f3).toContain('08.01, 14.01 og 15.01');

    const log = await walk(t, datesFrom('2026-12-09', '2027-01-15'));
    const about = (title: string) => log.filter((p) => p.body.includes(`"text":"Frist: ${title}`));
    const budget = about('Innspill til budsjett').filter((p) => p.day <= '2026-12-24');
    expect(budget.map((p) => p.day)).toEqual(['2026-12-10', '2026-12-17', '2026-12-23']);
    expect(budget[0]!.body).not.toContain('siste påminnelse');
    expect(budget[1]!.body).not.toContain('siste påminnelse');
    expect(budget[2]!.body).toContain('Dette er siste påminnelse før fristen torsdag 24.12.');

    const spent = about('Midlene for 2026 brukt opp').filter((p) => p.day <= '2026-12-31');
    expect(spent.map((p) => p.day)).toEqual(['2026-12-17', '2026-12-23', '2026-12-30']);
    expect(spent[1]!.body).not.toContain('siste påminnelse');
    expect(spent[2]!.body).toContain('Dette er siste påminnelse før fristen torsdag 31.12.');

    // 14 days before 15.01 is 1.1 (første nyttårsdag): 31.12 is no nudge day either, so it came on 30.12.
    const grant = about('Søknad om stimuleringsmidler');
    expect(grant.map((p) => p.day)).toEqual(['2026-12-16', '2026-12-30', '2027-01-08', '2027-01-14', '2027-01-15']);
    expect(grant.filter((p) => p.body.includes('siste påminnelse'))).toEqual([]);
  });

  it('with the network’s own offsets the last reminder before the deadline is marked, whatever the reason', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'frist varsler 14,7')).toContain('Varslene er endret');
    // Monday 18 January: 14 days before is Monday 4.1, 7 days before Monday 11.1; nothing on the day.
    const out = await say(t, net, kari, 'frist 18.01.2027 Rapport om tiltak');
    expect(out).toContain('Jeg minner kanalen om den 04.01 og 11.01');
    expect(out).toContain('Siste påminnelse kommer 11.01');
    const log = await walk(t, datesFrom('2027-01-04', '2027-01-18'));
    const posts = log.filter((p) => p.body.includes(`"text":"Frist: Rapport om tiltak`));
    expect(posts.map((p) => p.day)).toEqual(['2027-01-04', '2027-01-11']);
    expect(posts[0]!.body).not.toContain('siste påminnelse');
    expect(posts[1]!.body).toContain('Dette er siste påminnelse før fristen mandag 18.01.');
  });

  it('a move states the reminders of the new date', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.01.2027 Søknad om midler');
    const out = await say(t, net, kari, 'flytt frist F1 til 31.12');
    expect(out).toContain('17.12, 23.12 og 30.12');
    expect(out).toContain('siste påminnelse kommer 30.12');
  });
});
