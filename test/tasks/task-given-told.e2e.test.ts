import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month round 13, #2: Ola was given T1 in the meeting and heard nothing until «Påminnelse: oppgave T1 har
// frist om 3 virkedager» four weeks later; and when Per closed the task he shared with Ola, it left Ola's
// «mine oppgaver» without a word.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-18T08:00:00Z'); // Friday 18 December 2026, 09:00

const calls = (t: TestApp, from: number) => t.connector.emulator.calls.slice(from).filter((c) => c.status < 300);
/** Sent outside the network's channel: the 1:1 chat the bot opened with the person. */
const personal = (net: NetworkFixture, c: { conversationId: string | null }) =>
  !!c.conversationId && !c.conversationId.startsWith(net.channelId) && !c.conversationId.startsWith(net.teamId);
const personalTo = (t: TestApp, net: NetworkFixture, from: number, text: string) =>
  calls(t, from).filter((c) => personal(net, c) && JSON.stringify(c.body).includes(text));

describe('a task given to someone else', () => {
  it('is told to the owner once, personally, with the task and its due date', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(ola.id);
    const s = speaker(t, net, '880001');
    await s.say(kari, 'start møte');
    const before = t.connector.emulator.calls.length;
    await s.say(kari, 'oppgave @Ola Hansen lage budsjettforslag for 2027 innen 15.01.2027', { mentions: [ola] });
    const told = personalTo(t, net, before, 'ga deg oppgave T1');
    expect(told).toHaveLength(1);
    const text = JSON.stringify(told[0]!.body);
    expect(text).toContain('Kari Nordmann ga deg oppgave T1 «lage budsjettforslag for 2027»');
    expect(text).toContain('15.01.2027');
  });

  // Month s16 #8: a change rewrote «Kari Nordmann ga deg oppgave T1 …» into a generic «Melding om oppgave T1».
  it('keeps saying who gave the task after a change, and adds the change', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(ola.id);
    const s = speaker(t, net, '880009');
    let before = t.connector.emulator.calls.length;
    await s.say(kari, 'oppgave @Ola Hansen lage budsjettforslag innen 15.01.2027', { mentions: [ola] });
    const told = personalTo(t, net, before, 'ga deg oppgave T1');
    expect(told).toHaveLength(1);
    before = t.connector.emulator.calls.length;
    await s.say(kari, 'oppgave T1 ny frist 22.01.2027');
    const rewritten = calls(t, before).filter((c) => c.kind === 'update' && c.activityId === told[0]!.responseId);
    expect(rewritten.length).toBeGreaterThan(0);
    const text = JSON.stringify(rewritten.at(-1)!.body);
    expect(text).toContain('Kari Nordmann ga deg oppgave T1');
    expect(text).toContain('Endret siden: fristen er nå 22.01.2027');
  });

  it('is said by @mention in the channel when the bot cannot reach the owner personally', async () => {
    const { t, net } = await app();
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave @Ola Hansen sende invitasjon innen 15.01.2027', { mentions: [ola] });
    const said = calls(t, before).filter((c) => JSON.stringify(c.body).includes('ga deg oppgave T1'));
    expect(said).toHaveLength(1);
    const body = said[0]!.body;
    const mentioned = ((body.activity ?? body).entities ?? []).map((e: any) => e.mentioned?.id);
    expect(mentioned).toContain(ola.id);
  });

  it('is not told to someone who gives a task to himself', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(kari.id);
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave @Kari Nordmann bestille lokale innen 15.01.2027', { mentions: [kari] });
    expect(JSON.stringify(calls(t, before).map((c) => c.body))).not.toContain('ga deg oppgave');
  });

  it('closed by one owner of a shared task, the other owner is told, once', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(ola.id);
    t.connector.emulator.installPersonal(per.id);
    await say(t, net, kari, 'oppgave @Ola Hansen @Per Olsen lage programmet for fagdagen innen 01.03.2027', {
      mentions: [ola, per],
    });
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, per, 'task.done', { taskId: 'T1', networkId: net.teamId }));
    const toOla = personalTo(t, net, before, 'som dere har sammen');
    expect(toOla).toHaveLength(1);
    expect(JSON.stringify(toOla[0]!.body)).toContain('Per Olsen markerte oppgave T1');
    // Per, who closed it, is not told; a second click changes nothing and says nothing more.
    await t.post(cardAction(net, per, 'task.done', { taskId: 'T1', networkId: net.teamId }));
    const all = calls(t, before).filter((c) => JSON.stringify(c.body).includes('som dere har sammen'));
    expect(all).toHaveLength(1);
  });

  // Month s14 #16: a task given at 22:04 on a Friday reached the owner's chat at once, while nudges wait for
  // working hours. It waits for the next working slot (Monday 08:00), and is not told if closed meanwhile.
  it('given outside working hours, is told at the next working slot', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(ola.id);
    t.clock.set('2026-12-18T21:04:00Z'); // Friday 22:04 in Oslo
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave @Ola Hansen lage budsjettforslag innen 15.01.2027', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 15.01.2027', { mentions: [ola] });
    await say(t, net, kari, 'T2 er ferdig');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))!.status).toBe('done');
    expect(calls(t, before).filter((c) => JSON.stringify(c.body).includes('ga deg oppgave'))).toHaveLength(0);
    for (const at of ['2026-12-19T10:00:00Z', '2026-12-20T10:00:00Z', '2026-12-21T06:59:00Z']) {
      t.clock.set(at);
      await t.app.services.scheduler.tick();
    }
    expect(personalTo(t, net, before, 'ga deg oppgave')).toHaveLength(0);
    t.clock.set('2026-12-21T07:00:00Z'); // Monday 08:00 in Oslo
    await t.app.services.scheduler.tick();
    const told = personalTo(t, net, before, 'ga deg oppgave');
    expect(told.map((c) => JSON.stringify(c.body).includes('Kari Nordmann ga deg oppgave T1'))).toEqual([true]);
  });
});
