import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../src/tasks/task.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  networkFixture,
  person,
  personalCardAction,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader (installs the bot)
const ola = person('Ola Hansen', 2); // owner of the task
const per = person('Per Persen', 3); // another member

function cards(body: any): any[] {
  const activity = body?.activity ?? body;
  return (activity?.attachments ?? []).map((a: any) => a.content);
}

describe('tasks followed up until done', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let task: Task;

  beforeAll(async () => {
    // Monday 30 November 2026, 07:00 UTC (08:00 in Oslo).
    ({ t, net } = await installedApp(kari, { clock: new ManualClock('2026-11-30T07:00:00Z') }));
    // A task as the meeting would create it: Ola owns it, due Friday 11 December 2026.
    const s = t.app.services;
    task = await s.store.tasks.create(
      {
        tenantId: net.tenantId,
        networkId: net.teamId,
        text: 'Sende utkast til rapport',
        owners: [{ kind: 'person', id: ola.id, aadObjectId: ola.aadObjectId, name: ola.name }],
        due: '2026-12-11',
        meetingId: null,
        agendaItem: null,
        entryId: null,
        createdBy: { id: kari.id, name: kari.name },
      },
      s.clock.now(),
    );
    const { planTaskNudges } = await import('../../src/tasks/nudges.ts');
    await planTaskNudges(s, task, s.clock.now());
  });
  afterAll(async () => t?.close());

  it('lists open tasks grouped by owner', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, per, 'oppgaver'));
    const text = JSON.stringify(cards(t.connector.emulator.calls.slice(before)[0].body));
    expect(text).toContain('Ola Hansen');
    expect(text).toContain('Sende utkast til rapport');
  });

  it('nudges the owner at the right time: in the channel with a mention while the bot cannot reach them personally', async () => {
    const before = t.connector.emulator.calls.length;
    // Three working days before Friday 11 December is Tuesday 8 December, 09:00 Oslo.
    t.clock.set('2026-12-08T07:59:00Z');
    await t.app.services.scheduler.tick();
    expect(t.connector.emulator.calls.slice(before).filter((c) => JSON.stringify(c.body).includes('T1'))).toEqual([]);
    t.clock.set('2026-12-08T08:00:00Z');
    await t.app.services.scheduler.tick();
    const sent = t.connector.emulator.calls.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    const text = JSON.stringify(sent.map((c: any) => c.body));
    expect(text).toContain(`<at>${ola.name}</at>`);
    expect(text).toContain('T1');
  });

  it('sends the due-day nudge to a personal chat once the owner has talked to the bot', async () => {
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-11T08:00:00Z');
    await t.app.services.scheduler.tick();
    const sent = t.connector.emulator.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].conversationId).toContain('personal');
  });

  it('refuses a change from someone who is neither owner nor leader', async () => {
    const res = await t.post(cardAction(net, per, 'task.done', { taskId: 'T1', networkId: net.teamId }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Bare den ansvarlige');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('open');
  });

  it('refuses a date in the past for Utsett and an unknown task, changing nothing', async () => {
    const past = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.postpone', {
        taskId: 'T1',
        networkId: net.teamId,
        newDue: '2026-12-01',
      }),
    );
    expect(JSON.stringify(past.body)).toContain('passert');
    const unknown = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.done', { taskId: 'T99', networkId: net.teamId }),
    );
    expect(JSON.stringify(unknown.body)).toContain('T99');
    const bad = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, 'task.done', { nope: true }));
    expect(bad.body.statusCode).toBe(400);
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.due).toBe('2026-12-11');
  });

  it('Trenger hjelp tells the leaders in the channel once, naming the task', async () => {
    const before = t.connector.emulator.calls.length;
    const click = () =>
      t.post(
        personalCardAction(t.connector.url, net.tenantId, ola, 'task.help', { taskId: 'T1', networkId: net.teamId }),
      );
    const res = await click();
    expect(JSON.stringify(res.body.value)).toContain('lederne er varslet');
    await click();
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes('trenger hjelp med oppgave T1'));
    expect(told).toHaveLength(1);
    expect(told[0]!.body.channelData.channel.id).toBe(net.channelId);
    expect(JSON.stringify(told[0]!.body.activity.entities)).toContain('Kari Nordmann');
  });

  it('Utsett to a later date says on the card who moved the due date, and to when', async () => {
    const res = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.postpone', {
        taskId: 'T1',
        networkId: net.teamId,
        newDue: '2026-12-18',
      }),
    );
    expect(JSON.stringify(res.body.value)).toContain('Ola Hansen flyttet fristen til 18.12.2026');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.due).toBe('2026-12-18');
  });

  it('Ferdig from the owner updates the task, answers with the new card, and changes nothing on a replay', async () => {
    await t.app.services.store.tasks.setCardRef(net.tenantId, net.teamId, 'T1', {
      conversationId: `${net.channelId};messageid=555`,
      activityId: '555',
    });
    const before = t.connector.emulator.calls.length;
    const click = personalCardAction(t.connector.url, net.tenantId, ola, 'task.done', {
      taskId: 'T1',
      networkId: net.teamId,
    });
    const res = await t.post(click);
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('Ferdig');
    const updates = t.connector.emulator.calls.slice(before).filter((c: any) => c.method === 'PUT');
    // Every card sent for T1, each once (N3): the shared channel card, the reminder in the channel while
    // Ola could not be reached, the due-day reminder in his personal chat, and the leaders' help request.
    expect(updates.map((u) => u.activityId)).toContain('555');
    expect(new Set(updates.map((u) => u.activityId)).size).toBe(updates.length);
    expect(updates).toHaveLength(4);
    expect(updates.filter((u) => u.conversationId!.includes('personal'))).toHaveLength(1);
    for (const u of updates) expect(JSON.stringify(u.body)).toContain('Ferdig');
    const history = await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1');
    await t.post(click);
    expect(await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1')).toHaveLength(history.length);
  });

  it('sends no more nudges once done, and mine oppgaver is empty', async () => {
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-21T08:00:00Z');
    await t.app.services.scheduler.tick();
    // Meeting notices may go out meanwhile; nothing about the finished task does.
    expect(
      t.connector.emulator.calls.slice(before).filter((c) => JSON.stringify(c.body).includes('Oppgave T1')),
    ).toEqual([]);
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'));
    expect(JSON.stringify(t.connector.emulator.calls.at(-1)?.body)).toContain('ingen åpne oppgaver');
    // The finished task has left the follow-up item of the next meeting's agenda.
    await t.post(channelMessage(net, per, 'agenda'));
    const agenda = JSON.stringify(t.connector.emulator.calls.at(-1)?.body);
    expect(agenda).toContain('Oppfølging av oppgaver');
    expect(agenda).toContain('Ingen åpne oppgaver');
    expect(agenda).not.toContain('Sende utkast til rapport');
  });
});

