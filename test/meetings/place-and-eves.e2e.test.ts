import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { feedLinkOf } from '../support/feed-link.ts';
import { validNationalId } from '../support/national-id.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

// N9 (month round 9): «møtested Lillestrøm rådhus, møterom Nitelva» was set, yet no VEVENT had a LOCATION and the
// day-before reminder did not say where; the series put a meeting on nyttårsaften 31.12.2027 and the tester saw no
// question about it (juledag got one). The place is now in the feed and the reminder; both eves are asked about.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('N9: the meeting place in the calendar and the reminder; nyttårsaften asked about like juledag', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const feed = async () => unfold(await (await fetch(await feedLinkOf(t, net, kari))).text());
  const event = (ics: string, uidDate: string) =>
    ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:meeting-${uidDate}`)) ?? '';

  beforeAll(async () => {
    // Friday 17 September 2027, 09:00 in Oslo; the series (last Friday of the month) holds 24.09, 29.10, 26.11, 31.12.
    ({ t, net } = await startAt('2027-09-17T07:00:00Z', kari));
    t.connector.emulator.installPersonal(kari.id);
    expect(await say(t, net, kari, 'møtested Lillestrøm rådhus, møterom Nitelva; 2. etasje')).toContain(
      'Lillestrøm rådhus',
    );
  });
  afterAll(async () => t?.close());

  it('every meeting in the feed has the place as LOCATION, escaped as RFC 5545 text', async () => {
    const ics = await feed();
    for (const d of ['2027-09-24', '2027-10-29', '2027-11-26'])
      expect(event(ics, d)).toContain('LOCATION:Lillestrøm rådhus\\, møterom Nitelva\\; 2. etasje');
  });

  it('the day-before reminder says where', async () => {
    t.clock.set('2027-09-23T10:30:00Z');
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    const said = t.connector.emulator.calls
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .find((b) => b.includes('Påminnelse: nettverksmøte i morgen'));
    expect(said).toContain('kl. 09:00–15:30, Lillestrøm rådhus, møterom Nitelva');
  });

  it('a place with an identity number typed into it is masked in the feed', async () => {
    const fnr = validNationalId('010190', '123');
    // «møtested» refuses it; a place stored before that check still never leaves unmasked.
    const store = t.app.services.store.meetings;
    const stored = await store.getSeries(net.tenantId, net.teamId);
    const series = { ...(stored!.series as object), place: `Rådhuset ${fnr}` };
    await store.saveSeries(net.tenantId, net.teamId, series, stored!.agenda, kari, t.clock.now());
    const ics = await feed();
    expect(ics).not.toContain(fnr);
    expect(event(ics, '2027-10-29')).toContain('LOCATION:Rådhuset');
  });

  it('the meeting on nyttårsaften is tentative in the feed and put to the leaders a month ahead, as juledag is', async () => {
    const waiting = event(await feed(), '2027-12-31');
    expect(waiting).toContain('STATUS:TENTATIVE');
    expect(waiting).toContain('nyttårsaften');
    t.clock.set('2027-12-01T08:30:00Z');
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    const asked = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes('meeting.holiday'));
    expect(asked).toHaveLength(1);
    expect(JSON.stringify(asked[0]!.body)).toContain('nyttårsaften');
  });
});
