import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, personalMessage } from '../support/teams.ts';

// Month round s12 #13: after «Trenger hjelp» on T1, «Trenger hjelp: lederne er varslet i kanalen.» stayed on
// the card after Ola postponed it himself, and came again on later reminders. The request is answered
// once the owner or a leader acts on the task; until then it stays.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');
const BANNER = 'lederne er varslet i kanalen';

async function asked() {
  const { t, net } = await app();
  await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', { mentions: [ola] });
  await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
  const ids = { taskId: 'T1', networkId: net.teamId };
  const help = await t.post(cardAction(net, ola, 'task.help', ids));
  expect(JSON.stringify(help.body)).toContain(BANNER);
  const needsHelp = async () => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.needsHelp;
  expect(await needsHelp()).toBe(true);
  return { t, net, ids, needsHelp };
}

describe('«Trenger hjelp» is cleared when the task is acted on', () => {
  it('the owner postpones it: the card and the later reminder no longer say help was asked for', async () => {
    const { t, net, needsHelp } = await asked();
    const out = await say(t, net, ola, 'oppgave T1 utsett 18.12');
    expect(out).not.toContain(BANNER);
    expect(await needsHelp()).toBe(false);
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-15T08:00:00Z'); // three working days before 18.12, 09:00 in Oslo
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls
      .slice(before)
      .find((c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('frist om 3 virkedager'));
    expect(reminder).toBeTruthy();
    expect(JSON.stringify(reminder!.body)).not.toContain(BANNER);
  });

  it('a leader marks it «Pågår» on the card: cleared', async () => {
    const { t, net, ids, needsHelp } = await asked();
    const res = await t.post(cardAction(net, kari, 'task.progress', ids));
    expect(JSON.stringify(res.body)).not.toContain(BANNER);
    expect(await needsHelp()).toBe(false);
  });

  it('nobody acts: it stays, also on the reminder', async () => {
    const { t, needsHelp } = await asked();
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-07T08:00:00Z');
    await t.app.services.scheduler.tick();
    const reminder = t.connector.emulator.calls
      .slice(before)
      .find((c) => c.conversationId?.includes('personal') && JSON.stringify(c.body).includes('frist om 3 virkedager'));
    expect(JSON.stringify(reminder!.body)).toContain(BANNER);
    expect(await needsHelp()).toBe(true);
  });
});
