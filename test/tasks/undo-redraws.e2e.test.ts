import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// A task whose meeting line is undone is gone: every card the bot sent for it must say so, not only
// the first channel card (a help request kept offering «Ferdig» for a task that no longer exists).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-30T08:00:00Z');

describe('undoing a task in the meeting', () => {
  it('redraws the task card and the help request posted for it', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '970001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
    const help = await t.post(
      cardAction(net, ola, 'task.help', { taskId: 'T1', networkId: net.teamId, shown: 'open' }, { thread: '970001' }),
    );
    expect(help.status).toBe(200);
    const task = (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!;
    const others = await t.app.services.store.tasks.cards(net.tenantId, net.teamId, 'T1');
    expect(others.length).toBeGreaterThan(0);
    const before = t.connector.emulator.calls.length;
    expect(await s.say(kari, 'angre')).toContain('T1');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('deleted');
    const updated = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update')
      .map((c) => c.activityId);
    for (const ref of [task.cardRef!, ...others]) expect(updated, ref.activityId).toContain(ref.activityId);
  });

  // Month s16 #9: after «angre» of «ny ansvarlig», the card read «Kari Nordmann ga den til Per Olsen (24.03.2027)».
  it('after a reassignment is undone, the card does not keep a line for the change or its reversal', async () => {
    const { t, net } = await start();
    const per = person('Per Olsen', 3);
    const s = speaker(t, net, '970002');
    await s.say(kari, 'oppgave @Per Olsen bestille lokale innen 10.12', { mentions: [per] });
    await s.say(kari, 'oppgave T1 utsett 14.12');
    t.clock.set('2026-12-02T08:00:00Z');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave T1 ny ansvarlig @Ola Hansen', { mentions: [ola] });
    const before = t.connector.emulator.calls.length;
    expect(await s.say(kari, 'angre')).toContain('T1');
    const task = (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!;
    expect(task.owners.map((o) => o.name)).toEqual(['Per Olsen']);
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === task.cardRef!.activityId);
    expect(redrawn.length).toBeGreaterThan(0);
    const card = JSON.stringify(redrawn.at(-1)!.body);
    expect(card).not.toContain('ga den til');
    expect(card).not.toContain('02.12.2026');
    expect(card).toContain('Kari Nordmann flyttet fristen til 14.12.2026 (30.11.2026)');
  });
});
