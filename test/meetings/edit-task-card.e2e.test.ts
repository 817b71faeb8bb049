import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// N9 leftovers: (a) a meeting line that made a task, edited in Teams, must redraw the task card the
// bot already posted, as every other change to a task does; (b) Teams lets the author undo a
// deletion (messageUpdate with channelData.eventType «undeleteMessage»): what the deletion took out
// of the minutes comes back while the meeting runs; after it, the bot says to use «rett referat».
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '840001';
const start = appPerTest(kari, '2026-11-27T08:00:00Z');

let seq = 0;
async function line(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const id = `undel-${++seq}`;
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { thread: THREAD, id }));
  expect(res.status).toBe(200);
  return { id, out: JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)) };
}

/** A change to message `id` as Teams sends it: messageUpdate or messageDelete with its eventType. */
async function change(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  id: string,
  eventType: 'editMessage' | 'softDeleteMessage' | 'undeleteMessage',
  text = '',
) {
  const msg = channelMessage(net, who, text, { thread: THREAD, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: eventType === 'softDeleteMessage' ? 'messageDelete' : 'messageUpdate',
    ...(eventType === 'softDeleteMessage' ? { text: undefined, entities: [] } : {}),
    channelData: { ...msg.channelData, eventType },
  });
  expect(res.status).toBe(200);
  return t.connector.emulator.calls.slice(before);
}
const bodies = (calls: { body: unknown }[]) => JSON.stringify(calls.map((c) => c.body));

async function taskCardId(t: TestApp, net: NetworkFixture, text: string) {
  const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
  const task = tasks.find((x) => x.text === text);
  expect(task?.cardRef?.activityId).toBeTruthy();
  return { task: task!, activityId: task!.cardRef!.activityId };
}

describe('N9 leftovers: the task card follows an edited line; an undeleted line comes back', () => {
  it('an edited task line redraws the task card already posted in the channel', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const task = await line(t, net, kari, 'oppgave Nes: lage plan for fagdagen innen 20.12');
    const { activityId } = await taskCardId(t, net, 'lage plan for fagdagen');
    const calls = await change(
      t,
      net,
      kari,
      task.id,
      'editMessage',
      'oppgave Nes: lage plan for julebordet innen 20.12',
    );
    const updates = calls.filter((c) => c.kind === 'update' && c.activityId === activityId);
    expect(updates).toHaveLength(1);
    expect(bodies(updates)).toContain('lage plan for julebordet');
    expect(bodies(updates)).not.toContain('fagdagen');
  });

  it('an undeleted note, decision and task line come back in the minutes while the meeting runs, once', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const note = await line(t, net, kari, 'info: Bufetat kan holde opplæring');
    const task = await line(t, net, kari, 'oppgave Nes: lage plan for fagdagen innen 20.12');
    const { activityId } = await taskCardId(t, net, 'lage plan for fagdagen');
    await change(t, net, kari, note.id, 'editMessage', 'info: Bufetat holder opplæringen i mai');
    await change(t, net, kari, note.id, 'softDeleteMessage');
    await change(t, net, kari, task.id, 'softDeleteMessage');
    expect((await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId)).map((x) => x.text)).toEqual([]);

    // Someone else cannot undelete Kari's line (Teams offers the undo to the author only).
    expect(
      bodies(await change(t, net, ola, note.id, 'undeleteMessage', 'info: Bufetat holder opplæringen i mai')),
    ).toBe('[]');
    const back = bodies(
      await change(t, net, kari, note.id, 'undeleteMessage', 'info: Bufetat holder opplæringen i mai'),
    );
    expect(back).toContain('Notatet under punkt 1 er med i referatet igjen');
    // Teams may deliver it twice: the second changes nothing and says nothing.
    expect(
      bodies(await change(t, net, kari, note.id, 'undeleteMessage', 'info: Bufetat holder opplæringen i mai')),
    ).toBe('[]');
    const calls = await change(
      t,
      net,
      kari,
      task.id,
      'undeleteMessage',
      'oppgave Nes: lage plan for fagdagen innen 20.12',
    );
    expect(bodies(calls)).toMatch(/Oppgave T\d+ under punkt 1 er med i referatet igjen/);
    // The task is open again, and its card in the channel says so.
    const open = await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId);
    expect(open.map((x) => [x.text, x.due])).toEqual([['lage plan for fagdagen', '2026-12-20']]);
    const redrawn = calls.filter((c) => c.kind === 'update' && c.activityId === activityId);
    expect(redrawn).toHaveLength(1);
    expect(bodies(redrawn)).not.toMatch(/slettet|fjernet/i);

    // Deleted and undeleted again: still one of each, not two.
    await change(t, net, kari, note.id, 'softDeleteMessage');
    await change(t, net, kari, note.id, 'undeleteMessage', 'info: Bufetat holder opplæringen i mai');
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end.split('Bufetat holder opplæringen i mai').length - 1).toBe(1);
    expect(end).not.toContain('Bufetat kan holde opplæring');
    expect(end.split('lage plan for fagdagen').length - 1).toBeGreaterThanOrEqual(1);
  });

  it('after the meeting an undelete changes nothing and says how to correct the minutes', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const note = await line(t, net, kari, 'vedtak: felles fagdag i mars');
    await change(t, net, kari, note.id, 'softDeleteMessage');
    await line(t, net, kari, 'avslutt møte');
    const out = bodies(await change(t, net, kari, note.id, 'undeleteMessage', 'vedtak: felles fagdag i mars'));
    expect(out).toContain('rett referat');
  });
});
