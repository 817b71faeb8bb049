import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 6b, N9: a person's name typed without @ («oppgave Ola Hansen lage plan …») was read as a
// municipality, and the bot suggested adding «Ola» to the municipality list. A name that matches a person the
// network knows now gets «nevn … med @»; never the advice to make a person a municipality.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

describe('a known person named without @ as a task owner', () => {
  it('is answered with how to @mention the person, not with the municipality list', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Nes, Eidsvoll, Hurdal');
    // Ola is known to the network: he owns a task.
    expect(await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] })).toContain(
      'T1',
    );
    const answer = await say(t, net, kari, 'oppgave Ola Hansen lage plan for mars innen 19.03');
    expect(answer).toContain('oppgave @Ola Hansen lage plan for mars innen 19.03');
    expect(answer).toContain('med @');
    expect(answer).not.toContain('kommuner Nes, Eidsvoll, Hurdal, Ola');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2')).toBeNull();
    // A name nobody knows still gets the municipality list.
    expect(await say(t, net, kari, 'oppgave Gran lage plan innen 19.03')).toContain('kommuneliste');
  });
});
