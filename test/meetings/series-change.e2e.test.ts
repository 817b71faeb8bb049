import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';
import { datesFrom, walkDays } from '../support/schedule-walk.ts';

// Month round 14, #1, #2 and #6: a change to a two-weekly series gave one set of Wednesdays in the reply,
// another in the calendar feed and a third in the notices; the feed rewrote the past; and the meeting of
// the day of the change vanished while its agenda stood in the channel.

const kari = person('Kari Nordmann', 1);
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');
const events = (ics: string) =>
  ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .filter((e) => e.includes('UID:meeting-'));
const eventOn = (ics: string, uidDate: string) => events(ics).find((e) => e.includes(`UID:meeting-${uidDate}`)) ?? '';

describe('one set of dates for a changed series, and a feed that keeps the past', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const feed = async () => unfold(await (await fetch(await feedLinkOf(t, net, kari))).text());

  beforeAll(async () => {
    // Friday 29 January 2027, 08:30 in Oslo: the monthly meeting (last Friday) is held.
    ({ t, net } = await startAt('2027-01-29T07:30:00Z', kari));
    expect(await say(t, net, kari, 'start møte')).toContain('er startet');
    await say(t, net, kari, 'avslutt møte');
  });
  afterAll(async () => t?.close());

  it('the reply keeps the meeting of the day and names the same Wednesdays as «agenda»', async () => {
    // Friday 26 February 2027, 09:00, the morning of the February meeting.
    t.clock.set('2027-02-26T08:00:00Z');
    const reply = await say(t, net, kari, 'møteplan annenhver onsdag kl 10-12');
    expect(reply).toContain('annenhver onsdag kl. 10:00–12:00');
    expect(reply).toContain('Dagens møte fredag 26. februar 2027 kl. 09:00–15:30 holdes som planlagt');
    expect(reply).toContain('avlys møte 26.02.2027');
    for (const d of ['onsdag 10. mars 2027', 'onsdag 24. mars 2027']) expect(reply).toContain(d);
    expect(reply).not.toContain('3. mars 2027');
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).toContain('fredag 26. februar 2027');
  });

  it('the calendar feed has the same dates, the held meeting, and no new-rule dates in the past', async () => {
    const ics = await feed();
    expect(eventOn(ics, '2027-01-29')).toContain('DTSTART:20270129T080000Z');
    expect(eventOn(ics, '2027-02-26')).toContain('STATUS:CONFIRMED');
    // 10:00 in Oslo: 09:00Z in winter, 08:00Z after the change to summer time.
    expect(eventOn(ics, '2027-03-10')).toContain('DTSTART:20270310T090000Z');
    expect(eventOn(ics, '2027-03-24')).toContain('DTSTART:20270324T090000Z');
    expect(eventOn(ics, '2027-04-07')).toContain('DTSTART:20270407T080000Z');
    for (const d of ['2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24', '2027-03-03', '2027-03-17'])
      expect(eventOn(ics, d)).toBe('');
  });

  it('the scheduler posts agendas for those Wednesdays and no other', async () => {
    const posts = await walkDays(t, datesFrom('2027-02-27', '2027-03-31'), ['05:00', '08:00', '11:00'], (c) =>
      JSON.stringify(c.body).includes('Agenda for møtet'),
    );
    const dated = posts.map((p) => /Agenda for møtet (\p{L}+ \d+\. \p{L}+ \d{4})/u.exec(p.body)?.[1]);
    expect(dated).toEqual(['onsdag 10. mars 2027', 'onsdag 24. mars 2027', 'onsdag 7. april 2027']);
  });

  it('a held two-weekly meeting stays in the feed after the series changes back', async () => {
    t.clock.set('2027-04-07T08:05:00Z');
    expect(await say(t, net, kari, 'start møte')).toContain('er startet');
    await say(t, net, kari, 'avslutt møte');
    t.clock.set('2027-04-09T08:00:00Z');
    expect(await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30')).toContain(
      'fredag 30. april 2027',
    );
    const ics = await feed();
    expect(eventOn(ics, '2027-04-07')).toContain('DTSTART:20270407T080000Z');
    expect(eventOn(ics, '2027-01-29')).toContain('DTSTART:20270129T080000Z');
    expect(eventOn(ics, '2027-04-30')).toContain('STATUS:CONFIRMED');
    // The monthly rule must not reappear in the two-weekly weeks, nor the two-weekly one after the change.
    expect(eventOn(ics, '2027-03-26')).toBe('');
    expect(eventOn(ics, '2027-04-21')).toBe('');
  });
});
