import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Month round 6, N13: the meeting of Fri 25.12.2026 (første juledag) was put to the leaders a month ahead; nobody
// answered. 18.12 brought a normal agenda and 24.12 «Påminnelse: nettverksmøte i morgen, fredag 25. desember 2026»
// with no word of the holiday. The question is asked again with the agenda, and the reminder names the holiday.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

const posted = (t: TestApp, from: number) =>
  t.connector.emulator.calls.slice(from).filter((c) => c.status < 300 && c.kind !== 'update');

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('an unanswered holiday question', () => {
  it('is asked again with the agenda, and the reminder before it says the meeting falls on the holiday', async () => {
    const { t } = await app();
    await at(t, '2026-12-02T09:00:00Z');
    const before = t.connector.emulator.calls.length;
    await at(t, '2026-12-18T08:00:00Z'); // 09:00 in Oslo, a week before
    const week = JSON.stringify(posted(t, before).map((c) => c.body));
    expect(week).toContain('Agenda for møtet fredag 25. desember 2026');
    const again = posted(t, before).filter((c) => JSON.stringify(c.body).includes('ingen leder har valgt'));
    expect(again.length).toBe(1);
    const said = JSON.stringify(again[0]!.body);
    expect(said).toContain('første juledag');
    expect(said).toContain('Kari Nordmann');
    expect(said).toContain('avlys møte 25.12.2026');

    const eve = t.connector.emulator.calls.length;
    // 12:00 on the nudge day before: 23.12, as julaften is no nudge day (round 9); it names the day, not «i morgen».
    await at(t, '2026-12-23T11:00:00Z');
    const reminder = posted(t, eve).filter((c) =>
      JSON.stringify(c.body).includes('neste nettverksmøte er fredag 25. desember'),
    );
    expect(reminder.length).toBe(1);
    expect(JSON.stringify(reminder[0]!.body)).toContain('første juledag');
  });
});
