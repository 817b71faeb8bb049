import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { datesFrom, walkDays } from '../support/schedule-walk.ts';

// Month round 6, N6: nudges and leader escalations came at 09:00 on julaften and nyttårsaften, when most
// municipal child-welfare offices are closed or on a half day. Neither day is a public holiday, but no
// nudge goes out on them: one due then comes the working day before, and says honestly how long is left.
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z'); // Tuesday 1 December 2026, 10:00 in Oslo
const say = sayer({});

/** Walks each day's early morning, morning, midday and afternoon, ticking the scheduler; what was posted on which Oslo day. */
const walk = (t: TestApp, list: string[]) =>
  walkDays(t, list, ['06:00', '07:00', '08:00', '11:00', '14:30'], (c) => c.kind !== 'update' && c.status < 300);

describe('julaften and nyttårsaften are no days for nudges (month round 6, N6)', () => {
  it('deadline nudges, task reminders and leader escalations due on 24.12 or 31.12 come the working day before or after', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Eidsvoll, Nes');
    expect(await say(t, net, kari, 'oppgave Eidsvoll: bestille møterom innen 17.12')).toContain('T1');
    expect(await say(t, net, kari, 'oppgave Nes: sende oversikt innen 24.12')).toContain('T2');
    expect(await say(t, net, kari, 'frist 31.12 Midlene brukt opp')).toContain('F1');
    expect(await say(t, net, kari, 'frist 15.01.2027 Søknad om stimuleringsmidler')).toContain('F2');

    const log = await walk(t, datesFrom('2026-12-14', '2027-01-08'));
    const on = (day: string, text?: string) => log.filter((p) => p.day === day && (!text || p.body.includes(text)));

    // No deadline nudge, task reminder or escalation on julaften or nyttårsaften. (The meeting series' own
    // reminder before a meeting on første juledag is the meetings' matter, N13.)
    const nudge = (p: { body: string }) =>
      /Midlene brukt opp|stimuleringsmidler|Påminnelse: oppgave|varsler lederne|er den levert/.test(p.body);
    expect(on('2026-12-24').filter(nudge)).toEqual([]);
    expect(on('2026-12-31').filter(nudge)).toEqual([]);

    // F1's 7-day nudge (due 24.12) came on Wednesday 23.12 and counts from that day.
    expect(on('2026-12-23', 'Midlene brukt opp')).toHaveLength(1);
    expect(on('2026-12-23', 'Midlene brukt opp')[0]!.body).toContain('8 dager igjen');
    // Its 1-day and on-the-day nudges (30.12 and 31.12) are one card on Wednesday 30.12.
    expect(on('2026-12-30', 'Midlene brukt opp')).toHaveLength(1);
    expect(on('2026-12-30', 'Midlene brukt opp')[0]!.body).toContain('1 dag igjen');
    // F2's 14-day nudge (due on første nyttårsdag) came on 30.12, not on nyttårsaften, and says 16 days.
    expect(on('2026-12-30', 'stimuleringsmidler')).toHaveLength(1);
    expect(on('2026-12-30', 'stimuleringsmidler')[0]!.body).toContain('16 dager igjen');

    // T2 (Nes) due on julaften: its on-the-day reminder came on 23.12 and does not say «i dag».
    const t2 = on('2026-12-23', 'T2');
    expect(t2.length).toBeGreaterThan(0);
    expect(t2.map((p) => p.body).join('\n')).not.toMatch(/T2 har frist i dag/);

    // T1 (Eidsvoll, due 17.12) is escalated to the leader weekly: the round due on julaften waits to Monday
    // 28.12, the next one keeps a week's distance.
    const escalations = log.filter((p) => p.body.includes('Oppgave T1 har passert fristen'));
    expect(escalations.map((p) => p.day)).toEqual(['2026-12-28', '2027-01-07']);
  });

  it('a reminder an older version planned on julaften moves to 23.12 when the bot starts', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 31.12 Midlene brukt opp');
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    const { keyPrefix, DEADLINE_NUDGE } = await import('../../src/deadlines/nudges.ts');
    // As the old rule left it: the 7-day reminder at 09:00 on Thursday 24 December.
    await t.app.services.store.jobs.replan(
      {
        tenantId: d.tenantId,
        networkId: d.networkId,
        key: `${keyPrefix(d)}${d.date}:7`,
        kind: DEADLINE_NUDGE,
        dueAt: new Date('2026-12-24T08:00:00Z'),
        payload: { deadlineId: d.id, date: d.date, offset: 7 },
      },
      t.clock.now(),
    );
    await t.restart();
    const job = (await t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: DEADLINE_NUDGE })).find((j) =>
      j.key.endsWith(':7'),
    )!;
    expect(job.dueAt.toISOString()).toBe('2026-12-23T08:00:00.000Z');
    const log = await walk(t, datesFrom('2026-12-22', '2026-12-24'));
    const about = log.filter((p) => p.body.includes('Midlene brukt opp'));
    expect(about.filter((p) => p.day === '2026-12-24')).toEqual([]);
    expect(about.filter((p) => p.day === '2026-12-23' && p.body.includes('8 dager igjen'))).toHaveLength(1);
  });

  // Month round 7, N5: registering or moving a deadline to an eve gave no word, while weekends and holidays did.
  it('a deadline on julaften or nyttårsaften is not called a holiday, but gets a note saying the offices close early', async () => {
    const { t, net } = await app();
    const out = await say(t, net, kari, 'frist 24.12 Rapport om bruk av midler');
    expect(out).toContain('F1');
    expect(out).not.toContain('helligdag.');
    expect(out).toContain('Merk: 24. desember er julaften. Det er ingen helligdag, men de fleste kommunale kontorer');
    expect(out).toContain('Siste hele virkedag før er onsdag 23. desember 2026');
    // No «Flytt til» button: a deadline on an eve is often the rule itself (spent «innen 31. desember»).
    expect(out).not.toContain('deadline.move');
    // Moving another deadline there, in words, gives the same note.
    await say(t, net, kari, 'frist 15.01.2027 Søknad om midler');
    const moved = await say(t, net, kari, 'flytt frist F2 til 31.12');
    expect(moved).toContain('Merk: 31. desember er nyttårsaften.');
    expect(moved).toContain('Siste hele virkedag før er onsdag 30. desember 2026');
    // A plain working day gets no note.
    expect(await say(t, net, kari, 'frist 22.12 Innspill til plan')).not.toContain('Merk:');
  });
});
