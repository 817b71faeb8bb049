import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s12 #7: after «angre» took back a task just made in the meeting, its card read «Slettet … Oppgaven ble
// angret i møtet og finnes ikke lenger.» directly followed by «Kari Nordmann åpnet den igjen (29.01.2027).».
// The removal is said once, by the notice; no line says the task was opened.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:00:00Z');
const THREAD = '912401';

describe('s12 #7: the card of a task taken back with «angre»', () => {
  it('says it is gone, and not that it was opened again', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    expect(
      await s.say(kari, 'oppgave @Ola Hansen skrive erfaringsdelen av rapporten innen 19. feb', { mentions: [ola] }),
    ).toContain('T1');
    const before = t.connector.emulator.calls.length;
    await s.say(kari, 'angre');
    const updates = JSON.stringify(t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update'));
    expect(updates).toContain('finnes ikke lenger');
    expect(updates).not.toContain('åpnet den igjen');
  });
});
