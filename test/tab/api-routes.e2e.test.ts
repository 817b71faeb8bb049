// Issue #16: every route of the tab's API over real HTTP, with seeded data, Entra tokens signed by
// a local OpenID server, and the roster and card updates through the Bot Connector emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askResponse,
  contextResponse,
  deadlineDeliveredResponse,
  deadlinesResponse,
  minutesDocument,
  minutesListResponse,
  myTasksResponse,
  overviewResponse,
  settingsResponse,
  settingsUpdateResponse,
  taskActionResponse,
  tasksBoardResponse,
} from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { DEFAULT_AGENDA } from '../../src/meetings/standing-agenda.ts';
import { DEFAULT_SERIES } from '../../src/meetings/series.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { dNumberDate, hNumberDate, validNationalId } from '../support/national-id.ts';
import { carries, spellings } from '../support/national-id-spellings.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2); // member
const per = person('Per Persen', 3); // member
const eve = person('Eva Utenfor', 9); // same tenant, not in the team

let app: TabApp;
let net: NetworkFixture;
let clock: ManualClock;
const tokens: Record<string, string> = {};
const N = () => net.teamId;

beforeAll(async () => {
  clock = new ManualClock('2026-11-23T08:00:00Z'); // Monday 23 November 2026, 09:00 in Oslo
  app = await startTabApp({ clock });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola, per]);
  const s = speaker(app.t, net, '700001');
  await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal');
  await s.say(kari, 'oppgave @Ola Hansen sende utkast til søknad innen 10.12', { mentions: [ola] }); // T1
  await s.say(kari, 'oppgave Nes: rapportere tallene innen 25.11'); // T2, overdue by the 30th
  await s.say(kari, 'oppgave @Per Persen bestille lokale innen 15.01.2027', { mentions: [per] }); // T3
  await s.say(kari, 'frist 15.12 Rapportering til Statsforvalteren');
  const m = speaker(app.t, net, '700002');
  await m.say(kari, 'start møte');
  await m.say(kari, 'vedtak: Nettverket søker om midler til fosterhjemsprosjektet');
  await m.say(kari, 'info: Bufetat kan holde opplæring i mars');
  await m.say(kari, 'avslutt møte');
  clock.set(new Date('2026-11-30T08:00:00Z'));
  for (const [k, p] of Object.entries({ kari, ola, per, eve })) tokens[k] = await app.token(p);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('GET /tab/api/context (the configuration page)', () => {
  it('tells a leader and a member that the team is a network, with their role', async () => {
    const q = () =>
      `${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(net.teamId)}&channelId=${encodeURIComponent(net.channelId)}`;
    const leader = await app.api(q(), { token: tokens.kari });
    expect(leader.status).toBe(200);
    expect(contextResponse.parse(leader.body)).toEqual({
      network: { id: net.teamId, name: net.teamName, kind: 'team' },
      role: 'leader',
    });
    const member = await app.api(q(), { token: tokens.ola });
    expect(member.body).toMatchObject({ network: { id: net.teamId }, role: 'member' });
  });

  it('explains how to add the bot where it is not installed', async () => {
    const other = netOf(app, 77);
    const res = await app.api(`${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(other.teamId)}`, {
      token: tokens.kari,
    });
    expect(res.status).toBe(200);
    expect(res.body.network).toBeNull();
    expect(res.body.howToAdd).toContain('Legg den til');
  });

  it('refuses a tenant id other than the token’s; a person not in the team learns nothing of the network', async () => {
    const q = `${tabApi.context}?tenantId=20000000-0000-4000-8000-000000000002&teamId=${encodeURIComponent(net.teamId)}`;
    expect((await app.api(q, { token: tokens.kari })).status).toBe(403);
    const outsider = await app.api(`${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(net.teamId)}`, {
      token: tokens.eve,
    });
    // The answer for a team without the bot (attack round 6, A7: test/tab/context-membership.e2e.test.ts).
    expect(outsider.status).toBe(200);
    expect(outsider.body.network).toBeNull();
    expect(outsider.body.role).toBeNull();
  });
});

