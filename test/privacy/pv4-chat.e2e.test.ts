import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Attack round 8b, A2 and month round 8b, N22, through the real server: the spellings that got a
// child's name into the minutes are refused without the name, and the refusal says to delete the message.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '880044';
const REFUSAL = 'ser ut til å handle om et enkelt barn';
const setup = appPerTest(kari, '2026-11-27T08:00:00Z');

const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string) =>
  chatSay(t, net, who, text, { thread: THREAD, status: (s) => expect(s).toBe(200) });

describe('A2 spellings in the meeting thread', () => {
  it('refuses them without the name and says to delete the message; ordinary lines go in', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    for (const [typed, name] of [
      ['info: saken om emma larsen (8 år) ble drøftet', 'emma'],
      ['info: saken om EMMA LARSEN (8 ÅR) ble drøftet', 'EMMA'],
      ['info: jenta på 7 år, Sara, har fått plass', 'Sara'],
      ['info: vi drøftet Emma L. (8 år) i dag', 'Emma'],
      ['info: Emma Larsen (8 aar) flytter', 'Emma'],
      ['info: Emma Larsen (８ år) flytter', 'Emma'],
    ] as const) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).toContain(REFUSAL);
      expect(out, typed).toContain('› Slett');
      expect(out, typed).not.toContain(name);
    }
    for (const typed of [
      'info: Prosjekt Trygg Oppvekst (3 år) er i rute',
      'info: Kari Nordmann, 12 år i barnevernet',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).not.toContain(REFUSAL);
      expect(out, typed).toContain('✓');
    }
  });
});
