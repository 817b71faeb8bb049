import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round 6, N11: Ola's personal reminders («Påminnelse: oppgave T2 har frist om 3 virkedager.») were each
// rewritten in place to the current card when T2 moved, and lost their own line: four identical cards dated
// 09.12, 14.12, 26.01 and 29.01 with nothing saying why each came.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

describe('a personal reminder whose task card is redrawn', () => {
  it('keeps its own line above the new card', async () => {
    const { t, net } = await app();
    expect(
      await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', { mentions: [ola] }),
    ).toContain('T1');
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    t.clock.set('2026-12-07T08:00:00Z'); // three working days before, 09:00 in Oslo
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls.find(
      (c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('frist om 3 virkedager'),
    );
    expect(reminder).toBeTruthy();

    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave T1 utsett 18.12');
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === reminder!.responseId);
    expect(redrawn.length).toBe(1);
    const body = JSON.stringify(redrawn[0]!.body);
    // Month round 7, N3: «frist om 3 virkedager» is not left to stand above a card with a new due date;
    // month s16 #8: it stays as what the message said that day, with what changed since.
    expect(body).toMatch(
      /Melding fra 07\.12\.2026: «[^»]*Påminnelse: oppgave T1 har frist om 3 virkedager». Endret siden: fristen er nå 18\.12\.2026/,
    );
    expect(body).toContain('18. desember 2026');
  });

  it('keeps the line as it was while the task is as the line said (a redraw for another reason)', async () => {
    const { t, net } = await app();
    expect(
      await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', { mentions: [ola] }),
    ).toContain('T1');
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    t.clock.set('2026-12-07T08:00:00Z');
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls.find(
      (c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('frist om 3 virkedager'),
    );
    expect(reminder).toBeTruthy();
    const before = t.connector.emulator.calls.length;
    // The text changes; due date and status stay.
    await say(t, net, kari, 'oppgave T1 ny tekst lage samarbeidsplan for 2027');
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === reminder!.responseId);
    expect(redrawn.length).toBe(1);
    const body = JSON.stringify(redrawn[0]!.body);
    expect(body).toContain('Påminnelse: oppgave T1 har frist om 3 virkedager.');
    expect(body).toContain('samarbeidsplan for 2027');
  });
});