describe('GET overview', () => {
  it('has the next meeting with its agenda, tasks by owner and municipality, deadlines, the last minutes and the series', async () => {
    // A standing agenda item with an owner: the owner is its own field, not the first of its lines.
    const store = app.t.app.services.store;
    const stored = (await store.meetings.getSeries(T1, N()))!;
    const withOwner = DEFAULT_AGENDA.map((i, n) => (n === 3 ? { ...i, owner: 'Prosjektlederne' } : i));
    await store.meetings.saveSeries(T1, N(), stored?.series ?? DEFAULT_SERIES, withOwner, kari, clock.now());
    const res = await app.api(tabApi.overview(N()), { token: tokens.ola });
    expect(res.status).toBe(200);
    const o = overviewResponse.parse(res.body);
    expect(o.role).toBe('member');
    expect(o.today).toBe('2026-11-30');
    // The last Friday of December 2026 is 1. juledag: the meeting stays there, flagged for the leaders.
    expect(o.nextMeeting?.date).toBe('2026-12-25');
    expect(o.nextMeeting?.note).toBeTruthy();
    expect(o.nextMeeting?.agenda.length).toBeGreaterThanOrEqual(9);
    expect(o.nextMeeting?.agenda.find((i) => i.title.startsWith('Frister'))?.lines.join(' ')).toContain(
      'Rapportering til Statsforvalteren',
    );
    expect(o.nextMeeting?.agenda[3]).toMatchObject({ owner: 'Prosjektlederne' });
    expect(o.nextMeeting?.agenda[3]?.lines).not.toContain('Prosjektlederne');
    expect(o.nextMeeting?.agenda[3]?.lines.length).toBeGreaterThan(0);
    expect(o.tasks.open).toBe(3);
    expect(o.tasks.overdue).toBe(1);
    expect(o.tasks.byOwner.find((g) => g.owner === 'Ola Hansen')?.tasks.map((x) => x.id)).toEqual(['T1']);
    const nes = o.tasks.byMunicipality.find((g) => g.municipality === 'Nes');
    expect(nes).toMatchObject({ open: 1, overdue: 1 });
    expect(o.tasks.byMunicipality.find((g) => g.municipality === 'Uten kommune')?.open).toBe(2);
    expect(o.deadlines.map((d) => d.title)).toEqual(['Rapportering til Statsforvalteren']);
    expect(o.lastMinutes).toMatchObject({ date: '2026-11-23', approved: false });
    expect(o.lastMinutes?.approvalText).toBeTruthy();
    expect(o.series.text).toContain('fredag');
  });
});

describe('minutes: archive, search and one document', () => {
  it('lists the ended meetings, finds decisions, notes and tasks by words, and opens the minutes with working downloads', async () => {
    const list = await app.api(tabApi.minutes(N()), { token: tokens.per });
    expect(list.status).toBe(200);
    const l = minutesListResponse.parse(list.body);
    expect(l.meetings).toHaveLength(1);
    expect(l.meetings[0]).toMatchObject({ date: '2026-11-23', approved: false, counts: { decisions: 1, notes: 1 } });
    expect(l.hits).toBeUndefined();

    const found = minutesListResponse.parse(
      (await app.api(`${tabApi.minutes(N())}?q=${encodeURIComponent('fosterhjem midler')}`, { token: tokens.per }))
        .body,
    );
    expect(found.hits).toEqual([
      expect.objectContaining({ kind: 'decision', text: 'Nettverket søker om midler til fosterhjemsprosjektet' }),
    ]);
    const folded = minutesListResponse.parse(
      (await app.api(`${tabApi.minutes(N())}?q=opplaering`, { token: tokens.per })).body,
    );
    expect(folded.hits?.map((h) => h.kind)).toEqual(['note']);
    const none = minutesListResponse.parse(
      (await app.api(`${tabApi.minutes(N())}?q=parkering`, { token: tokens.per })).body,
    );
    expect(none.hits).toEqual([]);

    const id = l.meetings[0]!.meetingId;
    const doc = await app.api(tabApi.minutesDoc(N(), id), { token: tokens.per });
    expect(doc.status).toBe(200);
    const d = minutesDocument.parse(doc.body);
    expect(d.items.flatMap((i) => i.decisions)).toEqual(['Nettverket søker om midler til fosterhjemsprosjektet']);
    const md = await fetch(d.downloads.md);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('fosterhjemsprosjektet');
    expect((await fetch(d.downloads.docx)).headers.get('content-type')).toContain('wordprocessingml');

    expect((await app.api(tabApi.minutesDoc(N(), 'M999'), { token: tokens.per })).status).toBe(404);
  });
});

