import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { sentSince, speaker, appPerTest } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { cardsOf as cardsIn, executeActions as executes } from '../support/cards.ts';

// N14 (month round 4): a proposal no leader decides on is put to the leaders again with the agenda
// notice, the proposer hears when its meeting passed without it, and the same proposal twice is one.
const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2);

/** Monday 16 November 2026: the meeting is Friday 27.11, its agenda goes out Friday 20.11 at 09:00. */
const setup = appPerTest(kari, '2026-11-16T08:00:00Z');

let msgId = 820000;
async function propose(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const thread = String(++msgId);
  const res = await t.post(channelMessage(net, who, `agenda + ${text}`, { thread, id: thread }));
  expect(res.status).toBe(200);
  const sent = sentSince(t, before);
  const posted = sent.find((c) => cardsIn(c.body).some((x) => JSON.stringify(x).includes('proposal.accept')));
  return { text: JSON.stringify(sent.map((c) => c.body)), posted, thread };
}

const proposalCards = <T extends { body: any }>(calls: T[]) =>
  calls.filter((c) => cardsIn(c.body).some((x) => executes(x).some((e) => e.verb === 'proposal.accept')));

describe('N14: the same proposal twice is one', () => {
  it('a second identical proposal from the same person is answered with the first one and not stored', async () => {
    const { t, net } = await setup();
    const first = await propose(t, net, ola, 'Budsjett for veiledningsteamet 2027');
    expect(first.posted).toBeTruthy();
    // Written again as people do: other case, extra spaces, a full stop.
    const again = await propose(t, net, ola, '  budsjett for   Veiledningsteamet 2027. ');
    expect(again.text).toContain('Du har allerede foreslått dette (P1)');
    expect(again.posted).toBeUndefined();
    const stored = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27');
    expect(stored.map((p) => p.id)).toEqual(['P1']);
    // Another text from the same person, or the same text from someone else, is a new proposal.
    const other = await propose(t, net, ola, 'Budsjett for veiledningsteamet 2028');
    expect(other.text).toContain('P2');
    expect(other.posted).toBeTruthy();
  });
});

describe('N14: undecided proposals are not forgotten', () => {
  it('the agenda notice lists undecided proposals to the leaders with their buttons, in its thread', async () => {
    const { t, net } = await setup();
    await propose(t, net, ola, 'Budsjett for veiledningsteamet 2027');
    await propose(t, net, ola, 'Rutiner for ettervern');
    // P2 is decided: it is not put to the leaders again.
    const p2 = (await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27'))[1]!;
    await t.post(
      cardAction(net, kari, 'proposal.accept', {
        proposalId: p2.id,
        networkId: net.teamId,
        meetingDate: p2.meetingDate,
      }),
    );
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-11-20T08:00:00Z');
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const sent = sentSince(t, before);
    const agenda = sent.find((c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet'));
    expect(agenda).toBeTruthy();
    const inThread = sent.filter(
      (c) => c !== agenda && (c.conversationId ?? '').includes(`messageid=${agenda!.responseId}`),
    );
    const reminder = inThread.find((c) => String(c.body.text ?? '').includes(`<at>${kari.name}</at>`));
    expect(reminder).toBeTruthy();
    expect(reminder!.body.text).toContain('27.11.2026');
    expect(reminder!.body.entities).toContainEqual(
      expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: kari.id }) }),
    );
    const cards = proposalCards(inThread);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0]!.body)).toContain('Budsjett for veiledningsteamet 2027');
    // The decided one is on the agenda itself and not put to the leaders again.
    expect(JSON.stringify(agenda!.body)).toContain('Rutiner for ettervern');
    expect(JSON.stringify(inThread.map((c) => c.body))).not.toContain('Rutiner for ettervern');
    // The buttons on the reminder work like the first card's: the proposer is told.
    const accept = executes(cardsIn(cards[0]!.body)[0]).find((x) => x.verb === 'proposal.accept')!;
    const b2 = t.connector.emulator.calls.length;
    const res = await t.post(
      cardAction(net, kari, accept.verb, accept.data, {
        thread: agenda!.responseId!,
        replyToId: cards[0]!.responseId!,
      }),
    );
    expect(JSON.stringify(res.body)).toContain('Godtatt av Kari Nordmann');
    expect(JSON.stringify(sentSince(t, b2).map((c) => c.body))).toContain(`<at>${ola.name}</at>`);
  });

  it('no undecided proposal: the agenda notice comes alone', async () => {
    const { t } = await setup();
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-11-20T08:00:00Z');
    await t.app.services.scheduler.tick();
    const sent = sentSince(t, before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body)).toContain('Agenda for møtet');
  });

  it('a proposal still undecided when its meeting has passed: the proposer is told, once', async () => {
    const { t, net } = await setup();
    await propose(t, net, ola, 'Budsjett for veiledningsteamet 2027');
    await propose(t, net, ola, 'Rutiner for ettervern');
    const p2 = (await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27'))[1]!;
    await t.post(
      cardAction(net, kari, 'proposal.decline', {
        proposalId: p2.id,
        networkId: net.teamId,
        meetingDate: p2.meetingDate,
      }),
    );
    t.clock.set('2026-11-20T08:00:00Z');
    await t.app.services.scheduler.tick();
    // The meeting is held without taking it up. (A meeting nobody starts hands its proposals on to the next
    // meeting instead: test/meetings/not-started-proposals.e2e.test.ts.)
    t.clock.set('2026-11-27T09:00:00Z');
    const held = speaker(t, net, '829001');
    expect(await held.say(kari, 'start møte')).toContain('er startet');
    await held.say(kari, 'avslutt møte');
    // The meeting day itself: not yet.
    t.clock.set('2026-11-27T15:00:00Z');
    let before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(JSON.stringify(sentSince(t, before).map((c) => c.body))).not.toContain('ikke tatt opp');
    t.clock.set('2026-11-30T08:00:00Z');
    before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const told = sentSince(t, before).filter((c) => JSON.stringify(c.body).includes('ikke tatt opp'));
    expect(told).toHaveLength(1);
    const body = JSON.stringify(told[0]!.body);
    expect(body).toContain('Budsjett for veiledningsteamet 2027');
    expect(body).toContain('P1');
    expect(body).toContain('27.11.2026');
    expect(body).not.toContain('Rutiner for ettervern');
    // Ola hears it: in his personal chat, or by name in the channel.
    expect((told[0]!.conversationId ?? '').includes(ola.id) || body.includes(`<at>${ola.name}</at>`)).toBe(true);
    await t.restart();
    t.clock.set('2026-12-01T08:00:00Z');
    before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(JSON.stringify(sentSince(t, before).map((c) => c.body))).not.toContain('ikke tatt opp');
  });
});
