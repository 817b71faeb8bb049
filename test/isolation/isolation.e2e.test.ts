// Issue #7: no command, card click, download link or search in one network reads or changes another's
// rows. One real server, two allowed tenants with two networks each, everything through HTTP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/dev/connector/emulator.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { TEAMS_CLIENT_IDS } from '../../src/tab/auth.ts';
import { cardsOf, executeActions, openUrls, type ExecuteAction } from '../support/cards.ts';
import { networkRows } from '../support/db-rows.ts';
import { feedLinkOf } from '../support/feed-link.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  composeExtensionQuery,
  networkFixture,
  person,
  personalCardAction,
  personalMessage,
  type NetworkFixture,
  type TestPerson,
} from '../support/teams.ts';

const T1 = '10000000-0000-4000-8000-000000000001';
const T2 = '20000000-0000-4000-8000-000000000002';
const T3 = '30000000-0000-4000-8000-000000000003'; // not on the allow-list
const TAB_APP_ID = '7c1e4b2a-3d5f-4a6b-8c9d-0e1f2a3b4c5d';

// Ola owns tasks in A (tenant 1) and in C (tenant 2) under the same ids: the harshest case for "mine oppgaver".
const ola = person('Ola Hansen', 2);
const per = person('Per Persen', 3); // writes in every network

const QUESTION = 'Dekker nettverket parkering ved samlingene?';
const DUES = ['15.12.2026', '10.12.2026'];
const DEADLINES = ['18.12.2026', '20.01.2027'];

interface Net {
  key: 'A' | 'B' | 'C' | 'D';
  n: number;
  fx: NetworkFixture;
  gem: string;
  leader: TestPerson;
  owner: TestPerson;
  /** How many meetings, tasks, deadlines and proposals: B and C get ids (T2, F2, P2, M2) that A has not. */
  count: 1 | 2;
  tasks: { action: ExecuteAction[]; text: string }[];
  deadlines: ExecuteAction[][];
  proposals: ExecuteAction[][];
  /** The buttons of each project card (U1, U2). */
  projects: ExecuteAction[][];
  agenda: ExecuteAction[];
  answer: ExecuteAction[];
  saveAnswer: ExecuteAction | null;
  escalationIds: string[];
  minutes: { docx: string; md: string }[];
  feed: string;
  exportLink: string;
  /** The buttons of a «slett nettverksdata» confirmation card (asked for, never clicked by the network itself). */
  erase: ExecuteAction[];
  /** The buttons of a task's «avlys» confirmation card (asked for, never clicked by the network itself). */
  cancel: ExecuteAction[];
  /** The buttons of «levert F2» asked first (N11, round 9: due in 58 days), never answered by the network itself. */
  deliver: ExecuteAction[];
  /** The buttons of «leder - @co-leader» asked (month round 9, N5), never answered by the network itself. */
  removeLeader: ExecuteAction[];
}

function net(
  key: Net['key'],
  n: number,
  tenantId: string,
  gem: string,
  leader: TestPerson,
  owner: TestPerson,
  count: 1 | 2,
  url: string,
): Net {
  return {
    key,
    n,
    fx: { ...networkFixture(url, n, tenantId), teamName: `Nettverk ${gem}` },
    gem,
    leader,
    owner,
    count,
    tasks: [],
    deadlines: [],
    proposals: [],
    projects: [],
    agenda: [],
    answer: [],
    saveAnswer: null,
    escalationIds: [],
    minutes: [],
    feed: '',
    exportLink: '',
    erase: [],
    cancel: [],
    deliver: [],
    removeLeader: [],
  };
}

/** A third person of each network, made co-leader in B and C. */
const coLeader = (x: Net) => person(`${x.gem} Medleder`, 20 + x.n);

const taskText = (x: Net, i: number) => (i === 1 ? `sende ${x.gem}-rapporten` : `bestille ${x.gem}-lokale`);

