import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 9, N4: a week after «avslutt møte», Kari wrote «oppgave T3 ferdig» without @mention in the
// meeting's thread, where the same line had worked during the meeting, and got no answer at all. A task or
// deadline command there gets the one-line «skriv @Nettverksboten først» hint, once per thread and person;
// ordinary talk stays unanswered.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-27T07:05:00Z');

describe('a task or deadline command without @mention in an ended meeting’s thread', () => {
  it('says once per person to @mention the bot, changes nothing, and leaves talk alone', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '770001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave @Ola Hansen kontakte RBUP innen 30.09', { mentions: [ola] });
    await s.say(kari, 'avslutt møte');
    await s.say(kari, 'frist 01.10.2027 Innspill til fagsamlingen', { thread: '770002' });
    t.clock.set('2027-09-03T08:00:00Z');

    const hint = await s.say(kari, 'oppgave T1 ferdig', { mention: false });
    expect(hint).toContain('@Nettverksboten oppgave T1 ferdig');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('open');
    // Once per person and thread: the next slip of hers is not answered again.
    expect(JSON.parse(await s.say(kari, 'T1 er ferdig', { mention: false }))).toEqual([]);
    // Ola gets his own once, for a deadline line too.
    expect(await s.say(ola, 'levert F1', { mention: false })).toContain('@Nettverksboten levert F1');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!.status).not.toBe('done');
    // Talk in the thread is none of the bot's business.
    expect(JSON.parse(await s.say(ola, 'takk for sist, det var et godt møte', { mention: false }))).toEqual([]);
    expect(JSON.parse(await s.say(ola, 'oppgaven var vanskelig', { mention: false }))).toEqual([]);
  });
});
