import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s12 #15: in the minutes a task marked done in the meeting read «T3 «…»: ferdig», while a task
// closed between the meetings read «ferdig (Ola Hansen, 22.01.2027)». A task closed in the meeting now
// says who and when in the same way, typed or clicked.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-01-20T08:00:00Z');

describe('s12 #15: a task closed in the meeting', () => {
  it('reads «ferdig (name, date)» in the minutes, as one closed between the meetings does', async () => {
    const { t, net } = await start();
    const before = speaker(t, net, '912301');
    await before.say(kari, 'oppgave @Ola Hansen invitere Statsforvalteren til marsmøtet innen 26.02', {
      mentions: [ola],
    });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 26.02', { mentions: [ola] });
    t.clock.set('2027-01-29T08:05:00Z');
    const s = speaker(t, net, '912302');
    await s.say(kari, 'start møte');
    t.clock.advance(60_000);
    await s.say(kari, 'T1 er ferdig', { mention: false });
    t.clock.advance(60_000);
    const click = await t.post(
      cardAction(net, ola, 'task.done', { taskId: 'T2', networkId: net.teamId }, { thread: '912302' }),
    );
    expect(click.status).toBe(200);
    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).toContain('T1 «invitere Statsforvalteren til marsmøtet»: ferdig (Kari Nordmann, 29.01.2027)');
    expect(minutes).toContain('T2 «bestille lokale»: ferdig (Ola Hansen, 29.01.2027)');
  });
});