describe('isolation between networks and tenants, end to end', () => {
  let t: TestApp;
  let A: Net;
  let B: Net;
  let C: Net;
  let D: Net;
  let nets: Net[];
  let idp: OpenIdServer;

  const calls = () => t.connector.emulator.calls;

  /** Strings that belong to one network only: its gem word, its people, its ids, its escalations. */
  function markers(x: Net, opts: { people?: boolean; ids?: boolean } = {}): string[] {
    const tenant8 = x.fx.tenantId.slice(0, 8);
    const out = [x.gem, x.fx.teamName];
    if (opts.people !== false) {
      out.push(x.leader.name);
      if (x.owner !== ola) out.push(x.owner.name);
    }
    if (opts.ids !== false) out.push(`team-${x.n}-${tenant8}`, `channel-${x.n}-${tenant8}`, ...x.escalationIds);
    return out;
  }

  /** Everything that must never reach x: the other networks' markers, and the other tenant's id. */
  function foreign(x: Net): string[] {
    const others = nets.filter((y) => y !== x).flatMap((y) => markers(y));
    return [...others, x.fx.tenantId === T1 ? T2 : T1];
  }

  function leaks(text: string, forbidden: string[]): string[] {
    return forbidden.filter((m) => text.includes(m));
  }

  interface Turn {
    status: number;
    body: any;
    calls: RecordedCall[];
    /** The response and every connector call it caused, as one string. */
    text: string;
  }

  async function send(activity: object): Promise<Turn> {
    const before = calls().length;
    const res = await t.post(activity);
    const made = calls().slice(before);
    return { ...res, calls: made, text: JSON.stringify([res.body, ...made.map((c) => c.body)]) };
  }

  const say = (x: Net, who: TestPerson, text: string, opts: { thread?: string; mentions?: TestPerson[] } = {}) =>
    send(channelMessage(x.fx, who, text, opts));

  /** The cards the bot sent in a turn, with the connector call that carried each. */
  function sentCards(turn: Turn): { card: any; call: RecordedCall }[] {
    return turn.calls.flatMap((call) => cardsOf(call.body).map((card) => ({ card, call })));
  }

  function cardWithVerb(turn: Turn, verb: string): { card: any; call: RecordedCall } {
    const found = sentCards(turn).find(({ card }) => executeActions(card).some((a) => a.verb === verb));
    if (!found) throw new Error(`no card with ${verb} in ${turn.text.slice(0, 500)}`);
    return found;
  }

  /** Which network's channel, or which tenant's personal chat, a call to the connector went to. */
  function destination(c: RecordedCall): { net: Net } | { tenant: string } | null {
    const conv = c.conversationId ?? '';
    const tenant = c.body?.conversation?.tenantId ?? c.body?.tenantId ?? c.body?.channelData?.tenant?.id;
    const byChannel = nets.find(
      (x) =>
        (conv.startsWith(x.fx.channelId) || c.body?.channelData?.channel?.id === x.fx.channelId) &&
        (!tenant || tenant === x.fx.tenantId),
    );
    if (byChannel) return { net: byChannel };
    return tenant ? { tenant } : null;
  }

  /** Calls to a network that copies A's ids in the other tenant: checked where they are made, not by the sweep at the end. */
  const lookalikeCalls = new Set<number>();

  async function seed(x: Net): Promise<void> {
    expect((await send(botAddedToTeam(x.fx, x.leader))).status).toBe(200);
    for (let i = 1; i <= x.count; i++) {
      const thread = `${x.n}0000${i}`;
      const inThread = (who: TestPerson, text: string, mentions: TestPerson[] = []) =>
        say(x, who, text, { thread, mentions });
      let started = await inThread(x.leader, 'start møte');
      // A later meeting the same day is confirmed by a second «start møte» (month round 6, N18).
      if (!started.text.includes('er startet')) started = await inThread(x.leader, 'start møte');
      expect(started.text).toContain('er startet');
      await inThread(x.leader, `til stede ${x.gem}vik, ${x.gem}dal`);
      const task = await inThread(x.leader, `oppgave @${x.owner.name} ${taskText(x, i)} innen ${DUES[i - 1]}`, [
        x.owner,
      ]);
      x.tasks.push({ action: executeActions(cardWithVerb(task, 'task.done').card), text: taskText(x, i) });
      await inThread(x.leader, `vedtak: ${x.gem}-vedtak nummer ${i} om felles veiledningsteam`);
      await inThread(x.owner, `info: ${x.gem}-notat nummer ${i}`);
      const ended = await inThread(x.leader, 'avslutt møte');
      const urls = sentCards(ended).flatMap(({ card }) => openUrls(card));
      const docx = urls.find((u) => u.includes('.docx'));
      const md = urls.find((u) => u.includes('.md'));
      if (!docx || !md) throw new Error(`no minutes links for ${x.key}`);
      x.minutes.push({ docx, md });
    }
    for (let i = 1; i <= x.count; i++) {
      const title = i === 1 ? `${x.gem} søknad om midler` : `${x.gem} rapport om bruk`;
      const added = await say(x, x.leader, `frist ${DEADLINES[i - 1]} ${title}`);
      x.deadlines.push(executeActions(cardWithVerb(added, 'deadline.done').card));
    }
    for (let i = 1; i <= x.count; i++) {
      const proposed = await say(x, x.owner, `agenda + ${x.gem}-tema nummer ${i}`);
      const { card, call } = cardWithVerb(proposed, 'proposal.accept');
      x.proposals.push(executeActions(card));
      if (i === 1) {
        // The first is accepted by the leader (so the agenda shows it); the second stays open.
        const accept = executeActions(card).find((a) => a.verb === 'proposal.accept')!;
        const res = await send(cardAction(x.fx, x.leader, accept.verb, accept.data, { replyToId: call.responseId! }));
        expect(res.body.statusCode).toBe(200);
      }
    }
    for (let i = 1; i <= x.count; i++) {
      x.projects.push(
        executeActions(
          cardWithVerb(await say(x, x.leader, `nytt prosjekt ${x.gem}-prosjekt nummer ${i}`), 'project.check').card,
        ),
      );
    }
    x.agenda = executeActions(cardWithVerb(await say(x, per, 'agenda'), 'agenda.save').card);

    // A member asks what the documents do not answer; the leader saves the network's own answer.
    const asked = await say(x, x.owner, QUESTION);
    const escalate = executeActions(cardWithVerb(asked, 'guidelines.escalate').card).find(
      (a) => a.verb === 'guidelines.escalate',
    )!;
    expect(escalate.data.networkId).toBe(x.fx.teamId);
    const escalated = await send(cardAction(x.fx, x.owner, escalate.verb, escalate.data));
    expect(escalated.body.statusCode).toBe(200);
    const posted = cardWithVerb(escalated, 'guidelines.saveAnswer');
    expect(posted.call.conversationId).toContain(x.fx.channelId);
    x.saveAnswer = executeActions(posted.card).find((a) => a.verb === 'guidelines.saveAnswer')!;
    x.escalationIds.push(x.saveAnswer.data.escalationId);
    const saved = await send(
      cardAction(x.fx, x.leader, x.saveAnswer.verb, {
        ...x.saveAnswer.data,
        answer: `Ja, parkering dekkes etter regning for ${x.gem}-samlingene.`,
      }),
    );
    expect(JSON.stringify(saved.body)).toContain(`${x.gem}-samlingene`);
    const again = await say(x, per, 'Får vi dekket parkering på samlinger?');
    expect(again.text).toContain(`${x.gem}-samlingene`);
    x.answer = executeActions(cardWithVerb(again, 'guidelines.feedback').card);

    // The calendar link never comes in the channel (A10); the leader gets it in a personal chat.
    expect(JSON.stringify((await say(x, per, 'frister')).text)).not.toContain('/feeds/');
    x.feed = await feedLinkOf(t, x.fx, x.leader);

    // The export link goes to the leader's personal chat, which must exist for it to be handed out.
    t.connector.emulator.installPersonal(x.leader.id);
    const exported = await say(x, x.leader, 'eksporter data');
    const link = /\((https?:\/\/[^)]+nettverksdata\.json[^)]+)\)/.exec(exported.text)?.[1];
    if (!link) throw new Error(`no export link for ${x.key}`);
    x.exportLink = link;
    if (x.count === 2) {
      x.erase = executeActions(cardWithVerb(await say(x, x.leader, 'slett nettverksdata'), 'network.erase').card);
      x.cancel = executeActions(cardWithVerb(await say(x, x.leader, 'oppgave T2 avlys'), 'task.cancel').card);
      x.deliver = executeActions(cardWithVerb(await say(x, x.leader, 'levert F2'), 'deadline.done.confirm').card);
    }
  }

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Oslo; the next meeting is Friday 27 November.
    // The tab checks Entra tokens signed by a local OpenID server (issue #16).
    idp = await startOpenIdServer();
    t = await startTestApp({
      clock: new ManualClock('2026-11-23T08:00:00Z'),
      env: { ALLOWED_TENANT_IDS: `${T1},${T2}`, TAB_APP_ID, TAB_OPENID_METADATA_URL: idp.tenantMetadataUrl },
    });
    const url = t.connector.url;
    A = net('A', 1, T1, 'Akvamarin', person('Astrid Aasen', 11), ola, 1, url);
    B = net('B', 2, T1, 'Bergkrystall', person('Bjørn Brekke', 12), person('Bodil Bakke', 13), 2, url);
    C = net('C', 3, T2, 'Citrin', person('Cecilie Carlsen', 14), ola, 2, url);
    D = net('D', 4, T2, 'Diamant', person('Dagny Dahl', 15), person('Dina Dale', 16), 1, url);
    nets = [A, B, C, D];
    for (const x of nets) await seed(x);
    // Teams' roster of each team, which the tab asks: the leader, the owner, and Per who writes everywhere.
    for (const x of nets)
      t.connector.emulator.setMembers(
        x.fx.channelId,
        [x.leader, x.owner, per, coLeader(x)].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
      );
    // A co-leader in B and C, whose removal another leader is asked to confirm on a card (N5).
    for (const x of [B, C]) {
      const co = coLeader(x);
      expect((await say(x, x.leader, `leder + @${co.name}`, { mentions: [co] })).text).toContain(
        `${co.name} er nå leder`,
      );
      x.removeLeader = executeActions(
        cardWithVerb(await say(x, x.leader, `leder - @${co.name}`, { mentions: [co] }), 'leader.remove').card,
      );
    }
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('seeded every network through its own commands, with ids that A does not have in B and C', async () => {
    for (const x of nets) {
      const s = t.app.services.store;
      expect((await s.tasks.listOpen(x.fx.tenantId, x.fx.teamId)).map((k) => k.id)).toEqual(
        x.count === 2 ? ['T2', 'T1'] : ['T1'],
      );
      expect((await s.deadlines.listOpen(x.fx.tenantId, x.fx.teamId)).map((d) => d.id)).toEqual(
        x.count === 2 ? ['F1', 'F2'] : ['F1'],
      );
      expect((await s.meetings.ended(x.fx.tenantId, x.fx.teamId, 5)).length).toBe(x.count);
      expect(await s.guidelines.listLocalAnswers(x.fx.tenantId, x.fx.teamId)).toHaveLength(1);
      expect(x.tasks.map((k) => k.action.find((a) => a.verb === 'task.done')!.data)).toEqual(
        (x.count === 2 ? ['T1', 'T2'] : ['T1']).map((id) => ({ taskId: id, networkId: x.fx.teamId, shown: 'open' })),
      );
    }
  });

  describe('commands in network A', () => {
    const listing: [who: 'leader' | 'owner' | 'per', text: string, expectOwn: (a: Net) => string[]][] = [
      ['per', 'oppgaver', (a) => [taskText(a, 1)]],
      ['per', 'frister', (a) => [`${a.gem} søknad om midler`]],
      ['per', 'referat', (a) => [`${a.gem}-vedtak nummer 1`, `${a.gem}vik`]],
      ['per', 'referat 23.11', (a) => [`${a.gem}-notat nummer 1`]],
      ['per', 'agenda', (a) => [`${a.gem}-tema nummer 1`, taskText(a, 1), `${a.gem} søknad om midler`]],
      ['per', 'ledere', (a) => [a.leader.name]],
      ['per', 'møteplan', () => ['siste fredag']],
      ['owner', 'mine oppgaver', (a) => [taskText(a, 1)]],
      ['per', 'oppgave vis T1', (a) => [taskText(a, 1)]],
      ['per', 'oppgave vis T2', () => ['T2']],
      ['per', QUESTION, (a) => [`${a.gem}-samlingene`]],
      // The words of B's saved answer (the question itself is echoed, so it names no network).
      ['per', 'Dekkes parkering etter regning for samlingene?', (a) => [`${a.gem}-samlingene`]],
      ['leader', 'statsforvalter', () => []],
      ['leader', 'hjelp', () => []],
    ];

    it.each(listing)('%s: «%s» shows A its own data and nothing of B, C or D', async (who, text, expectOwn) => {
      const actor = who === 'leader' ? A.leader : who === 'owner' ? A.owner : per;
      const turn = await say(A, actor, text);
      expect(turn.status).toBe(200);
      expect(turn.calls.length).toBeGreaterThan(0);
      for (const c of turn.calls) expect(destination(c)).toEqual({ net: A });
      for (const own of expectOwn(A)) expect(turn.text).toContain(own);
      expect(leaks(turn.text, foreign(A))).toEqual([]);
    });

    it('«mine oppgaver» typed in A by a member of B lists none of B’s tasks in A’s channel', async () => {
      // Bodil owns both of B's tasks; A's members must not read them in A's channel.
      const turn = await say(A, B.owner, 'mine oppgaver');
      expect(turn.status).toBe(200);
      for (const c of turn.calls) expect(destination(c)).toEqual({ net: A });
      expect(leaks(turn.text, [B.gem, taskText(B, 1), taskText(B, 2), 'team-2-10000000'])).toEqual([]);
      expect(turn.text).toContain(`ingen åpne oppgaver i ${A.fx.teamName}`);
      // The same question in her personal chat still finds them.
      const personal = await send(personalMessage(t.connector.url, T1, B.owner, 'mine oppgaver'));
      expect(personal.text).toContain(taskText(B, 1));
      expect(personal.text).toContain(taskText(B, 2));
    });
  });

  describe('mine oppgaver in personal chats stays inside the tenant it is asked in', () => {
    it('the same user owning tasks in both tenants sees only the tenant of the chat', async () => {
      const inT1 = await send(personalMessage(t.connector.url, T1, ola, 'mine oppgaver'));
      expect(inT1.text).toContain(taskText(A, 1));
      expect(inT1.text).toContain(A.fx.teamName);
      expect(leaks(inT1.text, [...markers(C), ...markers(D), ...markers(B), T2])).toEqual([]);

      const inT2 = await send(personalMessage(t.connector.url, T2, ola, 'mine oppgaver'));
      expect(inT2.text).toContain(taskText(C, 1));
      expect(inT2.text).toContain(taskText(C, 2));
      expect(leaks(inT2.text, [...markers(A), ...markers(B), ...markers(D), T1])).toEqual([]);
    });

    it('a user of the other tenant sees nothing of tenant 1, and tenant 1 nothing of them', async () => {
      const dina = await send(personalMessage(t.connector.url, T2, D.owner, 'mine oppgaver'));
      expect(dina.text).toContain(taskText(D, 1));
      expect(leaks(dina.text, [...markers(A), ...markers(B), ...markers(C), T1])).toEqual([]);
      // Cecilie leads C in tenant 2; in a chat in tenant 1 she has nothing.
      const cecilie = await send(personalMessage(t.connector.url, T1, C.leader, 'mine oppgaver'));
      expect(cecilie.text).toContain('ingen åpne oppgaver');
      expect(leaks(cecilie.text, [C.gem, A.gem, B.gem, D.gem])).toEqual([]);
    });
  });

  describe('card clicks with another network’s ids', () => {
    type Replay = { label: string; activity: any; forbidden: string[] };

    /** The data a click would carry, with the inputs Teams merges in for forms. */
    function withInputs(a: ExecuteAction, attacker: Net): any {
      const extra: Record<string, Record<string, unknown>> = {
        'task.postpone': { newDue: '2026-12-30' },
        'deadline.save': { title: `${attacker.gem} kapret frist`, date: '30.12.2026', checklist: 'kapret' },
        'agenda.save': { agendaText: `${attacker.gem} kapret agenda | 10` },
        'guidelines.saveAnswer': { answer: `${attacker.gem} kapret svar som er langt nok` },
        'project.save': { goal: `${attacker.gem} kapret delmål` },
      };
      return { ...a.data, ...(extra[a.verb] ?? {}) };
    }

    /** Every button seen on a victim's cards. */
    function buttonsOf(v: Net): ExecuteAction[] {
      const topic: ExecuteAction = {
        title: 'topic',
        verb: 'guidelines.topic',
        data: { id: `lokal-${v.escalationIds[0]}`, topic: QUESTION, networkId: v.fx.teamId },
      };
      const show: ExecuteAction[] = v.tasks.map((k) => ({
        title: 'show',
        verb: 'task.show',
        data: k.action.find((a) => a.verb === 'task.done')!.data,
      }));
      const reopen: ExecuteAction[] = v.tasks.map((k) => ({
        title: 'reopen',
        verb: 'task.reopen',
        data: k.action.find((a) => a.verb === 'task.done')!.data,
      }));
      // «Tilbake til listen» on a task card opened from a list: the victim's list asked for from elsewhere.
      const backToList: ExecuteAction[] = [
        { title: 'list', verb: 'task.list', data: { networkId: v.fx.teamId, list: 'network' } },
      ];
      const edit: ExecuteAction[] = v.deadlines.map((d) => ({
        title: 'save',
        verb: 'deadline.save',
        data: d.find((a) => a.verb === 'deadline.edit')!.data,
      }));
      // «Flytt til …» on a deadline that falls on a holiday, aimed at the victim's deadline.
      const move: ExecuteAction[] = v.deadlines.map((d) => ({
        title: 'move',
        verb: 'deadline.move',
        data: { ...d.find((a) => a.verb === 'deadline.edit')!.data, date: '2026-12-30' },
      }));
      // «Angre levert» on a delivered deadline card, and the known grant deadlines' «Legg inn alle» (month s15 #3, #7).
      const deadlineUndo: ExecuteAction[] = [
        ...v.deadlines.map((d) => ({
          title: 'undo',
          verb: 'deadline.reopen',
          data: d.find((a) => a.verb === 'deadline.edit')!.data,
        })),
        { title: 'known', verb: 'deadline.known', data: { networkId: v.fx.teamId, key: 'all' } },
      ];
      // Buttons on meeting cards (approval at item 2, a task draft, the correction card), with the victim's ids.
      const meeting: ExecuteAction[] = [
        { title: 'approve', verb: 'minutes.approve', data: { networkId: v.fx.teamId, meetingId: 'M1' } },
        {
          title: 'resend',
          verb: 'task.resend',
          data: { networkId: v.fx.teamId, line: `oppgave @${v.owner.name} ${v.gem} kapret oppgave`, mentions: '[]' },
        },
        // «Lagre som vedtak:» on the «Mente du …?» card of a keyword typo (month round 8, N6).
        {
          title: 'line',
          verb: 'meeting.line',
          data: { networkId: v.fx.teamId, line: `vedtak: ${v.gem} kapret vedtak` },
        },
        // «Lagre som «oppgave»» on the «Mente du «oppgave»?» card of «opgave @…» (s12 #6).
        {
          title: 'taskline',
          verb: 'meeting.taskline',
          data: {
            networkId: v.fx.teamId,
            line: `oppgave @${v.owner.name} ${v.gem} kapret oppgave`,
            mentions: '[]',
            nonce: 'AAAAAAAAAAAAAAAAAAAAAAAA',
            expires: '2099-01-01T00:00:00.000Z',
            by: v.owner.id,
            byName: v.owner.name,
          },
        },
        {
          title: 'correct',
          verb: 'minutes.correct',
          data: { networkId: v.fx.teamId, meetingId: 'M1', entryId: 'e1', text_e1: `${v.gem} kapret referat` },
        },
        { title: 'remove', verb: 'minutes.remove', data: { networkId: v.fx.teamId, meetingId: 'M1', entryId: 'e1' } },
        // The archive's "Vis referatet", the holiday question and "Erstatter møtet".
        { title: 'show', verb: 'minutes.show', data: { networkId: v.fx.teamId, meetingId: 'M1' } },
        {
          title: 'holiday',
          verb: 'meeting.holiday',
          data: { networkId: v.fx.teamId, date: '2026-12-25', choice: '2026-12-23' },
        },
        // «… er skjærtorsdag – vil du likevel?» before a move or an extra meeting onto a day off (month s16 #6).
        {
          title: 'holiday ok',
          verb: 'meeting.holidayok',
          data: { networkId: v.fx.teamId, date: '2026-12-25', choice: 'ekstra møte 25.12.2026' },
        },
        {
          title: 'replaces',
          verb: 'meeting.replaces',
          data: { networkId: v.fx.teamId, meetingId: 'M1', date: '2026-11-27' },
        },
        // A second «start møte» the same day (N18): «Gjenåpne møtet fra …» and «Nytt møte».
        {
          title: 'reopen',
          verb: 'meeting.sameday',
          data: { networkId: v.fx.teamId, meetingId: 'M1', date: '2026-11-27', choice: 'reopen' },
        },
        {
          title: 'new',
          verb: 'meeting.sameday',
          data: { networkId: v.fx.teamId, meetingId: 'M1', date: '2026-11-27', choice: 'new' },
        },
      ];
      return [
        ...meeting,
        ...v.tasks.flatMap((k) => k.action),
        ...show,
        ...reopen,
        ...backToList,
        ...v.deadlines.flat(),
        ...edit,
        ...move,
        ...deadlineUndo,
        ...v.proposals.flat(),
        ...v.projects.flat(),
        // The forms' Lagre, with what the form would carry.
        ...v.projects.map((p) => ({
          title: 'save',
          verb: 'project.save',
          data: { ...p.find((a) => a.verb === 'project.form')!.data, form: 'subgoal', goal: `${v.gem} delmål` },
        })),
        // «Slett» on a row of the plan's lists (a sub-goal, already confirmed).
        ...v.projects.map((p) => ({
          title: 'delete',
          verb: 'project.delete',
          data: { ...p.find((a) => a.verb === 'project.check')!.data, list: 'subgoals', row: 'd1', confirmed: true },
        })),
        // «Tilbake» on the forms and «Vis» in the list.
        ...v.projects.map((p) => ({
          title: 'show',
          verb: 'project.show',
          data: p.find((a) => a.verb === 'project.check')!.data,
        })),
        // A leader's «Gjør til frist» on a member's dated milestone (month round 7, N18).
        ...v.projects.map((p) => ({
          title: 'confirm milestone',
          verb: 'project.confirmMilestone',
          data: { ...p.find((a) => a.verb === 'project.check')!.data, milestone: 'm1' },
        })),
        ...v.agenda,
        ...v.answer,
        v.saveAnswer!,
        topic,
        ...v.erase,
        ...v.cancel,
        ...v.deliver,
        ...v.removeLeader,
        // A11: «Legg inn hos oss» / «Avslå» on an offer of a shared deadline made to the victim network.
        ...(['accept', 'decline'] as const).map((what) => ({
          title: what,
          verb: `deadline.offer.${what}`,
          data: { networkId: v.fx.teamId, offerId: 'T0000beef' },
        })),
      ];
    }

    /** Ids that exist in the victim but not in A, re-addressed to A: they must find nothing. */
    function readdressed(a: ExecuteAction): boolean {
      const d = a.data ?? {};
      if (a.verb.startsWith('task.')) return d.taskId === 'T2';
      if (a.verb.startsWith('deadline.')) return d.deadlineId === 'F2';
      if (a.verb.startsWith('proposal.')) return d.proposalId === 'P2';
      if (a.verb.startsWith('project.')) return d.projectId === 'U2';
      return a.verb === 'guidelines.saveAnswer' || a.verb === 'guidelines.topic';
    }

    function replays(): Replay[] {
      const out: Replay[] = [];
      for (const v of [B, C]) {
        const victim = markers(v, { people: false });
        for (const b of buttonsOf(v)) {
          const data = withInputs(b, A);
          // In A's channel, by A's leader and by the victim's own leader (who may click it in their own channel).
          for (const actor of [A.leader, v.leader]) {
            out.push({
              label: `${v.key} ${b.verb} in A's channel by ${actor.name}`,
              activity: cardAction(A.fx, actor, b.verb, data),
              forbidden: victim,
            });
            if (readdressed(b)) {
              out.push({
                label: `${v.key} ${b.verb} re-addressed to A by ${actor.name}`,
                activity: cardAction(A.fx, actor, b.verb, { ...data, networkId: A.fx.teamId }),
                forbidden: victim,
              });
            }
          }
          // In a personal chat of the attacking tenant, and across tenants by the victim network's own leader.
          out.push({
            label: `${v.key} ${b.verb} in A's leader's personal chat`,
            activity: personalCardAction(t.connector.url, T1, A.leader, b.verb, data),
            forbidden: victim,
          });
          const otherTenant = v.fx.tenantId === T1 ? T2 : T1;
          out.push({
            label: `${v.key} ${b.verb} by ${v.leader.name} in a personal chat of the other tenant`,
            activity: personalCardAction(t.connector.url, otherTenant, v.leader, b.verb, data),
            forbidden: [v.gem, `team-${v.n}`],
          });
          if (v.owner === ola) {
            out.push({
              label: `${v.key} ${b.verb} by the owner in tenant 1`,
              activity: personalCardAction(t.connector.url, T1, ola, b.verb, data),
              forbidden: victim,
            });
          }
        }
      }
      return out;
    }

    it('every button of B (same tenant) and C (other tenant), replayed from A, is refused and changes no row anywhere', async () => {
      const db = join(t.dir, 'test.db');
      const everyone = nets.map((x) => ({ tenantId: x.fx.tenantId, networkId: x.fx.teamId }));
      const before = networkRows(db, everyone);
      const firstCall = calls().length;
      const all = replays();
      // Every button the bot registers is replayed, so a new one cannot slip past. Left out: help.show carries no
      // data, and costkey.compute reckons only from the figures typed into its own card, reading and storing nothing.
      const pure = new Set(['help.show', 'costkey.compute']);
      const registered = t.app.dispatcher.features
        .flatMap((f) => (f.actions ?? []).map((a) => a.verb))
        .filter((v) => !pure.has(v));
      const replayed = new Set(all.map((r) => r.activity.value.action.verb as string));
      expect(registered.filter((v) => !replayed.has(v))).toEqual([]);
      const problems: string[] = [];
      for (const r of all) {
        const res = await send(r.activity);
        // 200 with a refusal: the data passed the schema, so it was the network check that said no.
        if (res.status !== 200 || res.body?.statusCode !== 200)
          problems.push(`${r.label}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        const found = leaks(JSON.stringify(res.body), r.forbidden);
        if (found.length) problems.push(`${r.label}: answer shows ${found.join(', ')}`);
      }
      expect(problems).toEqual([]);
      // Nothing was posted or updated in B's, C's or D's channels, nor anywhere else but A.
      const elsewhere = calls()
        .slice(firstCall)
        .filter((c) => ['send', 'reply', 'create', 'update'].includes(c.kind))
        .filter((c) => {
          const d = destination(c);
          return !d || ('net' in d && d.net !== A);
        });
      expect(elsewhere.map((c) => `${c.kind} ${c.conversationId}`)).toEqual([]);
      // Not one row of any network changed: tasks, their history, deadlines, nudges, proposals, series, answers.
      expect(networkRows(db, everyone)).toEqual(before);
    });

    it('the same buttons still work where they belong (so the refusals above were not bad payloads)', async () => {
      const show = B.tasks[1]!.action.find((a) => a.verb === 'task.done')!.data;
      const own = await send(cardAction(B.fx, B.leader, 'task.show', show));
      expect(own.body.statusCode).toBe(200);
      expect(JSON.stringify(own.body.value)).toContain(taskText(B, 2));
      // The application deadline carries Bufdir's checklist; a network's own «rapport» on another day than
      // 1 March has none (month round 8b, N24).
      const checklist = C.deadlines[0]!.find((a) => a.verb === 'deadline.checklist')!;
      const mine = await send(cardAction(C.fx, per, checklist.verb, checklist.data));
      expect(JSON.stringify(mine.body.value)).toContain(`${C.gem} søknad om midler`);
      // B's and C's lists through their own commands are as they were seeded.
      for (const v of [B, C]) {
        const listed = await say(v, per, 'oppgaver');
        expect(listed.text).toContain(taskText(v, 1));
        expect(listed.text).toContain(taskText(v, 2));
        expect(listed.text).not.toContain('kapret');
        expect(leaks(listed.text, foreign(v))).toEqual([]);
        const deadlines = await say(v, per, 'frister');
        expect(deadlines.text).toContain(`${v.gem} søknad om midler`);
        expect(deadlines.text).not.toContain('kapret');
      }
    });
  });

  describe('signed download and feed links', () => {
    const get = async (url: string) => {
      const res = await fetch(url);
      return { status: res.status, text: Buffer.from(await res.arrayBuffer()).toString('utf8') };
    };
    const allGems = () => nets.map((x) => x.gem);
    const with_ = (url: string, change: (u: URL) => void) => {
      const u = new URL(url);
      change(u);
      return u.toString();
    };

    it('each network’s own minutes and feed hold its data only', async () => {
      for (const x of nets) {
        const md = await get(x.minutes[0]!.md);
        expect(md.status).toBe(200);
        expect(md.text).toContain(`${x.gem}-vedtak nummer 1`);
        expect(leaks(md.text, foreign(x))).toEqual([]);
        const ics = await get(x.feed);
        expect(ics.status).toBe(200);
        expect(ics.text).toContain(`${x.gem} søknad om midler`);
        expect(leaks(ics.text, foreign(x))).toEqual([]);
        // The export is every row the network owns: not one of them may name another network.
        const exported = await get(x.exportLink);
        expect(exported.status).toBe(200);
        expect(exported.text).toContain(`${x.gem}-vedtak nummer 1`);
        expect(exported.text).toContain(`${x.gem}-samlingene`);
        // A person who wrote to the bot in a network's channel is in that team, so the network keeps
        // who was seen there (round 5, N2): Bodil of B wrote «mine oppgaver» in A's channel above.
        const seenHere = x === A ? [B.owner.name] : [];
        expect(
          leaks(
            exported.text,
            foreign(x).filter((m) => !seenHere.includes(m)),
          ),
        ).toEqual([]);
      }
      const docx = await fetch(A.minutes[0]!.docx);
      expect(docx.status).toBe(200);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
      expect(value).toContain(`${A.gem}-vedtak nummer 1`);
      expect(leaks(value, foreign(A))).toEqual([]);
    });

    it('B’s minutes links cannot be altered to give A’s, C’s or B’s other minutes', async () => {
      const [m1, m2] = B.minutes as [{ docx: string; md: string }, { docx: string; md: string }];
      const feedQuery = new URL(B.feed).searchParams;
      const tampered: [string, string][] = [
        ['network set to A', with_(m1.md, (u) => u.searchParams.set('n', A.fx.teamId))],
        [
          'network set to C, tenant to C’s',
          with_(m1.md, (u) => (u.searchParams.set('n', C.fx.teamId), u.searchParams.set('t', T2))),
        ],
        ['tenant set to tenant 2', with_(m1.docx, (u) => u.searchParams.set('t', T2))],
        ['a second network appended', with_(m1.md, (u) => u.searchParams.append('n', A.fx.teamId))],
        ['M1’s signature on M2', with_(m1.md, (u) => (u.pathname = u.pathname.replace('M1', 'M2')))],
        ['M2’s signature on M1', with_(m2.docx, (u) => (u.pathname = u.pathname.replace('M2', 'M1')))],
        ['the .md signature on .docx', with_(m1.md, (u) => (u.pathname = u.pathname.replace('.md', '.docx')))],
        ['lower-case id', with_(m1.md, (u) => (u.pathname = u.pathname.replace('M1', 'm1')))],
        ['the expiry removed', with_(m1.md, (u) => u.searchParams.delete('exp'))],
        ['the feed’s signature on the minutes', with_(m1.md, (u) => (u.search = feedQuery.toString()))],
        ['the export’s signature on the minutes', with_(m1.md, (u) => (u.search = new URL(B.exportLink).search))],
        ['no signature', with_(m1.md, (u) => u.searchParams.delete('sig'))],
      ];
      for (const [label, url] of tampered) {
        const res = await get(url);
        expect([403, 404], label).toContain(res.status);
        expect(leaks(res.text, allGems()), label).toEqual([]);
      }
      // The untouched links work, so the refusals above are about the tampering.
      expect((await get(m2.md)).text).toContain(`${B.gem}-vedtak nummer 2`);
    });

    it('B’s calendar feed cannot be altered to give A’s or C’s deadlines', async () => {
      const minutesQuery = new URL(B.minutes[0]!.md).searchParams;
      const tampered: [string, string][] = [
        ['network set to A', with_(B.feed, (u) => u.searchParams.set('n', A.fx.teamId))],
        [
          'network and tenant set to C’s',
          with_(B.feed, (u) => (u.searchParams.set('n', C.fx.teamId), u.searchParams.set('t', T2))),
        ],
        ['tenant set to tenant 2', with_(B.feed, (u) => u.searchParams.set('t', T2))],
        ['a second network appended', with_(B.feed, (u) => u.searchParams.append('n', A.fx.teamId))],
        ['the minutes’ signature on the feed', with_(B.feed, (u) => (u.search = minutesQuery.toString()))],
        ['the export’s signature on the feed', with_(B.feed, (u) => (u.search = new URL(B.exportLink).search))],
        ['no signature', with_(B.feed, (u) => u.searchParams.delete('sig'))],
      ];
      for (const [label, url] of tampered) {
        const res = await get(url);
        expect([403, 404], label).toContain(res.status);
        expect(leaks(res.text, allGems()), label).toEqual([]);
      }
    });
  });

  describe('the data export link', () => {
    it('B’s export link cannot be altered to give A’s or C’s rows', async () => {
      const get = async (url: string) => {
        const res = await fetch(url);
        return { status: res.status, text: await res.text() };
      };
      const with_ = (url: string, change: (u: URL) => void) => {
        const u = new URL(url);
        change(u);
        return u.toString();
      };
      const tampered: [string, string][] = [
        ['network set to A', with_(B.exportLink, (u) => u.searchParams.set('n', A.fx.teamId))],
        [
          'network and tenant set to C’s',
          with_(B.exportLink, (u) => (u.searchParams.set('n', C.fx.teamId), u.searchParams.set('t', T2))),
        ],
        ['tenant set to tenant 2', with_(B.exportLink, (u) => u.searchParams.set('t', T2))],
        ['a second network appended', with_(B.exportLink, (u) => u.searchParams.append('n', A.fx.teamId))],
        [
          'the expiry pushed',
          with_(B.exportLink, (u) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 86_400))),
        ],
        [
          'the feed’s signature (no expiry) on the export',
          with_(B.exportLink, (u) => (u.search = new URL(B.feed).search)),
        ],
        [
          'the minutes’ signature on the export',
          with_(B.exportLink, (u) => (u.search = new URL(B.minutes[0]!.md).search)),
        ],
        ['C’s feed signature on the export', with_(B.exportLink, (u) => (u.search = new URL(C.feed).search))],
        ['no signature', with_(B.exportLink, (u) => u.searchParams.delete('sig'))],
      ];
      for (const [label, url] of tampered) {
        const res = await get(url);
        expect([403, 404], label).toContain(res.status);
        expect(
          leaks(
            res.text,
            nets.map((x) => x.gem),
          ),
          label,
        ).toEqual([]);
      }
      expect((await get(B.exportLink)).text).toContain(`${B.gem}-vedtak nummer 2`);
    });
  });

  describe('guidelines search', () => {
    const personalQuery = (tenantId: string, who: TestPerson, q: string) => ({
      ...personalMessage(t.connector.url, tenantId, who, ''),
      type: 'invoke',
      name: 'composeExtension/query',
      text: undefined,
      value: {
        commandId: 'sokRetningslinjer',
        parameters: [{ name: 'sporsmal', value: q }],
        queryOptions: { skip: 0, count: 10 },
      },
    });

    it('the message extension in A returns A’s saved answer and never B’s, C’s or D’s', async () => {
      for (const q of ['parkering', QUESTION, `${B.gem}-samlingene`, 'Ja, parkering dekkes etter regning']) {
        const res = await send(composeExtensionQuery(A.fx, per, q));
        expect(res.status).toBe(200);
        expect(res.body.composeExtension.type).toBe('result');
        const text = JSON.stringify(res.body);
        if (q !== `${B.gem}-samlingene`) expect(text).toContain(`${A.gem}-samlingene`);
        expect(leaks(text, foreign(A)), q).toEqual([]);
      }
    });

    it('in personal chats it finds the answers of the asker’s networks in that tenant only', async () => {
      const astrid = await send(personalQuery(T1, A.leader, 'parkering'));
      expect(JSON.stringify(astrid.body)).toContain(`${A.gem}-samlingene`);
      expect(leaks(JSON.stringify(astrid.body), [B.gem, C.gem, D.gem])).toEqual([]);
      // Cecilie leads C in tenant 2: asked from tenant 1, C's answer is not hers to find there.
      const cecilie = await send(personalQuery(T1, C.leader, 'parkering'));
      expect(cecilie.status).toBe(200);
      expect(leaks(JSON.stringify(cecilie.body), [A.gem, B.gem, C.gem, D.gem])).toEqual([]);
      const asked = await send(personalMessage(t.connector.url, T1, C.leader, QUESTION));
      expect(leaks(asked.text, [A.gem, B.gem, C.gem, D.gem])).toEqual([]);
    });
  });

  describe('the tab’s API (issue #16)', () => {
    const tok = (who: TestPerson, tenantId: string) =>
      idp.signToken(
        {
          aud: TAB_APP_ID,
          tid: tenantId,
          oid: who.aadObjectId,
          name: who.name,
          scp: 'access_as_user',
          azp: TEAMS_CLIENT_IDS[0],
        },
        { issuer: `https://login.microsoftonline.com/${tenantId}/v2.0` },
      );
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const api = async (path: string, token: string, method = 'GET', body?: unknown) => {
      // A plan upload is the raw .docx; every other body is JSON.
      const raw = body instanceof Uint8Array;
      const res = await fetch(`${t.app.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': raw ? DOCX : 'application/json' }),
        },
        body: body === undefined ? undefined : raw ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, text, body: text ? JSON.parse(text) : null };
    };
    /** Every route of the tab for one network id, reads first; writes carry bodies that would pass. */
    const routes = (n: string): [keyof typeof tabApi, string, string, unknown?][] => [
      ['context', 'GET', `${tabApi.context}?tenantId=${'{tenant}'}&teamId=${encodeURIComponent(n)}`],
      ['overview', 'GET', tabApi.overview(n)],
      ['minutes', 'GET', `${tabApi.minutes(n)}?q=vedtak`],
      ['minutesDoc', 'GET', tabApi.minutesDoc(n, 'M1')],
      ['tasks', 'GET', tabApi.tasks(n)],
      ['deadlines', 'GET', tabApi.deadlines(n)],
      ['settings', 'GET', tabApi.settings(n)],
      ['ask', 'POST', tabApi.ask(n), { question: QUESTION }],
      ['task', 'POST', tabApi.task(n, 'T1'), { action: 'done' }],
      ['delivered', 'POST', tabApi.delivered(n, 'F1'), {}],
      ['settingsSection', 'PUT', tabApi.settingsSection(n, 'municipalities'), { names: ['Kapretvik'] }],
      ['projects', 'GET', tabApi.projects(n)],
      ['projectImport', 'POST', tabApi.projectImport(n), PLAN],
    ];
    const PLAN = readFileSync(new URL('../fixtures/plan-clean.docx', import.meta.url));
    /** The clean plan with the network's gem word in its name, so a plan that shows up elsewhere is seen. */
    const planOf = async (x: Net) => {
      const zip = await JSZip.loadAsync(PLAN);
      const xml = await zip.file('word/document.xml')!.async('string');
      zip.file('word/document.xml', xml.replace('Fosterhjem i nærmiljøet', `${x.gem} fosterhjem i nærmiljøet`));
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    };

    it('every route shows each network its own data and nothing of the others', async () => {
      // A new route in tabApi cannot slip past: each is called here (the personal tab below).
      expect(
        Object.keys(tabApi).filter(
          (k) =>
            !['myTasks', 'playgroundToken', 'minutesDoc', 'settingsSection'].includes(k) &&
            !routes('x').some(([key]) => key === k),
        ),
      ).toEqual([]);
      for (const x of nets) {
        const token = await tok(x.leader, x.fx.tenantId);
        const listed = await api(tabApi.projects(x.fx.teamId), token);
        expect(listed.body.projects.map((p: { name: string }) => p.name)).toEqual(
          x.projects.map((_, i) => `${x.gem}-prosjekt nummer ${i + 1}`),
        );
        for (const [key, method, path] of routes(x.fx.teamId).filter(([, m]) => m === 'GET')) {
          const res = await api(path.replace('{tenant}', x.fx.tenantId), token, method);
          expect(res.status, `${x.key} ${key}`).toBe(200);
          expect(leaks(res.text, foreign(x)), `${x.key} ${key}`).toEqual([]);
        }
        const overview = await api(tabApi.overview(x.fx.teamId), token);
        expect(overview.text).toContain(taskText(x, 1));
        expect(overview.text).toContain(`${x.gem} søknad om midler`);
        const found = await api(`${tabApi.minutes(x.fx.teamId)}?q=${encodeURIComponent(`${x.gem}-vedtak`)}`, token);
        expect(found.body.hits.length).toBe(x.count);
        // Another network's words find nothing here.
        for (const y of nets.filter((y) => y !== x))
          expect((await api(`${tabApi.minutes(x.fx.teamId)}?q=${encodeURIComponent(y.gem)}`, token)).body.hits).toEqual(
            [],
          );
        const asked = await api(tabApi.ask(x.fx.teamId), token, 'POST', { question: QUESTION });
        expect(asked.text).toContain(`${x.gem}-samlingene`);
        expect(leaks(asked.text, foreign(x))).toEqual([]);
      }
    });

    it('every route with another network’s id — same tenant, other tenant, or its ids in one’s own network — is refused and changes nothing', async () => {
      const db = join(t.dir, 'test.db');
      const everyone = nets.map((x) => ({ tenantId: x.fx.tenantId, networkId: x.fx.teamId }));
      const before = networkRows(db, everyone);
      const firstCall = calls().length;
      const problems: string[] = [];
      for (const x of nets) {
        // The leader of x, and x's task owner when they are in no other network of that tenant.
        const attackers = [x.leader, ...(x.owner === ola ? [] : [x.owner])];
        for (const who of attackers) {
          const token = await tok(who, x.fx.tenantId);
          for (const v of nets.filter((v) => v !== x)) {
            for (const [key, method, path, body] of routes(v.fx.teamId)) {
              const res = await api(path.replace('{tenant}', x.fx.tenantId), token, method, body);
              // The context answers another network's id like any team without the bot: one of the
              // other tenant is no network in the caller's, and one in the same tenant is not told to
              // someone not shown to be in it (attack round 6, A7).
              const notHere = key === 'context';
              if (notHere ? res.status !== 200 || res.body.network !== null : res.status !== 403)
                problems.push(`${who.name} (${x.key}) ${key} on ${v.key}: ${res.status}`);
              const found = leaks(res.text, markers(v));
              if (found.length) problems.push(`${who.name} (${x.key}) ${key} on ${v.key} shows ${found.join(', ')}`);
            }
          }
        }
      }
      // Ids that exist only in B (T2, F2, M2), asked for inside A: not found, B untouched.
      const a = await tok(A.leader, T1);
      for (const [path, method, body] of [
        [tabApi.task(A.fx.teamId, 'T2'), 'POST', { action: 'done' }],
        [tabApi.delivered(A.fx.teamId, 'F2'), 'POST', {}],
        [tabApi.minutesDoc(A.fx.teamId, 'M2'), 'GET', undefined],
      ] as const) {
        const res = await api(path, a, method, body);
        if (res.status !== 404) problems.push(`${path}: ${res.status}`);
        if (leaks(res.text, markers(B)).length) problems.push(`${path} shows B`);
      }
      // A tenant off the allow-list, and tenant 2's token naming tenant 1 in the context query.
      for (const [key, method, path, body] of routes(A.fx.teamId)) {
        const res = await api(path.replace('{tenant}', T3), await tok(A.leader, T3), method, body);
        if (res.status !== 403 || leaks(res.text, markers(A)).length) problems.push(`T3 ${key}: ${res.status}`);
      }
      const crossContext = await api(
        `${tabApi.context}?tenantId=${T1}&teamId=${encodeURIComponent(A.fx.teamId)}`,
        await tok(C.leader, T2),
      );
      if (crossContext.status !== 403) problems.push(`context across tenants: ${crossContext.status}`);
      expect(problems).toEqual([]);
      expect(
        calls()
          .slice(firstCall)
          .filter((c) => ['send', 'reply', 'create', 'update'].includes(c.kind)),
      ).toEqual([]);
      expect(networkRows(db, everyone)).toEqual(before);
    });

    it('a plan uploaded in the tab lands in its own network only, with its milestone deadlines', async () => {
      const db = join(t.dir, 'test.db');
      for (const x of nets) {
        const others = nets.filter((y) => y !== x).map((y) => ({ tenantId: y.fx.tenantId, networkId: y.fx.teamId }));
        const before = networkRows(db, others);
        const token = await tok(x.leader, x.fx.tenantId);
        const imported = await api(tabApi.projectImport(x.fx.teamId), token, 'POST', await planOf(x));
        expect(imported.status, `${x.key} import`).toBe(200);
        expect(imported.body.project).toMatchObject({
          id: `U${x.projects.length + 1}`,
          name: `${x.gem} fosterhjem i nærmiljøet`,
        });
        expect(
          imported.body.project.milestones.filter((m: { deadline: unknown }) => m.deadline).length,
        ).toBeGreaterThan(0);
        expect(leaks(imported.text, foreign(x))).toEqual([]);
        expect(networkRows(db, others)).toEqual(before);
      }
      for (const x of nets) {
        const listed = await api(tabApi.projects(x.fx.teamId), await tok(x.leader, x.fx.tenantId));
        expect(listed.body.projects.map((p: { name: string }) => p.name).at(-1)).toBe(
          `${x.gem} fosterhjem i nærmiljøet`,
        );
        expect(leaks(listed.text, foreign(x))).toEqual([]);
      }
    });

    it('Mine oppgaver lists the caller’s tasks in the tenant of the token only', async () => {
      const inT1 = await api(tabApi.myTasks, await tok(ola, T1));
      expect(inT1.body.tasks.map((x: { text: string }) => x.text)).toEqual([taskText(A, 1)]);
      expect(leaks(inT1.text, [...markers(B), ...markers(C), ...markers(D), T2])).toEqual([]);
      const inT2 = await api(tabApi.myTasks, await tok(ola, T2));
      expect(inT2.body.tasks.map((x: { text: string }) => x.text).sort()).toEqual(
        [taskText(C, 1), taskText(C, 2)].sort(),
      );
      expect(leaks(inT2.text, [...markers(A), ...markers(B), ...markers(D), T1])).toEqual([]);
      expect((await api(tabApi.myTasks, await tok(ola, T3))).status).toBe(403);
    });
  });

  describe('tenants that are not allowed', () => {
    it('a tenant off the allow-list gets nothing processed: install, commands, clicks, search, personal chat', async () => {
      const E: NetworkFixture = { ...networkFixture(t.connector.url, 9, T3), teamName: 'Nettverk Utenfor' };
      const spoofA: NetworkFixture = { ...A.fx, tenantId: T3 };
      const stranger = person('Stian Utenfor', 99);
      const db = join(t.dir, 'test.db');
      const everyone = nets.map((x) => ({ tenantId: x.fx.tenantId, networkId: x.fx.teamId }));
      const before = networkRows(db, everyone);
      const firstCall = calls().length;

      for (const activity of [
        botAddedToTeam(E, stranger),
        channelMessage(E, stranger, 'oppgaver'),
        channelMessage(E, stranger, 'frist 18.12.2026 Utenfor søknad'),
        channelMessage(spoofA, A.leader, 'oppgaver'),
        channelMessage(spoofA, A.leader, 'referat'),
        personalMessage(t.connector.url, T3, ola, 'mine oppgaver'),
        personalMessage(t.connector.url, T3, ola, QUESTION),
      ]) {
        const res = await t.post(activity);
        expect(res.status).toBeLessThan(500);
        expect(
          leaks(
            JSON.stringify(res.body ?? ''),
            nets.map((x) => x.gem),
          ),
        ).toEqual([]);
      }
      const taskOfA = A.tasks[0]!.action.find((a) => a.verb === 'task.done')!;
      for (const activity of [
        cardAction(spoofA, A.leader, taskOfA.verb, taskOfA.data),
        cardAction(E, stranger, 'deadline.done', { deadlineId: 'F1', networkId: B.fx.teamId }),
        personalCardAction(t.connector.url, T3, ola, taskOfA.verb, taskOfA.data),
        composeExtensionQuery(E, stranger, 'parkering'),
        composeExtensionQuery(spoofA, stranger, 'parkering'),
      ]) {
        const res = await t.post(activity);
        expect(res.status).toBe(403);
        expect(
          leaks(
            JSON.stringify(res.body ?? ''),
            nets.map((x) => x.gem),
          ),
        ).toEqual([]);
      }
      // An activity that names no tenant at all is refused the same way.
      const { tenantId: _t, ...noTenantConversation } = channelMessage(A.fx, A.leader, 'oppgaver').conversation;
      await t.post({
        ...channelMessage(A.fx, A.leader, 'oppgaver'),
        conversation: noTenantConversation,
        channelData: { team: { id: A.fx.teamId }, channel: { id: A.fx.channelId } },
      });

      expect(calls().slice(firstCall)).toEqual([]);
      const s = t.app.services.store;
      expect(await s.networks.listActive(T3)).toEqual([]);
      expect(await s.networks.get(T3, A.fx.teamId)).toBeNull();
      expect(await s.networks.get('', A.fx.teamId)).toBeNull();
      expect(await s.people.findPersonalConversation(T3, ola)).toBeNull();
      expect(networkRows(db, everyone)).toEqual(before);
    });

    it('A’s team id arriving from the other allowed tenant is another network and sees nothing of A', async () => {
      const lookalike: NetworkFixture = { ...A.fx, tenantId: T2, teamName: 'Nettverk Etterligning' };
      const db = join(t.dir, 'test.db');
      const rowsOfA = networkRows(db, [{ tenantId: T1, networkId: A.fx.teamId }]);
      for (const text of ['oppgaver', 'frister', 'referat', 'agenda', 'ledere', 'oppgave vis T1', QUESTION]) {
        const turn = await say({ ...A, fx: lookalike }, per, text);
        for (const c of turn.calls) lookalikeCalls.add(c.seq);
        expect(leaks(turn.text, [A.gem, A.leader.name, T1, B.gem, C.gem, D.gem]), text).toEqual([]);
      }
      const taskOfA = A.tasks[0]!.action.find((a) => a.verb === 'task.done')!;
      const click = await send(cardAction(lookalike, A.leader, taskOfA.verb, taskOfA.data));
      for (const c of click.calls) lookalikeCalls.add(c.seq);
      expect(click.body.statusCode).toBe(200);
      expect(leaks(JSON.stringify(click.body), [A.gem])).toEqual([]);
      expect(networkRows(db, [{ tenantId: T1, networkId: A.fx.teamId }])).toEqual(rowsOfA);
    });
  });

  describe('features that reach across networks on purpose stop at the tenant', () => {
    it('a Statsforvalter-wide deadline reaches B in the same tenant but not C or D with the same Statsforvalter', async () => {
      for (const x of nets.slice(0, 3))
        expect((await say(x, x.leader, 'statsforvalter Oslo og Viken')).text).toContain('Oslo og Viken');
      // A shared deadline belongs to the Statsforvalter, not to A: its title names no network.
      const title = 'Felles rapport om stimuleringsmidler';
      const shared = await say(A, A.leader, `felles frist 15.01.2027 ${title}`);
      expect(shared.text).toContain(title);
      const s = t.app.services.store;
      const titles = async (x: Net) => (await s.deadlines.listOpen(x.fx.tenantId, x.fx.teamId)).map((d) => d.title);
      expect(await titles(A)).toContain(title);
      // A11: B, in the same tenant, gets an offer its own leader accepts, not the deadline itself.
      expect(await titles(B)).not.toContain(title);
      expect(JSON.stringify(calls())).toContain('foreslår en felles frist');
      expect(await titles(C)).not.toContain(title);
      // Joining later copies the shared deadlines still ahead, from the own tenant only.
      expect((await say(D, D.leader, 'statsforvalter Oslo og Viken')).text).not.toContain(A.gem);
      expect(await titles(D)).not.toContain(title);
      for (const x of [C, D]) {
        const listed = (await say(x, per, 'frister')).text;
        expect(listed).not.toContain(title);
        expect(leaks(listed, foreign(x))).toEqual([]);
      }
    });
  });

  describe('scheduled notices', () => {
    it('agenda notices, reminders, overdue lists and nudges go to each network with its own data only', async () => {
      const firstCall = calls().length;
      for (const at of [
        '2026-11-23T08:05:00Z',
        '2026-11-26T11:00:00Z',
        '2026-12-01T08:00:00Z',
        '2026-12-07T08:00:00Z',
        '2026-12-10T08:00:00Z',
        '2026-12-15T08:00:00Z',
        '2026-12-18T08:00:00Z',
        '2026-12-23T11:00:00Z',
      ]) {
        t.clock.set(at);
        await t.app.services.scheduler.tick();
      }
      const sent = calls()
        .slice(firstCall)
        .filter((c) => ['send', 'reply', 'create', 'update'].includes(c.kind) && c.status < 300);
      // Every network got its own agenda notice, naming its own accepted proposal.
      for (const x of nets) {
        expect(
          sent.some(
            (c) =>
              (destination(c) as { net?: Net })?.net === x && JSON.stringify(c.body).includes(`${x.gem}-tema nummer 1`),
          ),
        ).toBe(true);
      }
      const overdue = sent.filter((c) => JSON.stringify(c.body).includes(taskText(B, 2)));
      expect(overdue.length).toBeGreaterThan(0);
    });
  });

  it('over the whole run, nothing sent to one network’s channel, or to a personal chat in one tenant, named another network', () => {
    const problems: string[] = [];
    for (const c of calls()) {
      if (!['send', 'reply', 'create', 'update'].includes(c.kind) || lookalikeCalls.has(c.seq)) continue;
      const d = destination(c);
      if (!d) {
        problems.push(`${c.kind} ${c.path}: unknown destination`);
        continue;
      }
      // Who a reply is addressed to is the person who wrote in that conversation, not data of a network.
      const { recipient: _to, ...content } = c.body ?? {};
      // A11: an offer of a shared deadline names, on purpose, the network in the same tenant that proposed it
      // («Nettverk X (Leder) foreslår en felles frist»); only that phrase is allowed, nothing else of X.
      const proposer = (x: Net) => `${x.fx.teamName} (${x.leader.name}) foreslår`;
      const body = nets.reduce(
        (b, x) => ('net' in d && d.net.fx.tenantId === x.fx.tenantId ? b.split(proposer(x)).join('') : b),
        JSON.stringify(content),
      );
      const forbidden =
        'net' in d
          ? foreign(d.net)
          : // A personal chat: the person may be known in both tenants (the recipient's own name is no leak).
            nets
              .filter((x) => x.fx.tenantId !== d.tenant)
              .flatMap((x) => [...markers(x, { people: false }), x.fx.tenantId]);
      const found = leaks(body, forbidden);
      if (found.length) problems.push(`${c.kind} to ${'net' in d ? d.net.key : d.tenant}: ${found.join(', ')}`);
    }
    expect(calls().length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