describe('tasks: the board and the card’s actions', () => {
  it('shows the board by status, with the actions the caller may use', async () => {
    const res = await app.api(tabApi.tasks(N()), { token: tokens.ola });
    expect(res.status).toBe(200);
    const b = tasksBoardResponse.parse(res.body);
    expect(b.columns.map((c) => c.status)).toEqual(['open', 'in_progress', 'postponed', 'done']);
    const open = b.columns[0]!.tasks;
    expect(open.map((x) => x.id)).toEqual(['T2', 'T1', 'T3']);
    expect(open.find((x) => x.id === 'T1')?.actions).toEqual(['done', 'progress', 'help', 'postpone']);
    // Ola neither owns T3 nor leads: no buttons, as the card's refusal would say.
    expect(open.find((x) => x.id === 'T3')?.actions).toEqual([]);
  });

  it('marking a task done goes through the card’s use case and updates its card in the channel', async () => {
    const task = await app.t.app.services.store.tasks.get(T1, N(), 'T1');
    expect(task?.cardRef).not.toBeNull();
    const before = app.t.connector.emulator.calls.length;
    const res = await app.api(tabApi.task(N(), 'T1'), { token: tokens.ola, body: { action: 'done' } });
    expect(res.status).toBe(200);
    expect(taskActionResponse.parse(res.body).task).toMatchObject({ id: 'T1', status: 'done', actions: ['reopen'] });
    const update = app.t.connector.emulator.calls
      .slice(before)
      .find((c) => c.kind === 'update' && c.activityId === task!.cardRef!.activityId);
    expect(update).toBeDefined();
    expect(JSON.stringify(update!.body)).toContain('task.reopen');
    expect((await app.t.app.services.store.tasks.history(T1, N(), 'T1')).at(-1)).toMatchObject({
      by: { id: ola.id, name: 'Ola Hansen' },
      change: { type: 'status', to: 'done' },
    });
    // A second click changes nothing.
    const again = await app.api(tabApi.task(N(), 'T1'), { token: tokens.ola, body: { action: 'done' } });
    expect(again.status).toBe(200);
    expect(
      (await app.t.app.services.store.tasks.history(T1, N(), 'T1')).filter((e) => e.change.type === 'status'),
    ).toHaveLength(1);
  });

  it('postpones with a date, refuses a past one and one missing, and refuses someone who may not change the task', async () => {
    const later = await app.api(tabApi.task(N(), 'T3'), {
      token: tokens.per,
      body: { action: 'postpone', due: '2027-01-29' },
    });
    expect(later.status).toBe(200);
    expect(later.body.task).toMatchObject({ due: '2027-01-29', status: 'postponed' });
    const past = await app.api(tabApi.task(N(), 'T3'), {
      token: tokens.per,
      body: { action: 'postpone', due: '2026-11-01' },
    });
    expect(past.status).toBe(400);
    expect(past.body.error).toMatch(/passert|tilbake/);
    expect((await app.api(tabApi.task(N(), 'T3'), { token: tokens.per, body: { action: 'postpone' } })).status).toBe(
      400,
    );
    expect((await app.api(tabApi.task(N(), 'T3'), { token: tokens.per, body: { action: 'fly' } })).status).toBe(400);
    const notOwner = await app.api(tabApi.task(N(), 'T3'), { token: tokens.ola, body: { action: 'done' } });
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error).toContain('Kari Nordmann');
    expect((await app.api(tabApi.task(N(), 'T99'), { token: tokens.ola, body: { action: 'done' } })).status).toBe(404);
  });
});

describe('deadlines', () => {
  it('lists the deadlines with the calendar link, and Levert marks one delivered as the card does', async () => {
    const res = await app.api(tabApi.deadlines(N()), { token: tokens.ola });
    expect(res.status).toBe(200);
    const d = deadlinesResponse.parse(res.body);
    expect(d.deadlines.map((x) => [x.title, x.date, x.daysLeft])).toEqual([
      ['Rapportering til Statsforvalteren', '2026-12-15', 15],
    ]);
    const feed = await fetch(d.feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('Rapportering til Statsforvalteren');

    const id = d.deadlines[0]!.id;
    // The 14-day nudge posts the deadline's card in the channel (Tuesday 1 December).
    clock.set(new Date('2026-12-01T08:00:00Z'));
    await app.t.app.services.scheduler.tick();
    const posted = await app.t.app.services.store.deadlines.cards(T1, N(), id);
    expect(posted.length).toBeGreaterThan(0);
    const before = app.t.connector.emulator.calls.length;
    const done = await app.api(tabApi.delivered(N(), id), { token: tokens.ola, method: 'POST' });
    expect(done.status).toBe(200);
    // The deadline's card in the channel shows it delivered, as after a click on «Levert».
    const updated = app.t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updated.map((c) => c.activityId)).toEqual(expect.arrayContaining(posted.map((p) => p.activityId)));
    expect(JSON.stringify(updated[0]!.body)).not.toContain('deadline.done');
    expect(deadlineDeliveredResponse.parse(done.body).deadline).toMatchObject({ status: 'done', doneBy: 'Ola Hansen' });
    expect((await app.t.app.services.store.deadlines.get(T1, N(), id))?.status).toBe('done');
    const again = await app.api(tabApi.delivered(N(), id), { token: tokens.ola, method: 'POST' });
    expect(again.body.message).toContain('allerede');
    expect((await app.api(tabApi.delivered(N(), 'F99'), { token: tokens.ola, method: 'POST' })).status).toBe(404);
  });
});

