import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';
import { memberEvent } from './member-event.ts';
import { eachHour } from '../support/schedule-walk.ts';

// Month round 7, N11: after the last leader left, a task owned by a municipality was nudged to
// nobody, and nothing said so. With no leader, the nudge still goes to the channel, says there is
// no leader to notify and how to get one, once a round for all such tasks, not once per task.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

/** Every connector post from the hourly ticks of each day, with the UTC hour it went out. */
async function walk(t: TestApp, from: string, to: string): Promise<{ at: string; text: string }[]> {
  const log: { at: string; text: string }[] = [];
  await eachHour(t, from, to, { first: 6, last: 17 }, (c, at) => {
    const text = JSON.stringify(c.body ?? '');
    if ((c.kind === 'create' || c.kind === 'send') && c.status < 300) log.push({ at, text });
  });
  return log;
}

describe('municipality tasks in a network without a leader are not nudged in silence (N11)', () => {
  it('the overdue nudges say no leader can be notified and how to get one, once a round', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '930001');
    expect(await s.say(kari, 'oppgave Nes: sjekke lokaler innen 8.1.2027')).toContain('Oppgave T1');
    expect(await s.say(kari, 'oppgave Hurdal: sende tall innen 8.1.2027')).toContain('Oppgave T2');
    await t.post(memberEvent(net, ola, kari, 'removed'));
    const log = await walk(t, '2027-01-04', '2027-01-19');
    const about = (id: string) => log.filter((p) => p.text.includes(`${id} `));
    expect(about('T1').length).toBeGreaterThan(0);
    expect(about('T2').length).toBeGreaterThan(0);
    const told = log.filter((p) => p.text.includes('ingen leder'));
    expect(told.length).toBeGreaterThan(0);
    for (const p of told) expect(p.text).toContain('leder + @dittnavn');
    // Once a round: never twice in the same hour's posts, however many tasks.
    const hours = told.map((p) => p.at);
    expect(new Set(hours).size).toBe(hours.length);
    // Every day a municipality task was nudged, the channel was told why nobody was notified.
    const nudgeDays = new Set(log.filter((p) => /T[12] /.test(p.text)).map((p) => p.at.slice(0, 10)));
    expect(new Set(told.map((p) => p.at.slice(0, 10)))).toEqual(nudgeDays);
  });
});

describe('the overdue list before a meeting in a network without a leader (N11)', () => {
  it('goes to the channel, saying there is no leader, instead of to nobody', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '930002');
    expect(await s.say(kari, 'oppgave Nes: sjekke lokaler innen 8.1.2027')).toContain('Oppgave T1');
    await t.post(memberEvent(net, ola, kari, 'removed'));
    // The meeting of Friday 29 January 2027; its reminder the day before.
    const log = await walk(t, '2027-01-27', '2027-01-28');
    const list = log.filter((p) => p.text.includes('har passert fristen før møtet'));
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toContain('T1 sjekke lokaler');
    expect(list[0]!.text).toContain('mangler leder');
  });
});
