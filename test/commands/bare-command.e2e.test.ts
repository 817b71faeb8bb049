// A stranger's month (round 5, N13): «start møte» in the channel without the @mention got no answer at
// all, and the leader waited. With RSC Teams delivers it, so the bot can say how to address it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { bodiesOf, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

describe('a bare command in the channel without the @mention', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const unmentioned = async (text: string) => bodiesOf(t, net, kari, text, { mention: false });

  beforeAll(async () => {
    ({ t, net } = await startAt('2027-01-29T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('gets one reply saying how to address the bot, with the line to copy, and does nothing else', async () => {
    for (const line of ['start møte', 'avslutt møte', 'frister']) {
      const sent = await unmentioned(line);
      expect(sent, line).toHaveLength(1);
      expect(sent[0].text, line).toContain(`«@Nettverksboten ${line}»`);
    }
    expect(await t.app.services.store.meetings.running(net.tenantId, net.teamId)).toBeNull();
  });

  // s12 #8: «frister?» got no reply at all, though «frister» got the hint.
  it('gets the same hint with a question mark or other mark after the word, and the example without it', async () => {
    for (const [line, word] of [
      ['frister?', 'frister'],
      ['frister.', 'frister'],
      ['frister!', 'frister'],
      ['start møte?', 'start møte'],
      ['frister ?!', 'frister'],
    ]) {
      const sent = await unmentioned(line!);
      expect(sent, line).toHaveLength(1);
      expect(sent[0].text, line).toContain(`«@Nettverksboten ${word}»`);
    }
  });

  it('leaves talk alone: short words, sentences that name a command, polite asks to colleagues', async () => {
    for (const line of [
      'ok',
      'enig',
      'vi må huske å starte møtet presis i dag',
      'kan du vise agenda?',
      'takk for møtet alle sammen',
      'ok?',
      'frister? de kommer vel snart',
      'har vi frister?',
      '?',
      '...',
    ]) {
      expect(await unmentioned(line), line).toEqual([]);
    }
  });
});