describe('ask', () => {
  it('answers a guideline question as chat does, and refuses an identity number', async () => {
    const question = 'Hvor mye av tilskuddet kan brukes til administrasjon?';
    const res = await app.api(tabApi.ask(N()), { token: tokens.per, body: { question } });
    expect(res.status).toBe(200);
    const a = askResponse.parse(res.body);
    expect(a.text).toContain('5 prosent');
    expect(a.cards.length).toBeGreaterThan(0);
    // The same card the chat gives for the same question.
    const chat = await speaker(app.t, net, '700003').bodies(per, question);
    const answerLine = a.text.split('\n\n').find((p) => p.includes('5 prosent'))!;
    expect(JSON.stringify(chat)).toContain(JSON.stringify(answerLine).slice(1, -1));

    const refused = await app.api(tabApi.ask(N()), {
      token: tokens.per,
      body: { question: `gjelder dette ${validNationalId('010190', '123')}?` },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/fødselsnummer|personnummer/i);
    expect((await app.api(tabApi.ask(N()), { token: tokens.per, body: { question: '' } })).status).toBe(400);
  });
});

describe('settings', () => {
  it('a member sees the values read-only; a leader also gets the people to pick leaders from', async () => {
    const member = await app.api(tabApi.settings(N()), { token: tokens.ola });
    expect(member.status).toBe(200);
    const m = settingsResponse.parse(member.body);
    expect(m).toMatchObject({
      role: 'member',
      editable: false,
      municipalities: ['Nes', 'Eidsvoll', 'Hurdal'],
      leaders: [{ name: 'Kari Nordmann' }],
    });
    expect(m.people).toBeUndefined();
    const leader = settingsResponse.parse((await app.api(tabApi.settings(N()), { token: tokens.kari })).body);
    expect(leader.editable).toBe(true);
    expect(leader.people?.map((p) => [p.name, p.role])).toEqual([
      ['Kari Nordmann', 'leader'],
      ['Ola Hansen', 'member'],
      ['Per Persen', 'member'],
    ]);
    expect(leader.standingAgenda).toHaveLength(9);
    expect(leader.retention).toMatchObject({ months: 24, isDefault: true });
  });

  it('a member changing a setting gets 403 and nothing changes', async () => {
    const res = await app.api(tabApi.settingsSection(N(), 'municipalities'), {
      token: tokens.ola,
      method: 'PUT',
      body: { names: ['Nes'] },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toContain('Kari Nordmann');
    expect(await app.t.app.services.store.meetings.municipalities(T1, N())).toEqual(['Nes', 'Eidsvoll', 'Hurdal']);
  });

  it('a leader changes municipalities, series, place, agenda, retention and leaders through the chat’s own use cases', async () => {
    const put = (section: Parameters<typeof tabApi.settingsSection>[1], body: unknown) =>
      app.api(tabApi.settingsSection(N(), section), { token: tokens.kari, method: 'PUT', body });
    const mun = await put('municipalities', { names: ['Nes', 'Eidsvoll', 'Hurdal', 'Ullensaker'] });
    expect(mun.status).toBe(200);
    expect(settingsUpdateResponse.parse(mun.body).municipalities).toEqual(['Nes', 'Eidsvoll', 'Hurdal', 'Ullensaker']);
    const series = await put('series', { text: 'annenhver tirsdag 12:00-14:00' });
    expect(series.status).toBe(200);
    expect(series.body.series).toMatchObject({ start: '12:00', end: '14:00' });
    const badSeries = await put('series', { text: 'en gang iblant' });
    expect(badSeries.status).toBe(400);
    expect(badSeries.body.error).toBeTruthy();
    expect((await put('place', { place: 'Rådhuset, møterom 2' })).body.series.place).toBe('Rådhuset, møterom 2');
    const agenda = await put('agenda', {
      items: [
        { title: 'Velkommen', minutes: 10 },
        { title: 'Eventuelt', minutes: 20 },
      ],
    });
    expect(agenda.status).toBe(200);
    expect(agenda.body.standingAgenda).toEqual(
      [
        { title: 'Velkommen', minutes: 10, fill: undefined },
        { title: 'Eventuelt', minutes: 20 },
      ].map((i) => JSON.parse(JSON.stringify(i))),
    );
    expect((await put('retention', { months: 36 })).body.retention).toMatchObject({ months: 36, isDefault: false });
    const tooShort = await put('retention', { months: 2 });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error).toContain('6');
    const add = await put('leaders', { action: 'add', personId: ola.id });
    expect(add.status).toBe(200);
    expect(add.body.leaders.map((l: { name: string }) => l.name)).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect((await put('leaders', { action: 'add', personId: '29:ingen' })).status).toBe(400);
    await put('leaders', { action: 'remove', personId: ola.id });
    const last = await put('leaders', { action: 'remove', personId: kari.id });
    expect(last.status).toBe(400);
    expect(await app.t.app.services.store.people.roleOf(T1, N(), kari)).toBe('leader');
  });

  it('refuses an identity number in any settings text with the chat’s refusal, and stores nothing', async () => {
    const id = validNationalId('311299', '456');
    for (const [section, body] of [
      ['municipalities', { names: ['Nes', `Hurdal ${id}`] }],
      ['place', { place: `Rådhuset ${id}` }],
      ['agenda', { items: [{ title: `Sak om ${id}`, minutes: 10 }] }],
      ['series', { text: `siste fredag ${id}` }],
    ] as const) {
      const res = await app.api(tabApi.settingsSection(N(), section), { token: tokens.kari, method: 'PUT', body });
      expect(res.status, section).toBe(400);
      expect(res.body.error).toMatch(/fødselsnummer|personnummer/i);
      // The tab has no chat message to delete (month round 6b, N10): the field holds the number.
      expect(res.body.error).not.toContain('slett meldingen');
      expect(res.body.error).toContain('lagre på nytt');
    }
    // The ways people write the number (grouped, dotted, pasted with invisible characters, full-width), and D- and H-numbers.
    const forms = {
      ...spellings(id),
      'D-nummer': validNationalId(dNumberDate('311299'), '456'),
      'H-nummer': validNationalId(hNumberDate('311299'), '456'),
    };
    for (const [form, written] of Object.entries(forms)) {
      const res = await app.api(tabApi.settingsSection(N(), 'place'), {
        token: tokens.kari,
        method: 'PUT',
        body: { place: `Møterom hos ${written}` },
      });
      expect(res.status, form).toBe(400);
      expect(carries(res.body.error, id), form).toBe(false);
      expect(carries(JSON.stringify(await app.t.app.services.store.meetings.getSeries(T1, N())), id), form).toBe(false);
    }
    expect(JSON.stringify(await app.t.app.services.store.meetings.getSeries(T1, N()))).not.toContain(id);
    expect(await app.t.app.services.store.meetings.municipalities(T1, N())).not.toContain(`Hurdal ${id}`);
  });

  it('refuses a number split by whitespace the reader never sees (CR, runs of spaces, newlines, U+2028/2029) as the chat does (round 6b, A8)', async () => {
    const id = validNationalId('311299', '456');
    const [a, b] = [id.slice(0, 6), id.slice(6)];
    for (const gap of ['\r', '    ', '        ', '\n', '\r\n', '\u2028', '\u2029', ' \t \u00a0 ']) {
      const written = `${a}${gap}${b}`;
      const place = await app.api(tabApi.settingsSection(N(), 'place'), {
        token: tokens.kari,
        method: 'PUT',
        body: { place: `Rom ${written}` },
      });
      expect(place.status, JSON.stringify(gap)).toBe(400);
      const ask = await app.api(tabApi.ask(N()), {
        token: tokens.per,
        body: { question: `Kan vi bruke midler på ${written}?` },
      });
      expect(ask.status, JSON.stringify(gap)).toBe(400);
      expect(JSON.stringify(ask.body)).not.toContain(b);
    }
    expect(JSON.stringify(await app.t.app.services.store.meetings.getSeries(T1, N()))).not.toContain(id.slice(6));
  });
});

describe('GET /tab/api/me/tasks (Mine oppgaver)', () => {
  it('lists the caller’s open tasks with the network’s name, and nobody else’s', async () => {
    const res = await app.api(tabApi.myTasks, { token: tokens.per });
    expect(res.status).toBe(200);
    const m = myTasksResponse.parse(res.body);
    expect(m.tasks.map((x) => [x.id, x.networkName])).toEqual([['T3', net.teamName]]);
    expect(myTasksResponse.parse((await app.api(tabApi.myTasks, { token: tokens.eve })).body).tasks).toEqual([]);
  });
});
