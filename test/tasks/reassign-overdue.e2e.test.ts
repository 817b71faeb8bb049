import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';

// Month round 6, N14: T3 (Eidsvoll, due 17.12.2026) was escalated to the leaders every Thursday while
// overdue; in the meeting of 29.01.2027 it was given to Kari (`oppgave T3 ny ansvarlig @Kari Nordmann`).
// Kari was told nothing, and from then on nobody got any nudge about T3: the re-planning after the change
// skipped every follow-up whose day had passed, the next overdue round included.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

/** Each day 09:00 Oslo from `from` to `to`: what the bot sent about `task`, and where. */
async function walk(t: TestApp, from: string, to: string, task: string) {
  const log: { day: string; personal: boolean; text: string }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const before = t.connector.emulator.calls.length;
    t.clock.set(`${day}T08:00:00Z`);
    for (let i = 0; i < 3; i++) await t.app.services.scheduler.tick();
    for (const c of t.connector.emulator.calls.slice(before)) {
      const text = JSON.stringify(c.body);
      if ((c.kind === 'create' || c.kind === 'send' || c.kind === 'reply') && c.status < 300 && text.includes(task))
        log.push({ day, personal: !!c.conversationId?.includes('personal'), text });
    }
  }
  return log;
}

describe('an overdue task given to a person', () => {
  it('tells the new owner with the passed due date, and a new run of overdue nudges goes to her', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'oppgave Eidsvoll: bestille møterom innen 17.12')).toContain('T1');
    // Ola has talked to the bot, so what is meant for him comes in his personal chat.
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    const escalations = await walk(t, '2026-12-02', '2027-01-28', 'T1');
    // Month s14 #11: three weekly reminders, then the leaders are told once and the reminders stop.
    expect(escalations.filter((e) => e.text.includes('Er den ferdig')).length).toBe(3);
    expect(escalations.filter((e) => e.text.includes('ingen flere påminnelser')).length).toBe(1);

    t.clock.set('2027-01-29T09:30:00Z');
    const before = t.connector.emulator.calls.length;
    const answer = await say(t, net, kari, 'oppgave T1 ny ansvarlig @Ola Hansen', { mentions: [ola] });
    expect(answer).toContain('Ola Hansen');
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.conversationId?.includes('personal') && c.status < 300);
    expect(told.length).toBe(1);
    const said = JSON.stringify(told[0]!.body);
    expect(said).toContain('T1');
    expect(said).toContain('Kari Nordmann');
    expect(said).toContain('17.12.2026');
    expect(said).toContain('ny frist');

    const after = await walk(t, '2027-01-30', '2027-03-19', 'T1');
    const nudges = after.filter((e) => e.personal && e.text.includes('passert fristen'));
    // The new owner starts a new run: weekly on Thursdays, in Ola's personal chat, three times; then the
    // leaders hear of it once (month s14 #11).
    expect(nudges.map((n) => n.day)).toEqual(['2027-02-04', '2027-02-11', '2027-02-18']);
    expect(after.filter((e) => e.text.includes('ingen flere påminnelser')).map((e) => e.day)).toEqual(['2027-02-25']);
  });
});
