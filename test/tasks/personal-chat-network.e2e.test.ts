import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round 9, N2: «levert F4» and «oppgave vis T6» in the personal chat were refused («brukes i
// nettverkets kanal»), though the reminders with buttons come exactly there and «frister» and «mine
// oppgaver» work there. In one network they run against it; in several the answer names them.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-13T08:00:00Z');

const personal = async (t: TestApp, tenantId: string, who: typeof kari, text: string) => {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, tenantId, who, text));
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
};

describe('deadline and task commands in the personal chat', () => {
  it('in the one network: «levert F1» marks it delivered and «oppgave vis T1» shows the card', async () => {
    const { t, net } = await start();
    expect(await say(t, net, kari, 'frist 16.08.2027 Innspill til fagsamlingen')).toContain('F1');
    await say(t, net, kari, 'oppgave @Ola Hansen lage årshjul innen 15.09', { mentions: [ola] });

    const shown = await personal(t, net.tenantId, kari, 'oppgave vis T1');
    expect(shown).not.toContain('brukes i nettverkets kanal');
    expect(shown).toContain('lage årshjul');
    expect(shown).toContain('task.done');

    const delivered = await personal(t, net.tenantId, kari, 'levert F1');
    expect(delivered).not.toContain('brukes i nettverkets kanal');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status).toBe('done');
  });

  it('in several networks: asks which, and runs it when the network is named', async () => {
    const { t, nets } = await start(2);
    const [a, b] = nets as [(typeof nets)[0], (typeof nets)[0]];
    await say(t, a, kari, 'frist 16.08.2027 Innspill til fagsamlingen');
    await say(t, b, kari, 'frist 17.08.2027 Innspill til nettverksmøtet');
    const netA = (await t.app.services.store.networks.get(a.tenantId, a.teamId))!;
    const netB = (await t.app.services.store.networks.get(b.tenantId, b.teamId))!;

    const asked = await personal(t, a.tenantId, kari, 'levert F1');
    expect(asked).toContain(netA.name);
    expect(asked).toContain(netB.name);
    expect((await t.app.services.store.deadlines.get(a.tenantId, a.teamId, 'F1'))?.status).not.toBe('done');
    expect((await t.app.services.store.deadlines.get(b.tenantId, b.teamId, 'F1'))?.status).not.toBe('done');

    await personal(t, a.tenantId, kari, `levert F1 i ${netB.name}`);
    expect((await t.app.services.store.deadlines.get(b.tenantId, b.teamId, 'F1'))?.status).toBe('done');
    expect((await t.app.services.store.deadlines.get(a.tenantId, a.teamId, 'F1'))?.status).not.toBe('done');
  });
});
