import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month round s12 #16: «Påminnelse: oppgave T1 har frist om 3 virkedager.» in the personal chat did not say
// which network; for someone in two networks (each with its own T1) it was ambiguous. It names the network
// as «Mine oppgaver» does («· <nettverk>»); the channel's own reminder needs no name.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

describe('a personal task reminder names its network', () => {
  it('in each of two networks, each T1’s reminder says which', async () => {
    const { t, nets } = await app(2);
    for (const net of nets)
      await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', { mentions: [ola] });
    await t.post(personalMessage(t.connector.url, nets[0]!.tenantId, ola, 'hjelp'));
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-07T08:00:00Z'); // three working days before, 09:00 in Oslo
    await t.app.services.scheduler.tick();
    const reminders = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.conversationId?.includes('personal'))
      .map((c) => String((c.body as { text?: string }).text));
    expect(reminders).toHaveLength(2);
    for (const net of nets)
      expect(reminders).toContain(`${net.teamName} · Påminnelse: oppgave T1 har frist om 3 virkedager.`);
  });
});
