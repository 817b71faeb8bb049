import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { netOf, startTabApp } from '../tab/api-support.ts';

// Month round 5, N6: a municipality's task is owned jointly, so any member of the network reports
// its progress (ferdig, pågår, utsett, trenger hjelp), and the history and the minutes name who did;
// text, owners and cancelling stay with the creator and the leaders, and that refusal no longer
// points to the municipality as if it were a person. A person's task keeps its rule.
// Monday 30 November 2026, 10:00 in Oslo.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // member
const per = person('Per Olsen', 3); // member

const start = appPerTest(kari, '2026-11-30T09:00:00Z');

async function click(t: TestApp, net: NetworkFixture, who: TestPerson, verb: string, data: unknown) {
  const res = await t.post(cardAction(net, who, verb, data, { thread: '700001', replyToId: '700001' }));
  expect(res.status).toBe(200);
  return JSON.stringify(res.body);
}

describe("N6: a municipality's task is reported on by any member", () => {
  it('members report progress in the meeting and on the card; the history and minutes name them; the rest stays refused', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '700001');
    const get = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
    const last = async (id: string) => (await t.app.services.store.tasks.history(net.tenantId, net.teamId, id)).at(-1);
    await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal');
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'oppgave Eidsvoll: skrive budsjettdelen av søknaden innen 8.1')).toContain('Oppgave T1');
    expect(await s.say(kari, 'oppgave Nes: sjekke lokaler innen 15.12')).toContain('Oppgave T2');
    expect(await s.say(kari, 'oppgave @Per Olsen sende tall innen 15.12', { mentions: [per] })).toContain('Oppgave T3');

    // Ola, a member, reports progress on Eidsvoll's task.
    const progress = await s.say(ola, 'oppgave T1 pågår');
    expect(progress).not.toContain('Bare den ansvarlige');
    expect((await get('T1'))!.status).toBe('in_progress');
    expect(await last('T1')).toMatchObject({ by: { name: 'Ola Hansen' } });
    const postponed = await s.say(ola, 'oppgave T1 utsett 15.01');
    expect(postponed).not.toContain('Bare');
    expect((await get('T1'))!.due).toBe('2027-01-15');
    await s.say(ola, 'T1 er ferdig');
    expect((await get('T1'))!.status).toBe('done');
    expect(await last('T1')).toMatchObject({ by: { name: 'Ola Hansen' }, change: { type: 'status', to: 'done' } });

    // On the card too: Per asks for help with Nes's task.
    const help = await click(t, net, per, 'task.help', { taskId: 'T2', networkId: net.teamId });
    expect(help).not.toContain('Bare');
    expect((await get('T2'))!.needsHelp).toBe(true);
    expect(await last('T2')).toMatchObject({ by: { name: 'Per Olsen' } });

    // What is not progress stays with the creator and the leaders, said without making Eidsvoll a person.
    const retext = await s.say(ola, 'oppgave T2 tekst sjekke to lokaler');
    expect(retext).not.toContain('den ansvarlige (Nes)');
    expect(retext).toContain('Nes');
    expect(retext).toContain('Kari Nordmann');
    expect(retext).toMatch(/ferdig, pågår, utsett/);
    expect((await get('T2'))!.text).toBe('sjekke lokaler');
    await s.say(ola, 'oppgave T2 avlys');
    expect((await get('T2'))!.status).not.toBe('cancelled');

    // A person's task: as before, only that person or a leader.
    expect(await s.say(ola, 'oppgave T3 ferdig')).toContain('Bare den ansvarlige (Per Olsen)');
    expect((await get('T3'))!.status).toBe('open');

    // The minutes name who reported Eidsvoll's task done.
    const minutes = await s.say(kari, 'avslutt møte');
    // Closed in the meeting: who and when, as a task closed between the meetings reads (s12 #15).
    expect(minutes).toContain('T1 «skrive budsjettdelen av søknaden»: ferdig (Ola Hansen, 30.11.2026)');
    expect(minutes).toContain('T1 «skrive budsjettdelen av søknaden»: pågår (meldt av Ola Hansen)');
  });

  it("in the tab a member gets the buttons of a municipality's task and may use them; a person's task keeps its rule", async () => {
    const app = await startTabApp({ clock: new ManualClock('2026-11-30T09:00:00Z') });
    try {
      const net = netOf(app, 1);
      await app.install(net, kari);
      app.members(net, [kari, ola, per]);
      const s = speaker(app.t, net, '700002');
      await s.say(kari, 'kommuner Nes, Eidsvoll');
      await s.say(kari, 'oppgave Eidsvoll: skrive budsjettdelen innen 8.1');
      await s.say(kari, 'oppgave @Per Olsen sende tall innen 15.12', { mentions: [per] });
      const token = await app.token(ola);
      const board = JSON.stringify((await app.api(tabApi.tasks(net.teamId), { token })).body);
      expect(board).toMatch(/"T1"[^}]*"actions":\["done"/);
      const done = await app.api(tabApi.task(net.teamId, 'T1'), { token, method: 'POST', body: { action: 'done' } });
      expect(done.status).toBe(200);
      const history = await app.t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1');
      expect(history.at(-1)).toMatchObject({ by: { name: 'Ola Hansen' }, change: { type: 'status', to: 'done' } });
      const other = await app.api(tabApi.task(net.teamId, 'T2'), { token, method: 'POST', body: { action: 'done' } });
      expect(other.status).toBe(403);
    } finally {
      await app.close();
    }
  });
});
