import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Month round 6, N8: in the meeting thread `T3 ny ansvarlig @Kari Nordmann` was refused as chat while `T6 ferdig`,
// `T2 utsett 26.02` and `T8 ny frist 19.02` were understood, and the hint suggested «info: T3 ny ansvarlig …»,
// which would put a note in the minutes while the task kept its old owner.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:05:00Z');

describe('the short form of giving a task to someone in the meeting thread', () => {
  it('is understood like «T6 ferdig», and the hint for a task line never suggests «info:»', async () => {
    const { t, net } = await app();
    const before = speaker(t, net, '891000');
    await before.say(kari, 'kommuner Nes, Eidsvoll');
    await before.say(kari, 'oppgave Eidsvoll: bestille møterom innen 12.02');
    await before.say(kari, 'oppgave Nes: sende tall innen 12.02');
    const meeting = speaker(t, net, '891001');
    await meeting.say(kari, 'start møte');

    const given = await meeting.say(kari, 'T1 ny ansvarlig @Ola Hansen', { mention: false, mentions: [ola] });
    expect(given).toContain('ga den til Ola Hansen');
    const t1 = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(t1!.owners.map((o) => o.name)).toEqual(['Ola Hansen']);
    // Other ways of writing it.
    await meeting.say(kari, 'T2 ansvarlig: Eidsvoll', { mention: false });
    const t2 = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2');
    expect(t2!.owners.map((o) => o.name)).toEqual(['Eidsvoll']);

    // A task line the bot cannot read gets a hint that keeps it a task command.
    const hint = await meeting.say(ola, 'T2 tar Ola over etter nyttår tror jeg', { mention: false });
    expect(hint).toContain('Skal dette stå i referatet?');
    expect(hint).not.toContain('info: T2');
    expect(hint).toContain('oppgave T2');
  });
});
