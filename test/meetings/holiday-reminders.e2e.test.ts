import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';

// Round 9, item 4: one working-hours/holiday policy (src/conversation/working-hours.ts) for every reminder.
// The monthly meeting on the last Friday of December 2026 falls on 25.12 (første juledag); nobody answers the
// question about it. Its day-before reminder and the leaders' overdue list went out on julaften; task reminders
// an older version had planned on 24.12 waited until after the holidays, past the due date they were about.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

interface Sent {
  at: string;
  personal: boolean;
  text: string;
}

/** Every hour from `from` (an Oslo day) to `to`, the scheduler runs; what the bot sent, with the Oslo hour. */
async function walk(t: TestApp, from: string, to: string): Promise<Sent[]> {
  const out: Sent[] = [];
  for (let day = from; day <= to; day = addDays(day, 1))
    for (let h = 5; h <= 20; h++) {
      const before = t.connector.emulator.calls.length;
      t.clock.set(`${day}T${String(h).padStart(2, '0')}:00:00Z`); // UTC: Oslo is an hour ahead in winter
      for (let i = 0; i < 3; i++) await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before))
        if (c.kind !== 'update' && c.status < 300)
          out.push({
            at: `${day} ${String(h + 1).padStart(2, '0')}`,
            personal: !!c.conversationId?.includes('personal'),
            text: JSON.stringify(c.body),
          });
    }
  return out;
}

describe('reminders around a meeting on første juledag and the eves', () => {
  it('nothing goes out on 24.12, 25.12 or 31.12; what an older version planned there moves to the day before', async () => {
    const { t, net } = await app();
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    const start = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 22.12', { mentions: [ola] }); // T1, overdue by 23.12
    await say(t, net, kari, 'oppgave @Ola Hansen sende tall innen 30.12', { mentions: [ola] }); // T2
    await say(t, net, kari, 'oppgave @Ola Hansen ringe Bufetat innen 04.01.2027', { mentions: [ola] }); // T3
    // The leaders are asked at once about the meeting on første juledag (the ask day, 25.11, has passed).
    await walk(t, '2026-12-01', '2026-12-01');
    const asked = t.connector.emulator.calls.slice(start).map((c) => JSON.stringify(c.body));
    expect(asked.some((x) => x.includes('25.12.2026') && x.includes('første juledag'))).toBe(true);

    // What an older version planned: T2's «3 working days before» on julaften, T3's on nyttårsaften, and
    // the meeting's reminder the «working day before» 25.12, julaften 12:00.
    const jobs = t.app.services.store.jobs;
    const old = async (key: string, kind: string, dueAt: string) => {
      const j = (await jobs.list(net.tenantId, net.teamId, { kind, status: 'planned' })).find((x) => x.key === key)!;
      expect(j).toBeTruthy();
      await jobs.replan({ ...j, dueAt: new Date(dueAt) }, t.clock.now());
    };
    const task = `task:${net.tenantId}:${net.teamId}`;
    await old(`${task}:T2:2026-12-30:before`, 'task.nudge', '2026-12-24T08:00:00Z');
    await old(`${task}:T3:2027-01-04:before`, 'task.nudge', '2026-12-31T08:00:00Z');
    const meeting = `meeting:${net.tenantId}:${net.teamId}`;
    t.clock.set('2026-12-10T08:00:00Z');
    await old(`${meeting}:2026-12-25:reminder`, 'meeting.reminder', '2026-12-24T11:00:00Z');
    // The new version starts.
    await t.restart();

    const sent = await walk(t, '2026-12-21', '2027-01-04');
    const onDay = (d: string) => sent.filter((x) => x.at.startsWith(d));
    expect(onDay('2026-12-24')).toEqual([]);
    expect(onDay('2026-12-25')).toEqual([]);
    expect(onDay('2026-12-26')).toEqual([]);
    expect(onDay('2026-12-31')).toEqual([]);
    expect(onDay('2027-01-01')).toEqual([]);

    // Wednesday 23.12: the meeting's reminder says when (not «i morgen») and names the holiday; the leaders'
    // overdue list comes with it; T2's reminder comes to Ola the day before julaften.
    const reminder = onDay('2026-12-23').filter(
      (x) => x.text.includes('Påminnelse: ') && x.text.includes('nettverksmøte'),
    );
    expect(reminder.length).toBe(1);
    expect(reminder[0]!.text).toContain('fredag 25. desember 2026');
    expect(reminder[0]!.text).not.toContain('i morgen');
    expect(reminder[0]!.text).toContain('første juledag');
    const overdue = onDay('2026-12-23').filter((x) => x.text.includes('har passert fristen før møtet'));
    expect(overdue.length).toBe(1);
    expect(overdue[0]!.text).toContain('T1 bestille lokale');
    expect(overdue[0]!.text).toContain('25.12.2026');
    expect(onDay('2026-12-23').some((x) => x.personal && x.text.includes('T2'))).toBe(true);
    // T3's reminder an older version planned for nyttårsaften comes on 30.12, before its due date.
    expect(onDay('2026-12-30').some((x) => x.personal && x.text.includes('T3'))).toBe(true);
    // The meeting nobody started (25.12) is put to the leaders on the next working day, not on første juledag.
    const notStarted = sent.filter((x) => x.text.includes('ble ikke startet'));
    expect(notStarted.map((x) => x.at.slice(0, 10))).toEqual(['2026-12-28']);
  });
});
