// Month round 14, #10: «levert F1» typed in the personal chat marked the deadline delivered and redrew the
// channel's cards in place, which notifies nobody; typed in the channel, the answer itself is the network's
// post. The personal path took the channel's shortcut (the answer is the post). Now a delivery typed anywhere
// but the channel also posts «… merket F1 … som levert.» in the channel, and the question rule is one: an
// untouched checklist is not asked about wherever it is typed, a half-done one is asked about everywhere.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince, textOf } from '../support/chat.ts';
import { cardAction, person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-01-14T09:00:00Z'); // Thursday 14 January 2027, the day before

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return sentSince(t, before);
}
const inChannel = (net: NetworkFixture, calls: ReturnType<typeof sentSince>) =>
  calls.filter((c) => c.conversationId?.startsWith(net.channelId));

describe('«levert F1» in the personal chat', () => {
  it('tells the network in the channel, as the same words there do', async () => {
    const { t, net } = await start();
    t.connector.emulator.setMembers(
      net.teamId,
      [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
    await say(t, net, kari, 'frist 15.01.2027 søknad om tilskudd til Statsforvalteren');
    const sent = await personal(t, net, kari, 'levert F1');
    const mine = sent.filter((c) => !c.conversationId?.startsWith(net.channelId));
    expect(textOf(mine)).toContain('er markert som levert');
    const posted = inChannel(net, sent).filter((c) => c.kind === 'create');
    expect(textOf(posted)).toContain('Kari Nordmann merket F1');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!.status).toBe('done');
  });

  it('asks about a half-done checklist in the personal chat as on the card, and posts nothing yet', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 15.01.2027 søknad om tilskudd til Statsforvalteren');
    const d = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1');
    await t.post(
      cardAction(net, kari, 'deadline.tick', {
        deadlineId: 'F1',
        networkId: net.teamId,
        item: d!.checklist[0],
        on: true,
      }),
    );
    const card = await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(JSON.stringify(card.body)).toContain('ikke krysset av');
    const sent = await personal(t, net, kari, 'levert F1');
    expect(textOf(sent)).toContain('ikke krysset av');
    expect(inChannel(net, sent).filter((c) => c.kind === 'create')).toHaveLength(0);
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!.status).toBe('open');
  });
});
