import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { eachHour } from '../support/schedule-walk.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { memberEvent } from '../networks/member-event.ts';

// Month s16 #2: after Per left the team, the minutes' «Oppgaver etter ansvarlig», item 3 in the meeting and
// the leaders' day-before list still named him as owner as if he could act. Each names him as gone.
// Monday 5 April 2027, 09:00 in Oslo.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const app = appPerTest(kari, '2027-04-05T07:00:00Z');
const GONE = 'Per Berg (har forlatt teamet)';

async function setUp(t: TestApp, net: NetworkFixture, thread: string) {
  const s = speaker(t, net, thread);
  await s.say(kari, 'oppgave @Per Berg lese korrektur på søknaden innen 12.04', { mentions: [per] });
  await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 20.04', { mentions: [ola] });
  await t.post(memberEvent(net, ola, per, 'removed'));
  return s;
}

describe('an owner who left the team, in the meeting pieces', () => {
  it('item 3 in the meeting and the minutes name him as gone, the others as before', async () => {
    const { t, net } = await app();
    const s = await setUp(t, net, '971001');
    await s.say(kari, 'start møte');
    const item3 = await s.say(kari, 'punkt 3');
    expect(item3).toContain('Oppfølging av oppgaver');
    expect(item3).toContain(GONE);
    expect(item3).not.toContain('Ola Hansen (har forlatt teamet)');
    await s.say(kari, 'avslutt møte');
    const ended = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const m = await t.app.services.meetingViews!.minutes(ended);
    expect(m.tasksByOwner.map((g) => [g.owner, g.tasks.map((x) => x.taskId)])).toEqual([
      ['Ola Hansen', ['T2']],
      [GONE, ['T1']],
    ]);
  });

  it('the leaders’ list of overdue tasks the day before the meeting names him as gone', async () => {
    const { t, net } = await app();
    await setUp(t, net, '971002');
    const posts: string[] = [];
    // The meeting of Friday 30 April 2027; its reminder and the leaders' list the day before.
    await eachHour(t, '2027-04-28', '2027-04-29', { first: 6, last: 17 }, (c) => {
      if ((c.kind === 'create' || c.kind === 'send') && c.status < 300) posts.push(JSON.stringify(c.body ?? ''));
    });
    const list = posts.filter((p) => p.includes('har passert fristen før møtet'));
    expect(list).toHaveLength(1);
    expect(list[0]).toContain(`T1 lese korrektur på søknaden (${GONE}, 12.04.2027)`);
    expect(list[0]).toContain('T2 lage årshjul (Ola Hansen, 20.04.2027)');
  });
});
