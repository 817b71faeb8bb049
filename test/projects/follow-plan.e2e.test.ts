import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPlanSchema } from '../../src/projects/project.ts';
import type { TestApp } from '../support/app.ts';
import { createdWith, startAt, textOf as texts } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { storedPlan } from '../support/projects.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const THREAD = '910001';

describe('following the plan in a meeting, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: typeof kari, text: string, thread = THREAD) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, { thread }));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    // Friday 27 November 2026, 09:05 in Oslo.
    ({ t, net } = await startAt('2026-11-27T08:05:00Z', kari));
    await storedPlan(t, net, kari);
  });
  afterAll(async () => t?.close());

  it("the agenda's «Følger vi planen?» item lists the milestones due so far, with owners", async () => {
    const out = await say(ola, 'agenda', '910000');
    expect(out).toContain(
      '2 milepæler med frist til nå: U1 m1 «Tilstandsanalyse i hver kommune» (20.11.2026, Nes); U1 m2 «Oppstartssamling» (25.11.2026, Eidsvoll). Svar i møtet med «plan ja» eller «plan nei: hva skjedde».',
    );
    expect(out).not.toContain('Rutine for tidlig kontakt');
  });

  it('milestones become deadlines with their owner, and nudge like any deadline', async () => {
    const out = await say(ola, 'milepæler', '910000');
    expect(out).toContain('Milepæler U1');
    expect(out).toContain('1 milepæl er lagt inn som frist');
    expect(out).toContain('1 milepæl har ingen dato');
    expect(out).toContain('2 milepæler hadde dato som alt var passert');
    const open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => [d.title, d.date, d.origin, d.checklist])).toEqual([
      [
        'Milepæl U1 m3: Rutine for tidlig kontakt prøvd ut (ansvarlig: Hurdal)',
        '2027-01-15',
        'milestone:U1:m3',
        ['Evaluering i styringsgruppen'],
      ],
    ]);
    // Asking again makes no second deadline.
    expect(await say(ola, 'milepæler U1', '910000')).not.toContain('lagt inn som frist');
    expect(await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).toHaveLength(1);
  });

  it('outside a meeting, plan ja is shown back and not kept', async () => {
    const out = await say(kari, 'plan ja', '910002');
    expect(out).toContain('Det er ikke noe møte i gang her');
    expect(out).toContain('Du skrev: «plan ja»');
    expect(await t.app.services.store.projectFollow.answers(net.tenantId, net.teamId, null)).toEqual([]);
  });

  it('«plan nei» asks which milestone when several were due, then records the answer in the minutes', async () => {
    expect(await say(kari, 'start møte')).toContain('er startet');
    const which = await say(kari, 'plan nei: Eidsvoll fikk ikke frikjøpt tid');
    expect(which).toContain('Flere milepæler hadde frist siden forrige møte');
    expect(which).toContain('U1 m1 «Tilstandsanalyse i hver kommune» (frist 20.11.2026)');
    expect(which).toContain('Du skrev: «plan nei: Eidsvoll fikk ikke frikjøpt tid»');
    expect(await say(kari, 'plan nei m2')).toContain('Skriv hva som skjedde');

    const no = await say(kari, 'plan nei m2: Eidsvoll fikk ikke frikjøpt tid, ny dato avtales');
    expect(no).toContain('Ført i referatet under punkt 4');
    const yes = await say(ola, 'plan ja: alle tre analysene er levert');
    expect(yes).toContain('«ja» for milepælen: U1 m1');
    expect(await say(ola, 'plan ja')).toContain('er besvart i dette møtet');
    expect(await say(ola, 'erfaring lært: faste veiledningsgrupper gir bedre oppmøte enn enkeltmøter')).toContain(
      'Også ført i referatet under punkt 7',
    );
    // A line taken back with angre leaves the experience log too.
    expect(await say(kari, 'erfaring lurt: denne ble skrevet feil')).toContain('(2 linjer i loggen)');
    await say(kari, 'angre');
    const log = await say(ola, 'erfaringslogg');
    expect(log).toContain('faste veiledningsgrupper gir bedre oppmøte enn enkeltmøter');
    expect(log).not.toContain('denne ble skrevet feil');
  });

  it('angre takes an answer back from the minutes and from the milestone status', async () => {
    await say(ola, 'plan ja m3: godt i gang');
    expect(await say(ola, 'milepæler', '910000')).toContain('i rute (svart ja 27.11.2026)');
    await say(ola, 'angre');
    const after = await say(ola, 'milepæler', '910000');
    expect(after).toContain(
      'm3 Rutine for tidlig kontakt prøvd ut · ansvarlig: Hurdal · 15.01.2027 (frist F1) · frist fremover',
    );
    expect(after).toContain('ikke i rute (svart nei 27.11.2026: Eidsvoll fikk ikke frikjøpt tid, ny dato avtales)');
  });

  it('a changed answer replaces the earlier one in the minutes instead of piling up beside it', async () => {
    await say(ola, 'plan nei m3: forsinket i Hurdal');
    const changed = await say(ola, 'plan ja m3: i gang likevel');
    expect(changed).toContain('erstatter svaret som ble gitt tidligere i møtet');
    expect(await say(ola, 'milepæler', '910000')).toContain('i rute (svart ja 27.11.2026)');
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const minutes = await t.app.services.meetingViews!.minutes(m);
    const m3 = minutes.items.flatMap((i) => i.notes).filter((n) => n.includes('U1 m3'));
    expect(m3).toHaveLength(1);
    expect(m3[0]).toContain('Ja');
    // Taken back again, so the answers below are as before.
    await say(ola, 'angre');
  });

  it('the minutes carry the answers under «Følger vi planen?», in the card and the .docx', async () => {
    expect(await say(kari, 'avslutt møte')).toContain('avsluttet');
    const out = await say(ola, 'referat', '910003');
    expect(out).toContain(
      'Følger vi planen? U1 m2 «Oppstartssamling» (frist 25.11.2026): Nei. Hva skjedde: Eidsvoll fikk ikke frikjøpt tid, ny dato avtales',
    );
    expect(out).toContain(
      'Følger vi planen? U1 m1 «Tilstandsanalyse i hver kommune» (frist 20.11.2026): Ja. alle tre analysene er levert',
    );
    expect(out).not.toContain('godt i gang');
    const docxUrl = /"url":"([^"]+\.docx[^"]+)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await (await fetch(docxUrl)).arrayBuffer()) });
    expect(value).toMatch(
      /4\. Status i utviklingsprosjektene – følger vi planen\?\s+Følger vi planen\? U1 m2 «Oppstartssamling» \(frist 25\.11\.2026\): Nei\. Hva skjedde: Eidsvoll fikk ikke frikjøpt tid/,
    );
    expect(value).toContain('Erfaringslogg U1, lært: faste veiledningsgrupper gir bedre oppmøte enn enkeltmøter');
  });

  it('a milestone taken out of the plan closes its deadline, so it stops nudging', async () => {
    const store = t.app.services.store;
    await store.projects.change(
      net.tenantId,
      net.teamId,
      'U1',
      (p) => ({
        ...p,
        subGoals: [
          ...p.subGoals,
          {
            id: 'd3',
            goal: 'Ekstra',
            milestones: [
              {
                id: 'm5',
                awaiting: null,
                activity: 'Fagdag',
                owner: 'Nes',
                partner: '',
                when: '',
                due: '2027-02-10',
                checkpoint: '',
                steps: [],
              },
            ],
          },
        ],
      }),
      t.clock.now(),
    );
    expect(await say(ola, 'milepæler', '910000')).toContain('1 milepæl er lagt inn som frist');
    const m5 = (await store.deadlines.findByOrigin(net.tenantId, net.teamId, 'milestone:U1:m5'))!;
    expect(m5.status).toBe('open');
    await store.projects.change(
      net.tenantId,
      net.teamId,
      'U1',
      (p) => ({ ...p, subGoals: p.subGoals.filter((g) => g.id !== 'd3') }),
      t.clock.now(),
    );
    expect(await say(ola, 'milepæler', '910000')).toContain(
      '1 frist for milepæler som er tatt ut av planen, er lukket.',
    );
    const closed = (await store.deadlines.get(net.tenantId, net.teamId, m5.id))!;
    expect([closed.status, closed.title]).toEqual([
      'done',
      'Milepæl U1 m5: Fagdag (ansvarlig: Nes) – tatt ut av planen',
    ]);
    expect((await store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.origin)).toEqual([
      'milestone:U1:m3',
    ]);
  });

  it('after the meeting, the next agenda counts from it', async () => {
    const out = await say(ola, 'agenda', '910004');
    expect(out).toContain('Ingen milepæler har hatt frist siden forrige møte (27.11.2026)');
  });

  it("a plan stored without the bot (the operator's import) gets its milestone deadlines when the bot starts", async () => {
    const store = t.app.services.store;
    const imported = await store.projects.create({
      tenantId: net.tenantId,
      networkId: net.teamId,
      plan: projectPlanSchema.parse({
        name: 'Fosterhjem',
        types: ['fosterhjemsprosjekt'],
        subGoals: [
          {
            id: 'd1',
            goal: 'Veiledning',
            milestones: [{ id: 'm1', activity: 'Første veiledningsgruppe', owner: 'Nes', due: '2027-03-05' }],
          },
        ],
      }),
      origin: 'import',
      createdBy: { id: 'cli', name: 'Driftsansvarlig' },
      createdAt: t.clock.now().toISOString(),
    });
    expect(await store.deadlines.findByOrigin(net.tenantId, net.teamId, `milestone:${imported.id}:m1`)).toBeNull();
    await t.restart();
    const d = await t.app.services.store.deadlines.findByOrigin(
      net.tenantId,
      net.teamId,
      `milestone:${imported.id}:m1`,
    );
    expect([d?.title, d?.date]).toEqual([
      `Milepæl ${imported.id} m1: Første veiledningsgruppe (ansvarlig: Nes)`,
      '2027-03-05',
    ]);
  });

  it('the milestone deadline nudges the channel 30 days before, naming the owner', async () => {
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-16T08:00:00Z'); // Wednesday 16 December 09:00 in Oslo
    await t.app.services.scheduler.tick();
    const nudges = createdWith(t, 'Milepæl U1 m3: Rutine for tidlig kontakt prøvd ut (ansvarlig: Hurdal)', before);
    expect(nudges).toHaveLength(1);
    expect(JSON.stringify(nudges[0]!.body)).toContain('30 dager igjen');
    // «Levert» on the deadline is the milestone's status from then on.
    const d = (await t.app.services.store.deadlines.findByOrigin(net.tenantId, net.teamId, 'milestone:U1:m3'))!;
    expect(
      (await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: d.id, networkId: net.teamId }))).status,
    ).toBe(200);
    expect(await say(ola, 'milepæler U1', '910000')).toContain(
      'm3 Rutine for tidlig kontakt prøvd ut · ansvarlig: Hurdal · 15.01.2027 (frist F1) · levert 16.12.2026',
    );
  });
});
