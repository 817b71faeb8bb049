import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, personalCardAction, personalMessage } from '../support/teams.ts';

// Month round s12 #14: in a personal chat «utsett T1 til 20.12» was told to «skriv «@Nettverksboten oppgave
// T1 ny frist 20.12»», but there is no @ in a personal chat: there the example is the bare command.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-12-14T09:00:00Z');

const personal = async (t: TestApp, tenantId: string, text: string) => {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, tenantId, ola, text));
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
};

describe('a hint’s example is addressed as the conversation needs', () => {
  it('in the personal chat: the bare command, in words and from the card’s «Utsett»', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen sende rapport innen 31.12', { mentions: [ola] });
    const typed = await personal(t, net.tenantId, 'oppgave T1 utsett 20.12');
    expect(typed).toContain('før fristen den har nå');
    expect(typed).toContain('«oppgave T1 ny frist 20.12»');
    expect(typed).not.toContain('@Nettverksboten');
    const data = { networkId: net.teamId, taskId: 'T1', newDue: '2026-12-20' };
    const clicked = JSON.stringify(
      (await t.post(personalCardAction(net.serviceUrl, net.tenantId, ola, 'task.postpone', data))).body,
    );
    expect(clicked).toContain('før fristen den har nå');
    expect(clicked).not.toContain('@Nettverksboten');
  });

  it('in the channel: still with the @mention', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen sende rapport innen 31.12', { mentions: [ola] });
    const data = { networkId: net.teamId, taskId: 'T1', newDue: '2026-12-20' };
    const clicked = JSON.stringify((await t.post(cardAction(net, ola, 'task.postpone', data))).body);
    expect(clicked).toContain('«@Nettverksboten oppgave T1 ny frist 20.12»');
  });
});

describe('a 👍 on a personal reminder', () => {
  it('is told the bare command there, with no @ to type', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen sende rapport innen 31.12', { mentions: [ola] });
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    t.clock.set('2026-12-28T08:00:00Z'); // three working days before, 09:00 in Oslo
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls.find(
      (c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('frist om 3 virkedager'),
    );
    expect(reminder?.responseId).toBeTruthy();
    const before = t.connector.emulator.calls.length;
    const res = await t.post({
      ...personalMessage(t.connector.url, net.tenantId, ola, ''),
      type: 'messageReaction',
      text: undefined,
      replyToId: reminder!.responseId,
      reactionsAdded: [{ type: 'like' }],
    });
    expect(res.status).toBe(200);
    const said = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(said).toContain('«oppgave T1 ferdig»');
    expect(said).not.toContain('@Nettverksboten');
  });
});
