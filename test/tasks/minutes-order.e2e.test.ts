import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';

// Month round 7, N15: under «3. Oppfølging av oppgaver» the note written last came first and the task
// lines after it; the minutes read in the order things were recorded.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T07:30:00Z'); // Friday 27 November, 08:30

describe('N15: the minutes keep the order things were recorded in', () => {
  it('notes and task follow-up lines under one item stand in the order they were made', async () => {
    const { t, net } = await start();
    const before = speaker(t, net, '860001');
    const meeting = speaker(t, net, '860002');
    await before.say(kari, 'oppgave @Ola Hansen lage utkast til budsjett innen 4.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 11.12', { mentions: [ola] });
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    t.clock.advance(30 * 60_000);
    await meeting.say(kari, 'start møte');
    await meeting.say(kari, 'punkt 3');
    t.clock.advance(60_000);
    await meeting.say(kari, 'info: første runde om oppgavene');
    t.clock.advance(60_000);
    await meeting.say(ola, 'T1 er ferdig');
    t.clock.advance(60_000);
    // Ola marks T2 done from his personal chat while the meeting is on item 3.
    await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.done', {
        taskId: 'T2',
        networkId: net.teamId,
        shown: 'open',
      }),
    );
    t.clock.advance(60_000);
    await meeting.say(kari, 'info: lokalet er bestilt til januar');
    t.clock.advance(60_000);
    await meeting.say(kari, 'avslutt møte');
    const m = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!,
    );
    const item3 = m.items.find((i) => i.index === 3)!;
    expect(item3.notes).toHaveLength(4);
    expect(item3.notes[0]).toBe('første runde om oppgavene');
    expect(item3.notes[1]).toContain('T1 «lage utkast til budsjett»: ferdig');
    expect(item3.notes[2]).toContain('T2 «bestille lokale»: ferdig');
    expect(item3.notes[3]).toBe('lokalet er bestilt til januar');
  });
});
