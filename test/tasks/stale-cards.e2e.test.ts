import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, personalCardAction, personalMessage, type NetworkFixture } from '../support/teams.ts';

// N3 (a month in the life of a network): Ola's reminder cards in his personal chat kept saying «Utsatt»
// with [Ferdig][Pågår]… after he wrote «T1 er ferdig» in the meeting, and «Pågår» on one of them quietly
// reopened the finished task, which then showed as open and overdue and was nudged again.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // owns T1
// Monday 23 November 2026, 09:00 in Oslo.
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '830001', status: (status) => expect(status).toBe(200) });

const contentOf = (body: any) => (body?.activity ?? body)?.attachments?.[0]?.content;
const actionsOf = (c: any): any[] => (c?.actions ?? []).flatMap((a: any) => [a, ...actionsOf(a.card)]);
const verbsOf = (c: any) => actionsOf(c).map((a) => a.verb);

/** T1 for Ola due Thursday 10 December, and the reminder cards it got in his personal chat. */
async function taskWithReminders(t: TestApp, net: NetworkFixture) {
  expect(await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', [ola])).toContain('T1');
  // Ola has talked to the bot, so his reminders go to his personal chat.
  await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
  const before = t.connector.emulator.calls.length;
  t.clock.set('2026-12-07T08:00:00Z'); // three working days before
  await t.app.services.scheduler.tick();
  t.clock.set('2026-12-10T08:00:00Z'); // the due day
  await t.app.services.scheduler.tick();
  const reminders = t.connector.emulator.calls
    .slice(before)
    .filter(
      (c) =>
        (c.kind === 'send' || c.kind === 'reply') &&
        c.conversationId?.includes('personal') &&
        JSON.stringify(c.body).includes('T1'),
    );
  expect(reminders).toHaveLength(2);
  for (const r of reminders) expect(verbsOf(contentOf(r.body))).toContain('task.progress');
  return reminders.map((r) => ({
    conversationId: r.conversationId!,
    activityId: r.responseId!,
    card: contentOf(r.body),
  }));
}

describe('N3: cards the bot sent for a task follow the task', () => {
  it('«T1 er ferdig» in the meeting redraws every reminder card in the personal chat as Ferdig', async () => {
    const { t, net } = await start();
    const reminders = await taskWithReminders(t, net);
    await say(t, net, kari, 'start møte');
    const before = t.connector.emulator.calls.length;
    await say(t, net, ola, 'T1 er ferdig');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    for (const r of reminders) {
      const u = updates.find((c) => c.activityId === r.activityId);
      expect(u, `reminder card ${r.activityId} was not updated`).toBeDefined();
      expect(u!.conversationId).toBe(r.conversationId);
      const card = JSON.stringify(contentOf(u!.body));
      expect(card).toContain('Ferdig');
      expect(card).toContain('Ola Hansen markerte den som ferdig');
      // A finished task's card offers only «Åpne igjen», never Pågår or Utsett.
      expect(verbsOf(contentOf(u!.body))).not.toContain('task.progress');
      expect(verbsOf(contentOf(u!.body))).toContain('task.reopen');
    }
  });

  it('a click on an outdated card is refused with what happened and who did it, and a deliberate reopen works', async () => {
    const { t, net } = await start();
    const [old] = await taskWithReminders(t, net);
    await say(t, net, kari, 'start møte');
    await say(t, net, ola, 'T1 er ferdig');
    t.clock.set('2026-12-11T09:00:00Z');
    const events = (await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1')).length;

    // The card as it was sent (before it was redrawn): «Pågår» with the data it carried.
    const progress = actionsOf(old!.card).find((a) => a.verb === 'task.progress');
    const click = {
      ...personalCardAction(t.connector.url, net.tenantId, ola, 'task.progress', progress.data),
      replyToId: old!.activityId,
    };
    const res = await t.post(click);
    expect(res.status).toBe(200);
    const answer = JSON.stringify(res.body);
    expect(answer).toContain('T1 ble markert som ferdig 10.12.2026 av Ola Hansen');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task?.status).toBe('done');
    expect(await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1')).toHaveLength(events);
    // The answer is the card as it is now, with the way to reopen on purpose.
    const reopen = actionsOf(res.body.value).find((a) => a.verb === 'task.reopen');
    expect(reopen).toBeDefined();
    expect(verbsOf(res.body.value)).not.toContain('task.progress');

    // Ferdig and Utsett from the outdated card are refused the same way; Trenger hjelp too.
    for (const verb of ['task.done', 'task.help']) {
      const a = actionsOf(old!.card).find((x) => x.verb === verb);
      const r = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, verb, a.data));
      expect(JSON.stringify(r.body)).toContain('T1 ble markert som ferdig');
    }
    const postpone = actionsOf(old!.card).find((x) => x.verb === 'task.postpone');
    const later = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.postpone', {
        ...postpone.data,
        newDue: '2026-12-20',
      }),
    );
    expect(JSON.stringify(later.body)).toContain('T1 ble markert som ferdig');
    expect(await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1')).toHaveLength(events);

    // Nothing is nudged for the finished task.
    const beforeNudges = t.connector.emulator.calls.length;
    t.clock.set('2026-12-17T08:00:00Z');
    await t.app.services.scheduler.tick();
    expect(
      t.connector.emulator.calls.slice(beforeNudges).filter((c) => JSON.stringify(c.body).includes('Oppgave T1')),
    ).toEqual([]);

    // «Åpne igjen» on the answer reopens it, as Ola meant to.
    const reopened = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, 'task.reopen', reopen.data));
    expect(JSON.stringify(reopened.body)).toContain('Ola Hansen åpnet den igjen');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('open');
  });

  it('an outdated channel card is refused too: Åpne igjen on a done card after a leader reopened it', async () => {
    const { t, net } = await start();
    const made = await t.post(
      (await import('../support/teams.ts')).channelMessage(
        net,
        kari,
        'oppgave @Ola Hansen lage samarbeidsplan innen 10.12',
        {
          thread: '830002',
          mentions: [ola],
        },
      ),
    );
    expect(made.status).toBe(200);
    const card = contentOf(
      t.connector.emulator.calls.filter((c) => c.kind === 'create' || c.kind === 'reply').at(-1)!.body,
    );
    const done = actionsOf(card).find((a) => a.verb === 'task.done');
    const doneRes = await t.post(cardAction(net, ola, 'task.done', done.data));
    const doneCard = doneRes.body.value;
    const reopen = actionsOf(doneCard).find((a) => a.verb === 'task.reopen');
    expect(reopen).toBeDefined();
    await say(t, net, kari, 'oppgave T1 pågår');
    const stale = await t.post(cardAction(net, ola, 'task.reopen', reopen.data));
    expect(JSON.stringify(stale.body)).toContain('T1 ble satt til pågår 23.11.2026 av Kari Nordmann');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('in_progress');
  });

  it('Ferdig on a card from before a leader postponed the task says so, and Ferdig on the answer then works', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', [ola]);
    const card = contentOf(
      t.connector.emulator.calls.filter((c) => c.kind === 'create' || c.kind === 'reply').at(-1)!.body,
    );
    const done = actionsOf(card).find((a) => a.verb === 'task.done');
    await say(t, net, kari, 'oppgave T1 utsett 18.12');
    // A copy the bot was never told of (Ola's own «oppgave vis T1» answer, say) is redrawn for everyone.
    const before = t.connector.emulator.calls.length;
    const stale = await t.post(cardAction(net, ola, 'task.done', done.data, { replyToId: '990001' }));
    const redrawn = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(redrawn.map((c) => c.activityId)).toEqual(['990001']);
    expect(JSON.stringify(redrawn[0]!.body)).toContain('Utsatt');
    expect(JSON.stringify(redrawn[0]!.body)).not.toContain('ble utsatt 23.11.2026');
    expect(JSON.stringify(stale.body)).toContain('T1 ble utsatt 23.11.2026 av Kari Nordmann (ny frist 18.12.2026).');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('postponed');
    const now = actionsOf(stale.body.value).find((a) => a.verb === 'task.done');
    await t.post(cardAction(net, ola, 'task.done', now.data));
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
  });

  it('cards without the status they showed (sent before this change, or the tab) still act', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', [ola]);
    const res = await t.post(cardAction(net, ola, 'task.progress', { taskId: 'T1', networkId: net.teamId }));
    expect(JSON.stringify(res.body.value)).toContain('Pågår');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('in_progress');
  });
});
