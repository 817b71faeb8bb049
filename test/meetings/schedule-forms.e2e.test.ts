import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from './channel-support.ts';

// A stranger's month: «møteplan siste fredagen i mnd kl 9-15.30» got «Jeg fant ingen ukedag i
// beskrivelsen» – untrue, «fredagen» is a weekday in its definite form. The schedule is read in the
// forms leaders write it, and a word that is not understood is named instead of denied.
const kari = person('Kari Nordmann', 1);

describe('møteplan as leaders write it', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-30T09:00:00Z', kari));
    s = speaker(t, net, '814001');
  });
  afterAll(async () => t?.close());

  it.each([
    ['siste fredagen i mnd kl 9-15.30', 'siste fredag i måneden kl. 09:00–15:30'],
    ['første mandagen i hver måned fra 9 til 12', 'første mandag i måneden kl. 09:00–12:00'],
    ['nest siste torsdagen i måneden kl. 09.00 – 11.30', 'nest siste torsdag i måneden kl. 09:00–11:30'],
    ['tirsdagene annenhver uke 12-14', 'annenhver tirsdag kl. 12:00–14:00'],
    ['den 2. onsdagen i måneden 9 til halv fire', 'andre onsdag i måneden kl. 09:00–15:30'],
    ['hver torsdag kl. 13-15', 'hver torsdag kl. 13:00–15:00'],
  ])('«møteplan %s»', async (typed, description) => {
    const out = await s.say(kari, `møteplan ${typed}`);
    expect(out).toContain(description);
  });

  it('names the word it did not understand instead of saying there is no weekday', async () => {
    const out = await s.say(kari, 'møteplan siste fredagn i måneden 9-15');
    expect(out).not.toContain('fant ingen ukedag');
    expect(out).toContain('«fredagn»');
    expect(out).toContain('fredag');
  });
});