describe('task follow-up across a restart and in a first personal chat', () => {
  it('loses no nudge and sends none twice when the server stops between planning and sending', async () => {
    const t = await startTestApp({ clock: new ManualClock('2026-11-30T07:00:00Z') });
    try {
      const net = networkFixture(t.connector.url, 5);
      await t.post(botAddedToTeam(net, kari));
      const s = t.app.services;
      const task = await s.store.tasks.create(
        {
          tenantId: net.tenantId,
          networkId: net.teamId,
          text: 'Bestille lokale',
          owners: [{ kind: 'person', id: ola.id, aadObjectId: ola.aadObjectId, name: ola.name }],
          due: '2026-12-04',
          meetingId: null,
          agendaItem: null,
          entryId: null,
          createdBy: { id: kari.id, name: kari.name },
        },
        s.clock.now(),
      );
      const { planTaskNudges } = await import('../../src/tasks/nudges.ts');
      await planTaskNudges(s, task, s.clock.now());
      await t.restart();
      t.clock.set('2026-12-01T08:00:00Z'); // three working days before Friday 4 December
      await t.app.services.scheduler.tick();
      await t.restart();
      await t.app.services.scheduler.tick();
      const nudges = t.connector.emulator.calls.filter((c) => JSON.stringify(c.body).includes('Bestille lokale'));
      expect(nudges).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('answers mine oppgaver in a personal chat never seen before, matching the person by AAD object id', async () => {
    const t = await startTestApp({ clock: new ManualClock('2026-11-30T07:00:00Z') });
    try {
      const net = networkFixture(t.connector.url, 6);
      await t.post(botAddedToTeam(net, kari));
      await t.app.services.store.tasks.create(
        {
          tenantId: net.tenantId,
          networkId: net.teamId,
          text: 'Lage budsjett',
          owners: [{ kind: 'person', id: 'channel-id-of-ola', aadObjectId: ola.aadObjectId, name: ola.name }],
          due: null,
          meetingId: null,
          agendaItem: null,
          entryId: null,
          createdBy: { id: kari.id, name: kari.name },
        },
        t.clock.now(),
      );
      const res = await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'));
      expect(res.status).toBe(200);
      const reply = JSON.stringify(t.connector.emulator.calls.at(-1)?.body);
      expect(reply).toContain('Lage budsjett');
      expect(reply).toContain(net.teamName);
    } finally {
      await t.close();
    }
  });
});
