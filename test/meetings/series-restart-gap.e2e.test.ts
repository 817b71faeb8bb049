import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';

// Review s14 #2: after «møteplan stopp», a «møteplan …» some weeks later brought the stopped series'
// meetings for the weeks between back as past events in the feed, the old rule kept until the new one.
const kari = person('Kari Nordmann', 1);
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('a series started again some weeks after it was stopped', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const feed = async () => unfold(await (await fetch(await feedLinkOf(t, net, kari))).text());

  beforeAll(async () => {
    // Tuesday 1 June 2027.
    ({ t, net } = await startAt('2027-06-01T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('has no meetings of the old rule between the stop and the new rule', async () => {
    await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30');
    expect(await say(t, net, kari, 'møteplan stopp')).toContain('Møteserien er avsluttet');
    t.clock.set('2027-09-01T08:00:00Z');
    expect(await say(t, net, kari, 'møteplan første tirsdag kl 12-14')).toContain('tirsdag 7. september 2027');
    const ics = await feed();
    for (const gone of ['2027-06-25', '2027-07-30', '2027-08-27']) expect(ics).not.toContain(`UID:meeting-${gone}`);
    expect(ics).toContain('UID:meeting-2027-09-07');
  });
});
