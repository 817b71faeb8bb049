import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

// Review s14 #14: a member typing «hopp over møtet i mars» was told about March («Det er ikke planlagt
// noe møte i mars …») instead of the leaders-only refusal «avlys møte» gives.
const kari = person('Kari Nordmann', 1); // installs, so leads
const per = person('Per Medlem', 2);

describe('«hopp over møtet i <måned>» from a member', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Monday 4 January 2027.
    ({ t, net } = await startAt('2027-01-04T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('is refused as leaders-only before anything about the month is said', async () => {
    await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30, ikke i mars');
    // March has no meeting (the answer told the member so); February has one (looked up by date).
    for (const month of ['mars', 'februar']) {
      const reply = await say(t, net, per, `hopp over møtet i ${month}`);
      expect(reply).toContain('Bare nettverkets ledere kan');
      expect(reply).not.toContain('Det er ikke planlagt');
    }
    expect(await say(t, net, kari, 'møteplan')).toContain('26. februar 2027');
  });
});

describe('«hopp over møtet i jul» (review s14 #7)', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Tuesday 1 June 2027.
    ({ t, net } = await startAt('2027-06-01T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('cancels the Christmas month’s meeting, not July’s', async () => {
    await say(t, net, kari, 'møteplan siste fredag i måneden kl. 09:00-15:30');
    const reply = await say(t, net, kari, 'hopp over møtet i jul');
    expect(reply).toContain('31. desember 2027');
    expect(reply).not.toContain('30. juli');
    expect(await say(t, net, kari, 'møteplan')).toContain('30. juli 2027');
  });
});
