import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';
import { addDays } from '../../src/time/local-date.ts';

// Monday 30 November 2026, 09:00 in Oslo; Ola has not talked to the bot, so his reminders come in the channel.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-11-30T08:00:00Z');

/** Walks the days, ticking in the morning and afternoon; returns each reminder about `task` with the Oslo day it was sent. */
async function walk(t: TestApp, from: string, to: string, task: string): Promise<{ day: string; text: string }[]> {
  const log: { day: string; text: string }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const hour of ['07:00', '08:00', '13:00']) {
      const before = t.connector.emulator.calls.length;
      t.clock.set(`${day}T${hour}:00Z`);
      await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before)) {
        const text = String(c.body?.activity?.text ?? c.body?.text ?? '');
        if (
          (c.kind === 'create' || c.kind === 'send') &&
          c.status < 300 &&
          new RegExp(`[Oo]ppgave ${task}\\b`).test(text)
        )
          log.push({ day, text });
      }
    }
  }
  return log;
}

describe('task reminders on weekends and holidays (a stranger’s month, F14 and F25)', () => {
  it('a task due on a Sunday is reminded of on the Friday before, saying the day, never «i dag» after it', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '910001');
    await s.say(kari, 'oppgave @Ola Hansen sjekke søndagsfrist innen 13.12', { mentions: [ola] });
    const log = await walk(t, '2026-12-08', '2026-12-15', 'T1');
    expect(log.map((p) => p.day)).toEqual(['2026-12-09', '2026-12-11']);
    // N10: the exact count – after Wednesday 9th, Thursday and Friday are the working days left before Sunday.
    expect(log[0]!.text).toContain('om 2 virkedager');
    expect(log[1]!.text).toContain('har frist søndag 13. desember 2026');
    expect(log.some((p) => p.text.includes('i dag'))).toBe(false);
  });

  it('a task due on første juledag is reminded of on the working day before, naming the holiday', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '910002');
    await s.say(kari, 'oppgave @Ola Hansen sende rapportutkast innen 25.12', { mentions: [ola] });
    const log = await walk(t, '2026-12-21', '2026-12-29', 'T1');
    // Julaften is no day for nudges either (month round 6, N6): the on-the-day reminder comes on 23.12.
    expect(log.map((p) => p.day)).toEqual(['2026-12-22', '2026-12-23']);
    expect(log[1]!.text).toContain('har frist fredag 25. desember 2026 (første juledag)');
    expect(log.some((p) => p.text.includes('i dag'))).toBe(false);
  });
});

describe('weekly reminders of an overdue task across Easter (a stranger’s month, F25)', () => {
  it('a reminder moved off langfredag and 2. påskedag is not followed by another three days later', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '910003');
    await s.say(kari, 'oppgave @Ola Hansen sende regnskap innen 12.3.2027', { mentions: [ola] });
    const overdue = (await walk(t, '2027-03-12', '2027-04-23', 'T1')).filter((p) => p.text.includes('passert fristen'));
    // Every Friday; the one on langfredag 26 March comes Tuesday 30 March (after Easter), the next on Friday 9 April.
    // After three (month s14 #11) the leaders are told once, on 16 April; the walk runs on to 23 April.
    expect(overdue.map((p) => p.day)).toEqual(['2027-03-19', '2027-03-30', '2027-04-09', '2027-04-16']);
    expect(overdue[3]!.text).toContain('ingen flere påminnelser');
  });
});
