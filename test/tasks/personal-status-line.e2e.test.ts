import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round 7, N2: Ola wrote «T3 er ferdig» in his personal chat and was told to write it in the channel,
// though the help says it is understood there.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const start = appPerTest(kari, '2026-12-18T08:00:00Z');

const TENANT = '10000000-0000-4000-8000-000000000001';
const personal = async (t: TestApp, text: string) => {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, TENANT, ola, text));
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
};

describe('N2: a task line in personal chat', () => {
  it('marks the owner’s own task done in his only network, and every card of it follows', async () => {
    const { t, net } = await start();
    expect(
      await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 15.01', { mentions: [ola] }),
    ).toContain('T1');
    const channelCard = (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.cardRef!;
    const before = t.connector.emulator.calls.length;
    const answer = await personal(t, 'T1 er ferdig');
    expect(answer).not.toContain('Skriv det der');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
    expect(answer).toContain('Ola Hansen markerte den som ferdig');
    const update = t.connector.emulator.calls
      .slice(before)
      .find((c) => c.kind === 'update' && c.activityId === channelCard.activityId);
    expect(JSON.stringify(update?.body)).toContain('markerte den som ferdig');
    // «oppgave T1 …» is read the same way: reopened.
    await personal(t, 'oppgave T1 åpne igjen');
    const history = await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1');
    expect(history.at(-1)?.by.name).toBe('Ola Hansen');
  });

  it('asks which network when the id is in several of his, and acts on the one he names', async () => {
    const { t, nets } = await start(2);
    for (const n of nets)
      expect(
        await say(t, n, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 15.01', { mentions: [ola] }),
      ).toContain('T1');
    const asked = await personal(t, 'T1 er ferdig');
    expect(asked).toContain('T1 finnes i flere av nettverkene dine (Læringsnettverk 1, Læringsnettverk 2)');
    for (const n of nets)
      expect((await t.app.services.store.tasks.get(n.tenantId, n.teamId, 'T1'))?.status).toBe('open');
    await personal(t, 'T1 er ferdig i Læringsnettverk 2');
    expect((await t.app.services.store.tasks.get(nets[0]!.tenantId, nets[0]!.teamId, 'T1'))?.status).toBe('open');
    expect((await t.app.services.store.tasks.get(nets[1]!.tenantId, nets[1]!.teamId, 'T1'))?.status).toBe('done');
  });

  it('a task he does not own follows the channel’s rule, and an unknown id is said plainly', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 15.01', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Per Berg sende tall innen 15.01', { mentions: [per] });
    // The channel refuses Ola's change of Per's task, and so does the personal chat, in the same words.
    const inChannel = await say(t, net, ola, 'oppgave T2 utsett 20.01');
    const inPersonal = await personal(t, 'oppgave T2 utsett 20.01');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.due).toBe('2027-01-15');
    const refusal = /Bare [^"\\]*/.exec(inChannel)?.[0];
    expect(refusal).toBeTruthy();
    expect(inPersonal).toContain(refusal);
    expect(await personal(t, 'T9 er ferdig')).toContain('Jeg finner ingen oppgave T9 i nettverkene dine');
    // A new task is still for the channel.
    expect(await personal(t, 'oppgave @Per Berg ringe Bufetat')).toContain('Skriv det der');
  });
});
