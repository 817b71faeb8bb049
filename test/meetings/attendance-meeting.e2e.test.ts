import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { entriesOf, speaker, type Speaker } from './channel-support.ts';

// A stranger's month: «forfall Gjerdrum og Nannestad» was acknowledged as «Forfall (punkt 1)» –
// attendance belongs to the meeting, not to «Godkjenning av referat» – and one typo («Hurdl») refused
// the whole line, so the leader retyped all five names.
const kari = person('Kari Nordmann', 1);

describe('attendance belongs to the meeting, and one typo does not lose the line', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let meeting: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:00:00Z', kari));
    meeting = speaker(t, net, '817001');
    await meeting.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Nannestad, Ullensaker');
    expect(await meeting.say(kari, 'start møte')).toContain('er startet');
  });
  afterAll(async () => t?.close());

  it('acknowledges attendance for the meeting, not for the item that is current', async () => {
    const out = await meeting.say(kari, 'forfall Gjerdrum og Nannestad');
    expect(out).toContain('Forfall til møtet: Gjerdrum, Nannestad');
    expect(out).not.toContain('punkt 1');
  });

  it('keeps the valid names of a line with a typo and offers the nearest one as a line to copy', async () => {
    await meeting.say(kari, 'neste');
    const out = await meeting.say(kari, 'til stede Nes, Eidsvoll, Hurdl, Ullensaker');
    expect(out).toContain('Til stede på møtet: Nes, Eidsvoll, Ullensaker');
    expect(out).toContain('«Hurdl» er ikke blant nettverkets kommuner. Mente du Hurdal?');
    expect(out).toContain('til stede Hurdal');
    const present = (await entriesOf(t, net))
      .filter((e) => e.kind === 'attendance' && e.status === 'present')
      .map((e) => e.municipality);
    expect(present.sort()).toEqual(['Eidsvoll', 'Nes', 'Ullensaker']);
    expect(await meeting.say(kari, 'til stede Hurdal')).toContain('Til stede på møtet: Hurdal');
  });

  it('the minutes list attendance for the meeting, apart from the items', async () => {
    expect(await meeting.say(kari, 'avslutt møte')).toContain('avsluttet');
    const ended = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const m = await t.app.services.meetingViews!.minutes(ended);
    const json = JSON.stringify(m);
    expect(json).toContain('Hurdal');
    expect(m.items.flatMap((i) => i.notes).join(' ')).not.toMatch(/Hurdal|Gjerdrum/);
  });
});
