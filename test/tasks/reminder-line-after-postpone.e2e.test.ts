import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';

// Month s13 #12: after «Utsett» on a reminder card in the personal chat, the card showed the new due date
// but the message's line above it still said «Påminnelse: oppgave T4 har frist torsdag 24. desember 2026».
// The click's answer replaces the card only; the line is redrawn with it.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2026-12-18T09:00:00Z');

describe('s13 #12: a reminder’s line after «Utsett» on its own card', () => {
  it('no longer states the old due date', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Per Olsen sende invitasjon til fagdagen innen 24.12', { mentions: [per] });
    await t.post(personalMessage(t.connector.url, net.tenantId, per, 'hjelp'));
    t.clock.set('2026-12-21T08:00:00Z'); // Monday, three working days before
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls.find(
      (c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('Påminnelse: oppgave T1'),
    );
    expect(reminder?.responseId).toBeTruthy();
    const before = t.connector.emulator.calls.length;
    const data = { networkId: net.teamId, taskId: 'T1', newDue: '2027-01-08', shown: 'open' };
    const res = await t.post({
      ...personalCardAction(net.serviceUrl, net.tenantId, per, 'task.postpone', data),
      replyToId: reminder!.responseId,
    });
    expect(JSON.stringify(res.body)).toContain('8. januar 2027');
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === reminder!.responseId);
    expect(redrawn.length).toBeGreaterThan(0);
    const line = JSON.stringify(redrawn.at(-1)!.body);
    expect(line).toMatch(
      /Melding fra [0-9.]+: «[^»]*Påminnelse: oppgave T1 har frist[^»]*». Endret siden: fristen er nå 08.01.2027/,
    );
  });
});
