import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sentSince } from '../support/chat.ts';
import { cardsOf } from '../support/cards.ts';
import { channelMessage, personalMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Month s14 #4 and #13: «når er nesete møte», «hva skjer på neste møtet» got the Hordaland network's 2018
// gatherings, «@Nettverksboten neste møte» got «Eksempel: «start møte»» (read as the next agenda item), and
// «hva er mine opgaver?» got a steering group's tasks. They ask about this network: its next meeting, its tasks.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const setup = appPerTest(kari, '2026-11-16T08:00:00Z');

async function say(t: TestApp, send: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(send);
  expect(res.status).toBe(200);
  const sent = sentSince(t, before);
  return { text: JSON.stringify(sent.map((c) => c.body)), cards: sent.flatMap((c) => cardsOf(c.body)) };
}
const channel = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string) =>
  say(t, channelMessage(net, who, text));
const personal = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string) =>
  say(t, personalMessage(t.connector.url, net.tenantId, who, text));

describe('month s14 #4, #13: the next meeting and my tasks asked in everyday words', () => {
  it('in the channel, «neste møte» and questions about it show the next meeting’s agenda', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    for (const q of ['neste møte', 'når er nesete møte', 'hva skjer på neste møtet?', 'når møtes vi neste gang?']) {
      const r = await channel(t, net, ola, q);
      expect(r.cards, q).toHaveLength(1);
      expect(JSON.stringify(r.cards[0]), q).toContain('Agenda for møtet');
      expect(JSON.stringify(r.cards[0]), q).toContain('27. november 2026');
      expect(r.text, q).not.toContain('2018');
      expect(r.text, q).not.toContain('start møte');
    }
  });

  it('in the personal chat too, read only, for the person’s own network', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    await channel(t, net, ola, 'hei');
    const r = await personal(t, net, ola, 'når er neste møte?');
    expect(r.text).not.toContain('brukes i nettverkets kanal');
    expect(r.cards).toHaveLength(1);
    expect(JSON.stringify(r.cards[0])).toContain('27. november 2026');
  });

  it('«hva er mine opgaver?» with one letter missing lists the person’s tasks', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    await channel(t, net, kari, 'hei');
    const r = await channel(t, net, kari, 'hva er mine opgaver?');
    expect(r.text).not.toContain('Hordaland');
    expect(r.text).toContain('Kari Nordmann');
    expect(r.text).toMatch(/oppgaver/iu);
  });

  it('a guideline question that names a meeting is still a guideline question', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    const r = await channel(t, net, ola, 'hvor ofte skal et ledernettverk ha møter?');
    expect(r.text).not.toContain('Agenda for møtet');
  });
});
