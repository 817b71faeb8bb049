import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';

// Month round 14, #7: «…, ikke i juli» was dropped without a word, and a network could not end its series.

const kari = person('Kari Nordmann', 1);
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('a series that skips a month, and one that ends', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const feed = async () => unfold(await (await fetch(await feedLinkOf(t, net, kari))).text());

  beforeAll(async () => {
    // Tuesday 1 June 2027.
    ({ t, net } = await startAt('2027-06-01T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('«ikke i juli» is understood, said back, and July has no meeting', async () => {
    const reply = await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30, ikke i juli');
    expect(reply).toContain('siste fredag i måneden, ikke i juli kl. 09:00–15:30');
    expect(reply).toContain('fredag 25. juni 2027');
    expect(reply).toContain('fredag 27. august 2027');
    expect(reply).not.toContain('30. juli');
    expect(await feed()).not.toContain('UID:meeting-2027-07-30');
  });

  it('a month it cannot read is said, with a working example', async () => {
    const reply = await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30, ikke i sommerferien');
    expect(reply).toContain('Jeg forstod ikke hvilken måned');
    expect(reply).toContain('ikke i juli');
    expect(await say(t, net, kari, 'møteplan')).toContain('ikke i juli');
  });

  it('«møteplan stopp» ends the series; held dates stay, no new ones come', async () => {
    const reply = await say(t, net, kari, 'møteplan stopp');
    expect(reply).toContain('Møteserien er avsluttet');
    expect(reply).toContain('ekstra møte');
    const plan = await say(t, net, kari, 'møteplan');
    expect(plan).toContain('ingen faste møter');
    expect(plan).toContain('Møteplanen gir ingen kommende datoer');
    expect(await feed()).not.toContain('UID:meeting-2027-06-25');
    // A new series starts it again.
    expect(await say(t, net, kari, 'møteplan første tirsdag kl 12-14')).toContain('tirsdag 6. juli 2027');
  });
});

describe('«hopp over møtet i februar» and «avslutt møteserien» as commands of their own', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Monday 4 January 2027.
    ({ t, net } = await startAt('2027-01-04T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('skipping a month cancels its meeting, as «avlys møte» does', async () => {
    const reply = await say(t, net, kari, 'hopp over møtet i februar vinterferie');
    expect(reply).toContain('er avlyst (vinterferie)');
    expect(reply).toContain('fredag 26. februar 2027');
    expect(await say(t, net, kari, 'møteplan')).not.toContain('26. februar 2027');
    const none = await say(t, net, kari, 'hopp over møtet i februar');
    expect(none).toContain('Det er ikke planlagt noe møte i februar');
  });

  it('ending the series is understood', async () => {
    expect(await say(t, net, kari, 'avslutt møteserien')).toContain('Møteserien er avsluttet');
    expect(await say(t, net, kari, 'møteplan')).toContain('Møteplanen gir ingen kommende datoer');
  });
});
