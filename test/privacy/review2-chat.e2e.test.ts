import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 2, item 1, through the real server: ordinary network lines (years of service, a project's
// length, a body a case goes to, a method, a survey) were refused as naming a child. They go into the
// minutes; the forms that do name a child are still refused without the name.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '880001';
const REFUSAL = 'ser ut til å handle om et enkelt barn';
const setup = appPerTest(kari, '2026-11-27T08:00:00Z');

const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string) =>
  chatSay(t, net, who, text, { thread: THREAD, status: (s) => expect(s).toBe(200) });

describe('review 2: meeting lines', () => {
  it('ordinary lines go in; the child forms are refused without the name', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    for (const typed of [
      'info: Kari Nordmann, 12 år i barnevernet, er ny leder',
      'info: Prosjekt Trygg Oppvekst (3 år) er i rute',
      'info: Evaluering Trygg Oppvekst (12 mnd) er bestilt',
      'info: vi sendte saken til Formannskapet',
      'info: tiltaket med Familieråd fungerer',
      'info: Undersøkelsen om Ungdata kommer i mars',
      'info: Hva med Navs tiltak',
      'info: Status Oslo (15)',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).not.toContain(REFUSAL);
      expect(out, typed).toContain('✓');
    }
    for (const [typed, name] of [
      ['info: saken om Emma Larsen (8 år) tar tid', 'Emma'],
      ['info: gutten Jonas i 3. klasse trenger tiltak', 'Jonas'],
      ['info: 8-åringen Emma flytter', 'Emma'],
      ['info: jenta Sara (f. 2016) har fått fosterhjem', 'Sara'],
    ] as const) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).toContain(REFUSAL);
      expect(out, typed).not.toContain(name);
    }
  });

  it('the guideline question about Familieråd is answered, not refused', async () => {
    const { t, net } = await setup();
    const before = t.connector.emulator.calls.length;
    const q = 'Kan vi bruke midlene på tiltaket med Familieråd?';
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, q))).status).toBe(200);
    const out = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(out).not.toContain(REFUSAL);
    expect(out).toContain('Familieråd');
  });
});
