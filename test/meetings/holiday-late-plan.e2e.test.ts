// A stranger's month (round 5, N1): a schedule set after the one-month point of a holiday meeting
// (30 November for første juledag) never put the holiday question to the leaders, and «møteplan»
// kept promising a question «en måned før» whose day had passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: the leader

describe('a holiday meeting whose question day has already passed when the schedule is set', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (text: string) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, kari, text));
    return textOf(t.connector.emulator.calls.slice(before));
  };
  const asked = () => t.connector.emulator.calls.filter((c) => JSON.stringify(c.body).includes('meeting.holiday'));

  beforeAll(async () => {
    // Monday 30 November 2026, 23:17 in Oslo.
    ({ t, net } = await startAt('2026-11-30T22:17:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('the schedule says the leaders will be asked today, not «en måned før»', async () => {
    const plan = await say('møteplan siste fredag i måneden 09:00-15:30');
    expect(plan).toMatch(
      /25\. desember 2026 kl\. 09:00–15:30 \(på første juledag; lederne (blir spurt om ny dato i dag|er bedt om å velge dato)\)/,
    );
    expect(plan).not.toContain('en måned før');
  });

  it('the question reaches the leaders by the next working morning', async () => {
    for (const at of ['2026-11-30T22:30:00Z', '2026-12-01T05:00:00Z', '2026-12-01T07:00:00Z', '2026-12-01T09:00:00Z']) {
      t.clock.set(at);
      await t.app.services.scheduler.tick();
    }
    expect(asked().length).toBe(1);
    const plan = await say('møteplan');
    expect(plan).toContain('lederne er bedt om å velge dato');
  });

  it('and is not asked again as the days go by', async () => {
    for (let day = 2; day <= 11; day++) {
      t.clock.set(`2026-12-${String(day).padStart(2, '0')}T08:00:00Z`);
      await t.app.services.scheduler.tick();
    }
    expect(asked().length).toBe(1);
  });
});
