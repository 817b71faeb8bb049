import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from './channel-support.ts';

// Friday 27 November 2026, 09:05 in Oslo: a meeting day. Tasks were given out before the meeting; in
// the meeting they are followed up. The minutes must say what happened to them and who owns what is left.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

describe('task follow-up in the minutes', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let before: Speaker;
  let meeting: Speaker;
  const minute = 60_000;

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T07:30:00Z', kari));
    before = speaker(t, net, '810001');
    meeting = speaker(t, net, '810002');
    await before.say(kari, 'oppgave @Ola Hansen lage utkast til budsjett innen 4.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 11.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Kari Nordmann sende invitasjon innen 18.12', { mentions: [kari] });
    t.clock.advance(30 * minute);
    expect(await meeting.say(kari, 'start møte')).toContain('er startet');
    t.clock.advance(5 * minute);
    await meeting.say(kari, 'punkt 3');
    t.clock.advance(5 * minute);
    expect(await meeting.say(ola, 'T1 er ferdig')).toContain('Ferdig');
    t.clock.advance(minute);
    expect(await meeting.say(kari, 'oppgave T2 utsett 12.2.2027')).toContain('12. februar 2027');
    t.clock.advance(minute);
    await meeting.say(kari, 'oppgave @Ola Hansen ringe Bufetat innen 8.1.2027', { mentions: [ola] });
    t.clock.advance(10 * minute);
    await meeting.say(kari, 'punkt 4');
    t.clock.advance(10 * minute);
    expect(await meeting.say(kari, 'avslutt møte')).toContain('avsluttet');
    // After the meeting, a change is the tasks' business, not these minutes'.
    t.clock.advance(60 * minute);
    await before.say(kari, 'oppgave T3 ferdig');
  });
  afterAll(async () => t?.close());

  it('records each status change made in the meeting under the item it was made on', async () => {
    const m = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!,
    );
    const item3 = m.items.find((i) => i.index === 3)!;
    expect(item3.notes).toEqual([
      'T1 «lage utkast til budsjett»: ferdig (Ola Hansen, 27.11.2026)',
      'T2 «bestille lokale»: ny frist 12.02.2027',
    ]);
    expect(item3.tasks.map((x) => x.text)).toEqual(['ringe Bufetat']);
    expect(m.items.flatMap((i) => i.notes).join(' ')).not.toContain('T3');
    // Follow-up lines are not notes somebody took.
    expect(m.counts.notes).toBe(0);
  });

  it('shows every task still open when the meeting ended, by owner, and not the ones done in it', async () => {
    const m = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!,
    );
    const rows = m.tasksByOwner.flatMap((g) => g.tasks.map((x) => `${g.owner} ${x.taskId} ${x.due}`));
    // T3 was done an hour after the meeting: the minutes still show it open, as it was when the meeting ended.
    expect(rows).toEqual(['Kari Nordmann T3 2026-12-18', 'Ola Hansen T4 2027-01-08', 'Ola Hansen T2 2027-02-12']);
  });

  it('the minutes card in the channel carries the same lines', async () => {
    const out = await meeting.say(ola, 'referat');
    expect(out).toContain('T1 «lage utkast til budsjett»: ferdig');
    expect(out).toContain('T2 «bestille lokale»: ny frist 12.02.2027');
    expect(out).toContain('T4: ringe Bufetat');
    expect(out).not.toContain('T1: lage utkast');
  });
});
