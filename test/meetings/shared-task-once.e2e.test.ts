import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s15 #15: «Oppgaver etter ansvarlig» listed the shared T1 twice, one row per owner. It stands once,
// under both names together.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');

describe('a task with two owners in the minutes', () => {
  it('is listed once with both names', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '915501');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave @Ola Hansen og @Per Olsen skriver rapportutkastet innen 20.02.2027', {
      mentions: [ola, per],
    });
    await s.say(kari, 'oppgave @Ola Hansen sender søknaden innen 15.01.2027', { mentions: [ola] });
    await s.say(kari, 'avslutt møte');
    const ended = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const m = await t.app.services.meetingViews!.minutes(ended);
    expect(m.tasksByOwner.map((g) => [g.owner, g.tasks.map((x) => x.taskId)])).toEqual([
      ['Ola Hansen', ['T2']],
      ['Ola Hansen og Per Olsen', ['T1']],
    ]);
  });
});
