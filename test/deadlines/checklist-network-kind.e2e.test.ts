// Month round 14, #5: a barnevernsledernettverk got the learning networks' application checklist («Prosjektplan
// på malen for læringsnettverk», «Lokal risiko- og tilstandsvurdering …») on its deadline card and in the
// calendar feed. The starting checklist now follows the network's kind (Rammer og føringer 2024, section 5:
// the simplified application), and a network of no known kind gets a list that holds for both and is told how
// to set the kind.
import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person, teamRenamed } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2026-12-02T08:00:00Z'); // Wednesday 2 December 2026

const PLAN = 'Prosjektplan på malen for læringsnettverk';
const RISK = 'Lokal risiko- og tilstandsvurdering som grunnlag for temaet';

describe('the application deadline’s checklist follows the network’s kind', () => {
  it('a leader network gets the simplified application, citing section 5', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '714501');
    await s.say(kari, 'nettverkstype ledernettverk');
    const reply = await s.say(kari, 'frist 15.01.2027 søknad om tilskudd til Statsforvalteren');
    expect(reply).not.toContain(PLAN);
    expect(reply).not.toContain(RISK);
    expect(reply).toContain('Alle deltakerne i nettverket stiller seg bak søknaden');
    expect(reply).toContain('punkt 5');
    const d = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1');
    expect(d!.checklist).toContain('Ansvarlig søknadskommune med organisasjonsnummer og adresse');
    expect(d!.checklist).not.toContain(PLAN);
    // The yearly report as well: how the money was used and the leadership expertise, not the learning template.
    await s.say(kari, 'frist 01.03.2027 Rapportering for 2026');
    const r = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F2');
    expect(r!.checklist).toContain('Om det er hentet inn lederfaglig kompetanse, og i så fall hvilken');
    expect(r!.checklist).not.toContain('Utfylt rapporteringsmal');
  });

  it('a learning network keeps the project-plan checklist', async () => {
    const { t, net } = await start(); // «Læringsnettverk 1»
    const reply = await speaker(t, net, '714502').say(kari, 'frist 15.01.2027 søknad om tilskudd');
    expect(reply).toContain(PLAN);
    expect(reply).not.toContain('nettverkstype ledernettverk');
  });

  it('a network of unknown kind gets a list for both kinds and is told how to set it', async () => {
    const { t, net } = await start();
    await t.post(teamRenamed(net, kari, 'Barnevern Øvre Romerike'));
    const reply = await speaker(t, net, '714503').say(kari, 'frist 15.01.2027 søknad om tilskudd');
    expect(reply).toContain('nettverkstype ledernettverk');
    const d = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1');
    expect(d!.checklist).not.toContain(PLAN);
    expect(d!.checklist.join(' ')).toContain('Læringsnettverk: prosjektplan');
    expect(d!.checklist.join(' ')).toContain('Barnevernsledernettverk: forenklet søknad');
  });
});
