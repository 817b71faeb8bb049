import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from './channel-support.ts';

// A stranger's month: in the first meeting «punkt 3» (Oppfølging av oppgaver) showed a card whose
// title and body both said «Ingen åpne oppgaver».
const kari = person('Kari Nordmann', 1);

describe('following up tasks when there are none', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let meeting: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:00:00Z', kari));
    meeting = speaker(t, net, '811001');
    expect(await meeting.say(kari, 'start møte')).toContain('er startet');
  });
  afterAll(async () => t?.close());

  it('says it once, and says what it means', async () => {
    const out = await meeting.say(kari, 'punkt 3');
    expect(out).toContain('Punkt 3: Oppfølging av oppgaver');
    expect(out.match(/Ingen åpne oppgaver/g) ?? []).toHaveLength(1);
    expect(out).toContain('Ingen åpne oppgaver å følge opp fra tidligere møter.');
  });
});
