import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';
import { eachHour } from '../support/schedule-walk.ts';

// Month round 5, N10: a task written on Friday night, due Wednesday, was reminded of on Monday at
// 08:00 «om 3 virkedager» – two working days were left, and every other reminder comes at 09:00.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // has not talked to the bot: his reminders come in the channel
const app = appPerTest(kari, '2026-12-11T08:00:00Z');

/** Ticks every hour of each day (UTC); returns each reminder about `task` with the UTC time it was sent. */
async function walk(t: TestApp, from: string, to: string, task: string): Promise<{ at: string; text: string }[]> {
  const log: { at: string; text: string }[] = [];
  await eachHour(t, from, to, { first: 0, last: 23 }, (c, at) => {
    const text = String(c.body?.activity?.text ?? c.body?.text ?? '');
    // «… ga deg oppgave T1» given at night now comes at the working slot too (month s14 #16); it is no reminder.
    const given = text.includes('ga deg oppgave');
    if ((c.kind === 'create' || c.kind === 'send') && c.status < 300 && text.includes(`oppgave ${task} `) && !given)
      log.push({ at, text });
  });
  return log;
}

describe('a late «before» reminder counts the working days really left and comes at 09:00', () => {
  it('across a weekend: written Friday 23:19, due Wednesday → Monday 09:00, «om 2 virkedager»', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    t.clock.set('2026-12-11T22:19:00Z'); // Friday 11 December, 23:19 in Oslo
    await speaker(t, net, '920001').say(kari, 'oppgave @Ola Hansen sjekke lokaler innen 16.12', { mentions: [ola] });
    const log = await walk(t, '2026-12-11', '2026-12-14', 'T1');
    expect(log.map((p) => p.at)).toEqual(['2026-12-14T08:00:00Z']); // 09:00 in Oslo
    expect(log[0]!.text).toContain('om 2 virkedager');
  });

  it('across Easter: written Tuesday 23:00, due the Wednesday after Easter → Wednesday 09:00, «om 2 virkedager»', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    t.clock.set('2027-03-23T22:00:00Z'); // Tuesday 23 March 2027, 23:00 in Oslo
    await speaker(t, net, '920002').say(kari, 'oppgave @Ola Hansen sende søknad innen 31.03.2027', { mentions: [ola] });
    const log = await walk(t, '2027-03-23', '2027-03-24', 'T1');
    expect(log.map((p) => p.at)).toEqual(['2027-03-24T08:00:00Z']);
    // Thursday 25 to Monday 29 are skjærtorsdag, langfredag, the weekend and 2. påskedag: 30 and 31 are left.
    expect(log[0]!.text).toContain('om 2 virkedager');
  });
});
