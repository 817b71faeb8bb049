import { describe, expect, it } from 'vitest';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf, speaker } from '../meetings/channel-support.ts';
import { appPerTest } from '../support/chat.ts';

// Monday 30 November 2026, 09:00 in Oslo; no meeting runs.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);

const setup = appPerTest(kari, '2026-11-30T08:00:00Z');

describe('tasks between meetings', () => {
  it('oppgave in the channel creates the task at once, with the same card as in a meeting', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '500001');
    const out = await s.say(kari, 'oppgave @Ola Hansen sende utkast til søknad innen 10.12', { mentions: [ola] });
    expect(out).toContain('Oppgave T1');
    expect(out).toContain('task.done');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task).toMatchObject({ text: 'sende utkast til søknad', due: '2026-12-10', meetingId: null, status: 'open' });
    expect(task?.owners.map((o) => o.name)).toEqual(['Ola Hansen']);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-12-25')).toEqual([]);
  });

  it('oppgave T1 ferdig | pågår | utsett | ny ansvarlig | tekst changes the task; members who do not own it are refused', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '500002');
    await s.say(kari, 'oppgave @Ola Hansen sende rapport innen 10.12', { mentions: [ola] });
    const get = () => t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(await s.say(per, 'oppgave T1 ferdig')).toContain('Bare den ansvarlige');
    expect(await s.say(ola, 'oppgave T1 pågår')).toContain('Pågår');
    expect((await get())?.status).toBe('in_progress');
    expect(await s.say(ola, 'oppgave T1 utsett 1.12.2025')).toContain('passert');
    await s.say(ola, 'oppgave T1 utsett 18.12');
    expect(await get()).toMatchObject({ due: '2026-12-18', status: 'postponed' });
    await s.say(kari, 'oppgave T1 ny ansvarlig @Per Olsen', { mentions: [per] });
    expect((await get())?.owners.map((o) => o.name)).toEqual(['Per Olsen']);
    expect(await s.say(per, 'mine oppgaver')).toContain('sende rapport');
    await s.say(per, 'oppgave T1 tekst sende rapport til Statsforvalteren');
    expect((await get())?.text).toBe('sende rapport til Statsforvalteren');
    await s.say(per, 'oppgave T1 ferdig');
    expect((await get())?.status).toBe('done');
    const unknown = await s.say(per, 'oppgave T1 kanskje');
    expect(unknown).toContain('oppgave T1 ferdig');
    expect(await s.say(per, 'oppgave T9 ferdig')).toContain('finner ingen oppgave');
  });

  it('text that is neither a command nor a question gets a short hint and is not kept; agenda + still proposes', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '500003');
    for (const line of ['info: Bufetat kan holde opplæring i mars', 'vedtak: vi bytter møtested']) {
      const out = await s.say(ola, line);
      expect(out).toContain('Teksten er ikke lagret');
      expect(out).toContain('agenda +');
    }
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-12-25')).toEqual([]);
    expect(await s.say(ola, 'agenda + opplæring fra Bufetat')).toContain('proposal.accept');
  });

  it('a failed task line is not stored anywhere; the draft card holds the line and sends it again', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '500004');
    await s.say(kari, 'start møte');
    const bad = await s.bodies(kari, 'oppgave @Ola Hansen ringe Bufetat innen blåmandag', { mentions: [ola] });
    const out = JSON.stringify(bad);
    expect(out).toContain('blåmandag');
    expect(out).toContain('Send på nytt');
    expect(out).toContain('task.resend');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note' || e.kind === 'task')).toEqual([]);
    expect(await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).toEqual([]);
    // The past is refused as in `frist`.
    expect(await s.say(kari, 'oppgave @Ola Hansen ringe Bufetat innen 1.11.2026', { mentions: [ola] })).toContain(
      'passert',
    );

    const action = (bad.find((b) => JSON.stringify(b).includes('task.resend')) as any).attachments[0].content
      .actions[0];
    const click = await t.post(
      cardAction(
        net,
        kari,
        'task.resend',
        { ...action.data, line: 'oppgave @Ola Hansen ringe Bufetat innen 11.12' },
        { thread: '500004', replyToId: '500004' },
      ),
    );
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toContain('Oppgave T1');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task).toMatchObject({ text: 'ringe Bufetat', due: '2026-12-11' });
    expect(task?.owners).toEqual([expect.objectContaining({ kind: 'person', name: 'Ola Hansen', id: ola.id })]);
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'task').map((e) => e.taskId)).toEqual(['T1']);
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note')).toEqual([]);
  });
});
