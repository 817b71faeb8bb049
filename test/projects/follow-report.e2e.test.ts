import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { storedPlan } from '../support/projects.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const THREAD = '920001';

/** The card's download link, as the bot sent it. */
const linkIn = (out: string) => /"url":"([^"]+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
async function docxText(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('wordprocessingml');
  return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
}

describe('report and application drafts, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: typeof kari, text: string, thread = THREAD) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, { thread }));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:05:00Z', kari));
    await storedPlan(t, net, kari);
    await say(kari, 'start møte');
    await say(kari, 'vedtak: Nettverket søker om videreføring av prosjektet i 2027');
    await say(kari, 'plan nei m2: Eidsvoll fikk ikke frikjøpt tid');
    await say(kari, 'plan ja m1');
    await say(ola, 'erfaring gjort: tre kommuner har kartlagt tidlig kontakt');
    await say(ola, 'erfaring lært: faste grupper gir bedre oppmøte');
    await say(ola, 'erfaring lurt: avtal frikjøp før oppstart');
    await say(kari, 'avslutt møte');
  });
  afterAll(async () => t?.close());

  it('rapportutkast: a card with the missing fields and the checklist, and a .docx built from plan, minutes, milestones, log and budget', async () => {
    const out = await say(ola, 'rapportutkast', '920002');
    expect(out).toContain('Rapport 2026: Tidlig innsats i barnevernet');
    expect(out).toMatch(/\d+ felt mangler/);
    expect(out).toContain('- Nettverkets vurdering av måloppnåelsen');
    expect(out).toContain('- Regnskap: faktisk brukt per post');
    expect(out).not.toContain('- Hovedmål');
    expect(out).toContain(
      'Regnskapet er attestert av registrert eller statsautorisert revisor: tilskuddet (250 000 kr) er over 200 000 kr',
    );

    const doc = await docxText(linkIn(out));
    expect(doc).toContain('Rapport 2026: Tidlig innsats i barnevernet');
    expect(doc).toContain('Rapporten sendes Statsforvalteren innen 1. mars 2027');
    expect(doc).toContain('Hovedmål: Barn i de tre kommunene får hjelp tidligere.');
    expect(doc).toContain('ikke i rute (svart nei 27.11.2026: Eidsvoll fikk ikke frikjøpt tid)');
    expect(doc).toContain('m2 Oppstartssamling (svart nei 27.11.2026): Eidsvoll fikk ikke frikjøpt tid');
    expect(doc).toContain('i rute (svart ja 27.11.2026)');
    expect(doc).toContain('27.11.2026: Nettverket søker om videreføring av prosjektet i 2027');
    expect(doc).toMatch(
      /Gjort\s+tre kommuner har kartlagt tidlig kontakt\s+Lært\s+faste grupper gir bedre oppmøte\s+Lurt\s+avtal frikjøp før oppstart/,
    );
    expect(doc).toMatch(/Prosjektleder 20 %\s+180 000 kr/);
    expect(doc).toMatch(/Sum\s+190 000 kr/);
    expect(doc).toContain('Nettverkets vurdering av måloppnåelsen: [mangler – fyll inn]');
    expect(doc).toContain(
      '☐ Regnskapet er attestert av registrert eller statsautorisert revisor: tilskuddet (250 000 kr) er over 200 000 kr',
    );
    expect(doc).toContain('«3. Forvaltning og rapportering – læringsnettverk», 2024');
  });

  it('the link makes the draft afresh: a grant of 200 000 kr or less drops the auditor from the checklist', async () => {
    const url = linkIn(await say(ola, 'rapportutkast U1 2026', '920002'));
    await t.app.services.store.projects.change(
      net.tenantId,
      net.teamId,
      'U1',
      (p) => ({ ...p, grant: { applied: 200_000, received: 200_000 } }),
      t.clock.now(),
    );
    const doc = await docxText(url);
    expect(doc).toContain('Revisorattestasjon trengs ikke: tilskuddet (200 000 kr) er ikke over 200 000 kr');
    expect(doc).not.toContain('er attestert av registrert');
    // A changed link is refused.
    expect((await fetch(url.replace(/n=[^&]+/, 'n=annet'))).status).toBe(403);
    expect((await fetch(url.replace('rapport-2026-U1', 'rapport-2026-U2'))).status).toBe(403);
  });

  it('a «plan nei» corrected with rett referat reaches the report in its corrected words', async () => {
    const store = t.app.services.store;
    const m = (await store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const note = (await store.projectFollow.answers(net.tenantId, net.teamId, 'U1')).find(
      (a) => a.milestoneId === 'm2',
    )!;
    const fixed =
      'Følger vi planen? U1 m2 «Oppstartssamling» (frist 25.11.2026): Nei. Hva skjedde: Eidsvoll fikk frikjøpt tid først i desember';
    const res = await t.post(
      cardAction(
        net,
        kari,
        'minutes.correct',
        { networkId: net.teamId, meetingId: m.id, entryId: note.entryId, [`text_${note.entryId}`]: fixed },
        { thread: '920009', replyToId: '920010' },
      ),
    );
    expect(res.status).toBe(200);
    const doc = await docxText(linkIn(await say(ola, 'rapportutkast', '920002')));
    expect(doc).toContain('ikke i rute (svart nei 27.11.2026: Eidsvoll fikk frikjøpt tid først i desember)');
    expect(doc).not.toContain('Eidsvoll fikk ikke frikjøpt tid');
  });

  it('bad arguments get a Norwegian message with an example, and what was typed', async () => {
    const out = await say(ola, 'rapportutkast U7', '920002');
    expect(out).toContain('Finner ikke prosjekt U7. Nettverkets prosjekter: U1.');
    const year = await say(ola, 'rapportutkast 2031', '920002');
    expect(year).toContain('Jeg kan ikke lage rapport for 2031');
    expect(year).toContain('Du skrev: «rapportutkast 2031»');
  });

  it('søknadsutkast: the leader-network form from stored data, missing fields listed; leaders fill them in', async () => {
    const first = await say(ola, 'søknadsutkast', '920003');
    expect(first).toContain('Søknad om stimuleringsmidler til barnevernsledernettverk 2027');
    expect(first).toContain('- Organisasjonsnummer');
    expect(first).toContain('- Adresse');
    expect(first).not.toContain('- Ansvarlig søknadskommune'); // from the plan: Nes kommune

    expect(await say(ola, 'søknadsutkast orgnr 974 123 456', '920003')).toContain('Bare nettverkets ledere');
    const bad = await say(kari, 'søknadsutkast adresse Rådhusgata 1; orgnr 12345', '920003');
    expect(bad).toContain('Organisasjonsnummeret i «orgnr 12345» skal ha ni sifre');
    expect(bad).toContain('Disse feltene forstod jeg, men ingenting er lagret før alt kan leses: Adresse');
    expect(bad).toContain('Eksempel: «søknadsutkast orgnr 974 123 456');

    const saved = await say(
      kari,
      'søknadsutkast orgnr 974123456; adresse: Rådhusgata 1; postnr 2150; poststed Årnes; telefon 900 00 000; beløp 1,2 mill.',
      '920003',
    );
    expect(saved).toContain(
      'Lagret for søknadsutkastet: Organisasjonsnummer, Adresse, Postnr., Poststed, Telefon, Søknadsbeløp',
    );
    expect(saved).not.toContain('- Organisasjonsnummer');
    const doc = await docxText(linkIn(saved));
    expect(doc).toContain('Navn på barnevernsledernettverk: ');
    expect(doc).toContain('Ansvarlig søknadskommune: Nes kommune');
    expect(doc).toContain('Organisasjonsnummer: 974 123 456');
    expect(doc).toContain('Søknadsbeløp: 1 200 000 kr');
    expect(doc).toContain('Navn: Kari Nordmann');
    expect(doc).toContain('E-post: kari@nes.kommune.no');
    expect(doc).toContain('☐ Søknadsbeløpet (1 200 000 kr) er over 200 000 kr');
    expect(doc).toContain('«6. Forvaltning og rapportering – barnevernsledernettverk», 2024');
  });
});
