import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month round 9, N15: in the meeting Kari wrote «T1 er ferdig» by mistake and pressed «Åpne igjen» on the
// card; the minutes read «T1 …: ferdig» and then «T1 …: åpen». A status set and set back in the same meeting
// changed nothing, so the minutes say nothing of it; a change that stands is still there.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-09-17T08:00:00Z');

describe('a task status set and set back in the same meeting', () => {
  it('leaves no line in the minutes, typed or clicked back', async () => {
    const { t, net } = await start();
    const before = speaker(t, net, '660001');
    await before.say(kari, 'oppgave @Ola Hansen lage utkast til prosjektplan innen 17.05.2028', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 01.10.2027', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen sende budsjett innen 08.10.2027', { mentions: [ola] });
    t.clock.set('2027-09-24T07:05:00Z');
    const s = speaker(t, net, '660002');
    await s.say(kari, 'start møte');
    t.clock.advance(60_000);
    await s.say(kari, 'T1 er ferdig', { mention: false });
    t.clock.advance(60_000);
    const click = await t.post(
      cardAction(
        net,
        kari,
        'task.reopen',
        { taskId: 'T1', networkId: net.teamId, shown: 'done' },
        { thread: '660002' },
      ),
    );
    expect(click.status).toBe(200);
    t.clock.advance(60_000);
    await s.say(kari, 'T3 er ferdig', { mention: false });
    t.clock.advance(60_000);
    await s.say(kari, 'oppgave T3 åpne igjen', { mention: false });
    t.clock.advance(60_000);
    await s.say(ola, 'T2 er ferdig', { mention: false });
    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).not.toContain('lage utkast til prosjektplan»: ferdig');
    expect(minutes).not.toContain('lage utkast til prosjektplan»: åpen');
    expect(minutes).not.toContain('sende budsjett»: ferdig');
    expect(minutes).not.toContain('sende budsjett»: åpen');
    expect(minutes).toContain('bestille lokale»: ferdig');
  });
});
