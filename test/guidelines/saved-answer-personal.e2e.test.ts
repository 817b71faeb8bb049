import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { sentSince } from '../support/chat.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  composeExtensionQuery,
  networkFixture,
  person,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';
import { cardsOf as cardsIn, executeActions as executes } from '../support/cards.ts';

// N23: a leader's saved answer serves the network's members wherever they ask. A member holds no recorded role; that
// she wrote to the bot in the network's channel is what makes it her network, in a personal chat too.
const leader = person('Kari Nordmann', 1);
const member = person('Siri Berg', 3);

const question = 'Kan vi spandere pizza på deltakerne etter en samling med restmidler?';
const saved = 'Enkel servering etter en samling er greit innenfor budsjettet; spør meg før større innkjøp.';

describe('N23: the same question gets the same answer in the channel and in personal chat', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url, 1);
    await t.post(botAddedToTeam(net, leader));
  });
  afterEach(async () => t?.close());

  async function answerIn(where: 'channel' | 'personal', text: string): Promise<string> {
    const before = t.connector.emulator.calls.length;
    await t.post(
      where === 'channel'
        ? channelMessage(net, member, text)
        : personalMessage(t.connector.url, net.tenantId, member, text),
    );
    return JSON.stringify(sentSince(t, before).map((c) => c.body?.activity ?? c.body));
  }

  it('a member with no recorded role, seen in the channel, gets the saved answer in personal chat too', async () => {
    // The member asks in the channel and hands the question to the leader.
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, member, question));
    const card = sentSince(t, before)
      .flatMap((c) => cardsIn(c.body?.activity ?? c.body))
      .find((c) => executes(c).some((x) => x.verb === 'guidelines.escalate'));
    expect(card).toBeDefined();
    const ask = executes(card).find((x) => x.verb === 'guidelines.escalate')!;
    const beforeAsk = t.connector.emulator.calls.length;
    await t.post(cardAction(net, member, ask.verb, ask.data));
    const created = t.connector.emulator.calls.slice(beforeAsk).find((c) => c.kind === 'create')!;
    const save = executes(cardsIn(created.body.activity)[0]).find((x) => x.verb === 'guidelines.saveAnswer')!;
    const e = await t.app.services.store.guidelines.getEscalation(net.tenantId, net.teamId, save.data.escalationId);
    const res = await t.post(
      cardAction(net, leader, save.verb, { ...save.data, answer: saved }, { replyToId: e!.posted!.activityId }),
    );
    expect(res.body.statusCode).toBe(200);

    const inChannel = await answerIn('channel', question);
    expect(inChannel).toContain('Enkel servering etter en samling er greit');
    const inPersonal = await answerIn('personal', question);
    expect(inPersonal).toContain('Enkel servering etter en samling er greit');
    // The message extension, searched with the same words, lists the saved answer too.
    const search = await t.post(composeExtensionQuery(net, member, question));
    expect(JSON.stringify(search.body)).toContain('Enkel servering etter en samling er greit');
  });
});
