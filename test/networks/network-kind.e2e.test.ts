import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 13, #9: a leader network could not tell the bot what it is, so every grant answer carried
// the learning networks' rules too. «nettverkstype» shows the kind (set, or read from the team's name)
// and a leader sets it.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');

describe('nettverkstype', () => {
  it('reads the kind from the team name until a leader sets it; a member may look, not change', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '771001');
    // The test team is named «Læringsnettverk 1».
    expect(await s.say(ola, 'nettverkstype')).toContain('et læringsnettverk ut fra navnet på teamet');
    expect(await s.say(ola, 'nettverkstype ledernettverk')).toMatch(/ledere/i);
    expect(await s.say(ola, 'nettverkstype')).toContain('ut fra navnet');
    expect(await s.say(kari, 'nettverkstype barnevernsledernettverk')).toContain(
      'Nettverket er nå satt opp som et barnevernsledernettverk',
    );
    expect(await s.say(ola, 'nettverkstype')).toContain('Nettverket er satt opp som et barnevernsledernettverk');
  });

  it('an unknown kind is refused with what to type', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '771002');
    const bad = await s.say(kari, 'nettverkstype prosjektnettverk');
    expect(bad).toContain('Ukjent nettverkstype');
    expect(bad).toContain('nettverkstype ledernettverk');
    expect(await s.say(kari, 'nettverkstype')).toContain('ut fra navnet');
  });

  it('is listed in «hjelp»', async () => {
    const { t, net } = await start();
    expect(await speaker(t, net, '771003').say(ola, 'hjelp')).toContain('nettverkstype');
  });
});
