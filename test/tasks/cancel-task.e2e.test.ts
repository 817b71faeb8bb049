import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { tasksBoardResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { netOf, startTabApp } from '../tab/api-support.ts';

// A stranger's month, N6: a duplicate or mistaken task could only be marked «Ferdig», and then the
// minutes and the history said it was done. Now a leader or the task's creator cancels it («avlyst»),
// after a single-use confirmation card. N16: reminders for a municipality's task @mention the leaders.
// Monday 30 November 2026, 09:00 in Oslo.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-11-30T08:00:00Z');

/** The confirmation card's button with `verb` among the bodies the bot sent, and its data. */
function button(bodies: any[], verb: string): { verb: string; data: any } | undefined {
  for (const b of bodies)
    for (const a of b.attachments ?? [])
      for (const act of a.content?.actions ?? []) if (act.verb === verb) return { verb, data: act.data };
  return undefined;
}

async function click(t: TestApp, net: NetworkFixture, who: typeof kari, verb: string, data: unknown, thread: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(cardAction(net, who, verb, data, { thread, replyToId: thread }));
  expect(res.status).toBe(200);
  return { answer: JSON.stringify(res.body), calls: t.connector.emulator.calls.slice(before) };
}

/** Walks the days, ticking in the morning; the reminders about `task` with the day they were sent. */
async function walk(t: TestApp, from: string, to: string, task: string) {
  const log: { day: string; body: any }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const hour of ['07:00', '08:00', '13:00']) {
      const before = t.connector.emulator.calls.length;
      t.clock.set(`${day}T${hour}:00Z`);
      await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before)) {
        const text = String(c.body?.activity?.text ?? c.body?.text ?? '');
        if (
          (c.kind === 'create' || c.kind === 'send') &&
          c.status < 300 &&
          new RegExp(`[Oo]ppgave ${task}\\b`).test(text)
        )
          log.push({ day, body: c.body?.activity ?? c.body });
      }
    }
  }
  return log;
}

