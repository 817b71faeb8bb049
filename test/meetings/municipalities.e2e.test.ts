import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Friday 27 November 2026, 09:05 in Oslo.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const start = appPerTest(kari, '2026-11-27T08:05:00Z');

describe("the network's municipalities", () => {
  it('kommuner lists them, leaders set them, and attendance and owners are checked against the list', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '400001');

    expect(await s.say(ola, 'kommuner')).toContain('ingen kommuneliste');
    expect(await s.say(ola, 'kommuner Nes, Eidsvoll')).toContain('Bare nettverkets ledere');
    expect(await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal og Gjerdrum')).toContain(
      'Nes, Eidsvoll, Hurdal, Gjerdrum',
    );
    expect(await s.say(ola, 'kommuner')).toContain('Nes, Eidsvoll, Hurdal, Gjerdrum');

    await s.say(kari, 'start møte');
    // A line with no listed name is refused (one with some is kept: attendance-meeting.e2e.test.ts).
    expect(await s.say(kari, 'til stede Oslo')).toContain('«Oslo» er ikke blant nettverkets kommuner');
    expect(await s.say(kari, 'til stede Eidsvol')).toContain('Mente du Eidsvoll?');
    expect(await s.say(kari, 'til stede Nes, eidsvoll, Hurdal')).toContain('Til stede');
    // Marked the other way, a name is moved (round 8 N11), and «angre» takes back just the move.
    expect(await s.say(kari, 'forfall Hurdal')).toContain('Hurdal er flyttet fra til stede til forfall');
    expect(await s.say(kari, 'angre')).toContain('Angret: Hurdal');
    // One angre takes back the whole line.
    expect(await s.say(kari, 'angre')).toContain('Nes, Eidsvoll, Hurdal');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'attendance').length).toBe(4);
    await s.say(kari, 'til stede alle');
    const present = (await entriesOf(t, net))
      .filter((e) => e.kind === 'attendance')
      .slice(4)
      .map((e) => e.municipality);
    expect(present).toEqual(['Nes', 'Eidsvoll', 'Hurdal', 'Gjerdrum']);
    expect(present).not.toContain('alle');
    await s.say(kari, 'angre');
    await s.say(kari, 'til stede Nes, Hurdal');

    // A municipality that owns a task must be on the list; with the list known no colon is needed.
    const oslo = await s.say(kari, 'oppgave Oslo: bestille lokale');
    expect(oslo).toContain('Oslo er ikke på nettverkets kommuneliste (Nes, Eidsvoll, Hurdal, Gjerdrum)');
    expect(oslo).toContain('Send på nytt');
    expect(await s.say(kari, 'oppgave Hurdal lage plan for fagdagen innen 11.12')).toContain('Oppgave T1');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task).toMatchObject({ text: 'lage plan for fagdagen', owners: [{ kind: 'municipality', name: 'Hurdal' }] });
    expect(await s.say(kari, 'oppgave Gjerdrum sende tall innen 20.11.2026')).toContain('passert');
    expect(await s.say(kari, 'oppgave Gjerdrum sende tall innen 20.11')).toContain(
      'oppgave Gjerdrum sende tall innen 30.09',
    );

    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).toContain('Ikke registrert');
    expect(minutes).toMatch(/Ikke registrert[^}]*Eidsvoll, Gjerdrum/);
    expect(minutes).not.toContain('Forfall');
    expect(minutes).not.toContain('Ingen notater');
  });
});
