import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ProjectPlanInput } from '../../src/projects/project.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { SAMPLE_PLAN } from './follow-fixtures.ts';
import { storedPlan } from '../support/projects.ts';

// Friday 27 November 2026, 09:05 in Oslo.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-11-27T08:05:00Z');
const MEETING = '930001';

/** Text as a person reads it: the no-break spaces that hold figures together read as spaces. */
const plain = (s: string) => s.replace(/\\u00a0|\u00a0/g, ' ');

async function withPlan(t: TestApp, net: NetworkFixture, plan: ProjectPlanInput) {
  await storedPlan(t, net, kari, plan);
}

describe('the words of the project commands (a stranger’s findings)', () => {
  it('plan ja/nei: the same words as the meeting for another thread; no example that cannot work; the milestones that exist', async () => {
    const { t, net } = await app();
    await withPlan(t, net, { name: 'Uten milepæler', applicant: 'Nes', municipalities: ['Nes', 'Eidsvoll'] });
    expect(await say(t, net, kari, 'start møte', { thread: MEETING })).toContain('er startet');

    const elsewhere = await say(t, net, ola, 'plan ja');
    expect(elsewhere).toContain('Møtet 27.11.2026 går i en annen tråd');
    expect(elsewhere).not.toContain('holdes i en annen tråd');

    // U1 has no milestones: no «plan ja U1 m1», but how to give the plan milestones.
    const none = await say(t, net, ola, 'plan ja', { thread: MEETING });
    expect(none).not.toContain('plan ja U1 m1');
    expect(none).toContain('Prosjektene har ingen milepæler ennå');
    expect(none).toContain('«prosjekt U1»');
    expect(await say(t, net, ola, 'plan nei m9: feil', { thread: MEETING })).not.toContain('U1 m1');

    // With milestones: an unknown one is answered with those that exist.
    await withPlan(t, net, SAMPLE_PLAN);
    const unknown = await say(t, net, ola, 'plan nei m9: feil', { thread: MEETING });
    expect(unknown).toContain('Finner ikke milepæl m9. Milepælene er: U2 m1, m2, m3');
    expect(unknown).toContain('Du skrev: «plan nei m9: feil»');
  });

  it('echoes what was typed, command word included, and gives one example that fits the command', async () => {
    const { t, net } = await app();
    await withPlan(t, net, SAMPLE_PLAN);
    const erfaring = await say(t, net, ola, 'erfaring lært U7: test');
    expect(erfaring).toContain('Du skrev: «erfaring lært U7: test»');

    const check = await say(t, net, ola, 'prosjekt sjekk U9');
    expect(check).toContain('Finner ikke prosjekt «U9». Nettverkets prosjekter: U1.');
    expect(check).toContain('Du skrev: «prosjekt sjekk U9»');
    expect(check).toContain('Eksempel: «prosjekt sjekk U1»');
    expect(check).not.toContain('nytt prosjekt Tryggere overganger');
    expect(check).not.toContain('Eksempel: «prosjekt U1».');

    const key = plain(
      await say(t, net, ola, 'kostnadsfordeling 600 000 fast 50 %: Nes bruk 5; Eidsvoll 26 716 bruk 3'),
    );
    expect(key).toContain('Du skrev: «kostnadsfordeling 600 000 fast 50 %: Nes bruk 5; Eidsvoll 26 716 bruk 3»');
    expect(key).toContain('Innbyggertallet mangler for Nes');
    // Not another municipality's population under Nes's name.
    expect(key).not.toContain('«Nes 26 716 bruk 10»');
  });

  it('milepæler on a plan without milestones says how to add them', async () => {
    const { t, net } = await app();
    await withPlan(t, net, { name: 'Uten milepæler' });
    const out = await say(t, net, kari, 'milepæler U1');
    expect(out).toContain('Planen til U1 har ingen milepæler ennå');
    expect(out).toContain('«prosjekt U1»');
    expect(out).toContain('Legg til milepæl');
  });

  it('rapportutkast marks an overhead line once, however the line is named', async () => {
    const { t, net } = await app();
    await withPlan(t, net, {
      ...SAMPLE_PLAN,
      budget: {
        lines: [
          { description: 'Kurs', amount: 100_000 },
          { description: 'Administrasjon (overhead)', amount: 5_000, overhead: true },
          { description: 'Husleie', amount: 2_000, overhead: true },
        ],
      },
    });
    const out = await say(t, net, kari, 'rapportutkast');
    const url = /"url":"([^"]+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, t.app.url));
    const doc = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    expect(doc).toContain('Administrasjon (overhead)');
    expect(doc).not.toContain('(overhead) (overhead)');
    expect(doc).toContain('Husleie (overhead)');
  });

  it('rapportutkast lists the plan’s success criteria and obstacles beside the assessment of goal achievement', async () => {
    const { t, net } = await app();
    await withPlan(t, net, {
      ...SAMPLE_PLAN,
      successCriteria: ['Alle overganger har en plan', 'Familiene sier de ble hørt'],
      obstacles: [{ obstacle: 'Sykefravær i prosjektgruppen', measure: 'Vikar fra nabokommunen' }],
    });
    const out = await say(t, net, kari, 'rapportutkast');
    const url = /"url":"([^"]+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, t.app.url));
    const doc = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    const at = (s: string) => doc.indexOf(s);
    expect(at('Suksesskriterier i planen')).toBeGreaterThan(at('Hovedmål'));
    expect(doc).toContain('Alle overganger har en plan');
    expect(doc).toContain('Sykefravær i prosjektgruppen → Vikar fra nabokommunen');
  });

  it('rapportutkast says which budget amount it could not read, and a sum that differs from the plan’s own', async () => {
    const { t, net } = await app();
    await withPlan(t, net, {
      ...SAMPLE_PLAN,
      budget: {
        lines: [
          { description: 'Kurs', amount: 100_000 },
          { description: 'Mat', amount: null, amountText: 'ca femti tusen' },
        ],
        statedTotal: 150_000,
      },
    });
    const out = await say(t, net, kari, 'rapportutkast');
    const url = /"url":"([^"]+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, t.app.url));
    const doc = plain((await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value);
    expect(doc).toContain('ca femti tusen (kan ikke leses som kroner; ikke med i summen)');
    expect(doc).toContain('100 000 kr (planen oppgir 150 000 kr)');
  });

  it('rapportutkast says where the grant received is given, and the basics card takes it', async () => {
    const { t, net } = await app();
    await withPlan(t, net, { ...SAMPLE_PLAN, grant: { applied: 250_000, received: null } });
    const before = await say(t, net, kari, 'rapportutkast');
    expect(before).toContain('- Tilskudd mottatt for 2026');
    expect(before).toContain(
      'Tildelt beløp fra Statsforvalteren føres på prosjektkortet: skriv «prosjekt U1» og trykk «Type, mål og kommuner».',
    );

    const form = JSON.stringify(
      (await t.post(cardAction(net, kari, 'project.form', { networkId: net.teamId, projectId: 'U1', form: 'basics' })))
        .body,
    );
    expect(form).toContain('Tildelt beløp');
    const basics = {
      networkId: net.teamId,
      projectId: 'U1',
      form: 'basics',
      type: 'egeninitiert',
      applicant: 'Nes kommune',
      municipalities: 'Nes, Eidsvoll, Hurdal',
      mainGoal: String(SAMPLE_PLAN.mainGoal),
      grant: '250 000',
    };
    const bad = JSON.stringify(
      (await t.post(cardAction(net, kari, 'project.save', { ...basics, received: 'mye' }))).body,
    );
    expect(bad).toContain('«mye»');
    expect(bad).toContain('Nes, Eidsvoll, Hurdal');
    await t.post(cardAction(net, kari, 'project.save', { ...basics, received: '180 000' }));
    const after = await say(t, net, kari, 'rapportutkast');
    expect(after).not.toContain('- Tilskudd mottatt for 2026');
    expect(after).not.toContain('Tildelt beløp fra Statsforvalteren føres');
    expect(plain(after)).toContain('Revisorattestasjon trengs ikke: tilskuddet (180 000 kr) er ikke over 200 000 kr');
  });
});
