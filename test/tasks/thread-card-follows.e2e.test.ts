import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';

// Month round 7, N1: in the meeting thread Kari gave T1 to Ola (`oppgave T1 ny ansvarlig @Ola Hansen`) and the
// bot answered with T1's card there. Ola marked T1 done in his personal chat: the channel card and his own
// cards turned «Ferdig», the card in the meeting thread, the one everyone was looking at, stayed «Åpen».
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const start = appPerTest(kari, '2026-12-18T08:00:00Z'); // Friday 18 December, 09:00
const MEETING = '850002';

const contentOf = (body: any) => (body?.activity ?? body)?.attachments?.[0]?.content;

describe('N1: every posted card of a task follows it, the meeting thread too', () => {
  it('the T1 card answered in the meeting thread turns «Ferdig» when Ola marks T1 done in personal chat', async () => {
    const { t, net } = await start();
    expect(
      await say(t, net, kari, 'oppgave @Per Berg lage samarbeidsplan innen 15.01', {
        thread: '850001',
        mentions: [per],
      }),
    ).toContain('T1');
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    await say(t, net, kari, 'start møte', { thread: MEETING });

    const mark = t.connector.emulator.calls.length;
    await say(t, net, kari, 'oppgave T1 ny ansvarlig @Ola Hansen', { thread: MEETING, mentions: [ola] });
    await say(t, net, kari, 'oppgave vis T1', { thread: MEETING });
    const threadCards = t.connector.emulator.calls
      .slice(mark)
      .filter(
        (c) =>
          c.conversationId?.includes(`messageid=${MEETING}`) &&
          c.responseId &&
          JSON.stringify(contentOf(c.body) ?? '').includes('Oppgave T1'),
      );
    expect(threadCards).toHaveLength(2);

    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, 'task.done', {
        taskId: 'T1',
        networkId: net.teamId,
        shown: 'open',
      }),
    );
    expect(res.status).toBe(200);
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update' && c.status === 200);
    for (const card of threadCards) {
      const u = updates.find((c) => c.activityId === card.responseId);
      expect(u, `the thread card ${card.responseId} was not updated`).toBeDefined();
      expect(JSON.stringify(contentOf(u!.body))).toContain('Ola Hansen markerte den som ferdig');
      expect(JSON.stringify(contentOf(u!.body))).not.toContain('task.progress');
    }
  });
});
