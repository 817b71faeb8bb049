import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Finding N4 (month round 8b): «levert» typed without the @mention in a deadline card's thread was
// answered «I kanalen leser jeg bare meldinger der jeg er nevnt …», an untrue claim in an RSC tenant
// (the bot had just read it), while «hjelp» said «levert» alone was enough there. The README's rule:
// an unaddressed channel message is not acted on (a tenant without RSC never delivers it), a bare
// command word gets one line saying to mention the bot. Help and refusal now say the same.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-03-01T09:00:00Z');

describe('N4: «levert» without the mention in a deadline card’s thread', () => {
  it('does nothing, says so truthfully with the line to copy, and the help says the mention is needed', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '884001');
    await s.say(kari, 'frist 31.12 Midlene for 2026 må være brukt');
    const bare = await s.say(kari, 'levert', { mention: false });
    expect(bare).not.toContain('leser jeg bare');
    expect(bare).toContain('Jeg gjorde ingenting med meldingen');
    expect(bare).toContain('«@Nettverksboten levert»');
    const open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => d.id)).toEqual(['F1']);
    const help = await s.say(kari, 'hjelp', { thread: '884002' });
    expect(help).not.toContain('holder det med «levert»');
    expect(help).toContain('@Nettverksboten levert');
    expect(await s.say(kari, 'levert')).toContain('er markert som levert');
  });
});
