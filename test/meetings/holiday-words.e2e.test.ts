import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);

describe('the schedule says only what is true about a meeting on a holiday (a stranger’s month, F23)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: typeof kari, text: string) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who, text));
    return textOf(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    // Friday 29 January 2027, 08:00 in Oslo: four weeks before the leaders are asked about langfredag.
    ({ t, net } = await startAt('2027-01-29T07:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('weeks before the question, møteplan does not claim the leaders have been asked', async () => {
    const plan = await say(ola, 'møteplan');
    // The day they will be asked, one month before the meeting.
    expect(plan).toContain(
      'fredag 26. mars 2027 kl. 09:00–15:30 (på langfredag; lederne blir spurt om ny dato 26.02.2027)',
    );
    expect(plan).not.toContain('er bedt om');
    // Nor has anyone been asked yet: no holiday card went out.
    expect(t.connector.emulator.calls.some((c) => JSON.stringify(c.body).includes('meeting.holiday'))).toBe(false);
  });

  it('after the question is posted the schedule says they have been asked', async () => {
    t.clock.set('2027-02-26T08:00:00Z');
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(
      t.connector.emulator.calls.slice(before).some((c) => JSON.stringify(c.body).includes('meeting.holiday')),
    ).toBe(true);
    const plan = await say(ola, 'møteplan');
    expect(plan).toContain('(på langfredag; lederne er bedt om å velge dato)');
  });
});