describe('cancelling a task (N6)', () => {
  it('oppgave T2 slett asks first; the confirmation cancels once, the card says «Avlyst av …», lists and reminders drop it, and it can be reopened', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '960001');
    const get = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
    const posted = (await get('T2'))!.cardRef!;
    expect(posted).not.toBeNull();

    // Neither the owner (who did not write it down) nor another member may cancel it.
    for (const who of [ola, per]) {
      const no = await s.say(who, 'oppgave T2 avlys');
      expect(no).toContain('Bare');
      expect(no).not.toContain('task.cancel');
    }

    const asked = await s.bodies(kari, 'oppgave T2 slett');
    const confirm = button(asked, 'task.cancel');
    expect(confirm?.data).toMatchObject({ taskId: 'T2', networkId: net.teamId });
    expect(confirm?.data.nonce).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(JSON.stringify(asked)).toContain('lage årshjul');
    expect((await get('T2'))!.status).toBe('open'); // nothing happens before the confirmation

    // A member clicking the leader's card is refused and the card stays usable.
    expect((await click(t, net, per, 'task.cancel', confirm!.data, '960001')).answer).toContain('Bare');
    expect((await get('T2'))!.status).toBe('open');

    const done = await click(t, net, kari, 'task.cancel', confirm!.data, '960001');
    expect(done.answer).toContain('avlyst');
    expect((await get('T2'))!.status).toBe('cancelled');
    const history = await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T2');
    expect(history.at(-1)).toMatchObject({
      by: { name: 'Kari Nordmann' },
      change: { type: 'status', to: 'cancelled' },
    });
    // The task's card in the channel is redrawn for everyone: cancelled, by whom and when, no buttons but «Åpne igjen».
    const redrawn = done.calls.find((c) => c.kind === 'update' && c.activityId === posted.activityId);
    expect(redrawn).toBeDefined();
    const redrawnText = JSON.stringify(redrawn!.body);
    expect(redrawnText).toContain('Avlyst av Kari Nordmann (30.11.2026)');
    expect(redrawnText).not.toContain('task.done');
    expect(redrawnText).toContain('task.reopen');

    // Single use: the same confirmation again (a double click, a replay) does nothing more.
    const again = await click(t, net, kari, 'task.cancel', confirm!.data, '960001');
    expect(again.answer).toContain('allerede');
    expect((await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T2')).length).toBe(history.length);

    // «Ferdig» on an old copy of the card changes nothing: the copy is redrawn, saying who cancelled it.
    const old = await click(t, net, ola, 'task.done', { taskId: 'T2', networkId: net.teamId, shown: 'open' }, '960001');
    expect(old.answer).toContain('T2 ble avlyst 30.11.2026 av Kari Nordmann');
    expect(old.answer).toContain('Åpne igjen');
    expect((await get('T2'))!.status).toBe('cancelled');

    // Not among the open tasks, not in Ola's own list, not in the agenda; never reminded of.
    const list = await s.say(kari, 'oppgaver');
    expect(list).toContain('"T1"');
    expect(list).not.toContain('"T2"');
    const mine = await s.say(ola, 'mine oppgaver');
    expect(mine).toContain('"T1"');
    expect(mine).not.toContain('"T2"');
    const agenda = await s.say(kari, 'agenda');
    expect(agenda).toContain('T1 lage årshjul');
    expect(agenda).not.toContain('T2 lage årshjul');
    expect(await s.say(kari, 'oppgave T2 ferdig')).toContain('avlyst');
    expect((await get('T2'))!.status).toBe('cancelled');
    const reminders = await walk(t, '2026-12-04', '2026-12-11', 'T\\d+');
    expect(reminders.some((r) => /oppgave T1\b/.test(r.body.text))).toBe(true);
    expect(reminders.filter((r) => /oppgave T2\b/.test(r.body.text))).toEqual([]);

    // Opened again, it is open and followed up as before.
    expect(await s.say(kari, 'oppgave T2 åpne igjen')).toContain('Åpen');
    expect((await get('T2'))!.status).toBe('open');
  });

  it('every way of saying it reaches the same confirmation; «Avbryt» keeps the task; the creator may cancel', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '960002');
    const get = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
    await s.say(kari, 'oppgave @Ola Hansen ringe Bufetat innen 10.12', { mentions: [ola] });
    for (const line of [
      'slett oppgave T1',
      'avlys T1',
      'fjern oppgave t1',
      'oppgave T1 fjern',
      'Avlys oppgave T1',
      'oppgave T1: avlyses',
    ]) {
      const bodies = await s.bodies(kari, line);
      expect(button(bodies, 'task.cancel')?.data.taskId, line).toBe('T1');
    }
    const bodies = await s.bodies(kari, 'avlys oppgave T1');
    const keep = button(bodies, 'task.cancel.keep')!;
    expect((await click(t, net, kari, 'task.cancel.keep', keep.data, '960002')).answer).toContain('beholdt');
    expect((await get('T1'))!.status).toBe('open');
    // The kept card is used up: its «Avlys» does nothing either.
    await click(t, net, kari, 'task.cancel', keep.data, '960002');
    expect((await get('T1'))!.status).toBe('open');

    // Without a task number, or an unknown one: a clear answer with an example.
    expect(await s.say(kari, 'slett oppgave')).toContain('avlys oppgave T3');
    // «avlys oppgaven 26.02»: a date, not a task number; the answer names the meeting command too.
    const dated = await s.say(kari, 'avlys oppgaven 26.02');
    expect(dated).toContain('avlys oppgave T3');
    expect(dated).toContain('avlys møte 26.02');
    expect(await s.say(kari, 'avlys T99')).toContain('finner ingen oppgave');
    // A bare «slett»/«avlys» without a task number is no task command: ordinary text is left alone.
    for (const line of ['slett det siste jeg skrev', 'avlys 26.02'])
      expect(await s.say(kari, line), line).not.toContain('avlyses');

    // Ola wrote down a task for Per: the creator may cancel it, though he neither owns it nor leads.
    await s.say(ola, 'oppgave @Per Olsen bestille lokale innen 11.12', { mentions: [per] });
    const olaAsked = await s.bodies(ola, 'avlys T2');
    const c = button(olaAsked, 'task.cancel')!;
    expect((await click(t, net, ola, 'task.cancel', c.data, '960002')).answer).toContain('avlyst');
    expect((await get('T2'))!.status).toBe('cancelled');
    expect(await s.say(per, 'avlys T1')).toContain('Bare');
  });

  it('in a meeting the minutes say «avlyst», not «ferdig», and the task is not among the open ones', async () => {
    const { t, net } = await app();
    const before = speaker(t, net, '960003');
    const s = speaker(t, net, '960004');
    await before.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
    t.clock.advance(30 * 60_000);
    await s.say(kari, 'start møte');
    t.clock.advance(60_000);
    const asked = await s.bodies(kari, 'avlys T2');
    const c = button(asked, 'task.cancel')!;
    await click(t, net, kari, 'task.cancel', c.data, '960004');
    t.clock.advance(60_000);
    await s.say(kari, 'vedtak: Vi lager ett årshjul');
    t.clock.advance(10 * 60_000);
    const ended = await s.say(kari, 'avslutt møte');
    expect(ended).toContain('T2 «lage årshjul»: avlyst');
    expect(ended).not.toContain('T2 «lage årshjul»: ferdig');
  });

  it('the tab’s board does not show a cancelled task among the open ones, and each task carries its T-number', async () => {
    const app = await startTabApp({ clock: new ManualClock('2026-11-30T08:00:00Z') });
    try {
      const net = netOf(app, 1);
      await app.install(net, kari);
      app.members(net, [kari, ola]);
      const s = speaker(app.t, net, '960005');
      await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
      await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
      const c = button(await s.bodies(kari, 'oppgave T2 avlys'), 'task.cancel')!;
      await click(app.t, net, kari, 'task.cancel', c.data, '960005');
      const res = await app.api(tabApi.tasks(net.teamId), { token: await app.token(kari) });
      expect(res.status).toBe(200);
      const board = tasksBoardResponse.parse(res.body);
      expect(board.columns.flatMap((col) => col.tasks.map((x) => x.id))).toEqual(['T1']);
      const mine = await app.api(tabApi.myTasks, { token: await app.token(ola) });
      expect(JSON.stringify(mine.body)).toContain('"T1"');
      expect(JSON.stringify(mine.body)).not.toContain('"T2"');
    } finally {
      await app.close();
    }
  });
});

describe('reminders for a municipality’s task (N16)', () => {
  it('@mention the network’s leaders and say the task belongs to the municipality', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '960006');
    await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal');
    await s.say(kari, 'oppgave Hurdal: rapportere tallene innen 10.12');
    const log = await walk(t, '2026-12-04', '2026-12-10', 'T1');
    expect(log.map((p) => p.day)).toEqual(['2026-12-07', '2026-12-10']);
    for (const { body } of log) {
      expect(body.text).toContain('<at>Kari Nordmann</at>');
      expect(body.text).toContain('Hurdal');
      const mentioned = (body.entities ?? []).filter((e: any) => e.type === 'mention').map((e: any) => e.mentioned.id);
      expect(mentioned).toContain(kari.id);
    }
  });
});
