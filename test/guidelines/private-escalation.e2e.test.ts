import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import type { TestApp } from '../support/app.ts';
import { installedWithMember } from '../support/with-member.ts';
import { sentSince } from '../support/chat.ts';
import {
  person,
  personalCardAction,
  personalConversationId,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';
import { cardsOf as cardsIn, executeActions as executes } from '../support/cards.ts';

// N17 (month round 9): a question asked in personal chat went to the channel with the asker's name, and the
// asker learnt it only after pressing. The card now says beforehand who will see it and offers the private way.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // member who asks in personal chat

const question = 'kan vi bruke midlene til servering på fagdagen?';
const answer = 'Enkel servering på en fagdag kan dekkes av midlene, men ikke alkohol eller middag.';

describe('N17: a question from personal chat can go to the leaders privately', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    ({ t, net } = await installedWithMember(kari, ola));
    t.connector.emulator.installPersonal(kari.id);
    t.connector.emulator.installPersonal(ola.id);
  });
  afterEach(async () => t?.close());

  async function askPersonally(text: string) {
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, text));
    const c = sentSince(t, before).flatMap((x) => cardsIn(x.body?.activity ?? x.body))[0];
    expect(c).toBeDefined();
    return c;
  }

  // What reaches the channel: a roster look-up (who is still a member, attack round 9 A3) posts nothing.
  const channelCalls = (from: number) =>
    t.connector.emulator.calls
      .slice(from)
      .filter((c) => c.kind !== 'member' && c.kind !== 'members')
      .filter((c) => (c.conversationId ?? c.body?.channelData?.channel?.id ?? '').startsWith(net.channelId));

  it('the card says beforehand where the question goes and that the name is shown, and offers both ways', async () => {
    const c = await askPersonally(question);
    expect(checkCard(c).errors).toEqual([]);
    const shown = JSON.stringify(c);
    expect(shown).toContain('navnet ditt');
    expect(shown).toContain('bare til nettverkslederne');
    const ways = executes(c)
      .filter((x) => x.verb === 'guidelines.escalate')
      .map((x) => x.data.way);
    expect(ways).toEqual(['private', 'channel']);
  });

  it('privately: the leader gets it in personal chat, nothing reaches the channel, and the answer goes back privately', async () => {
    const c = await askPersonally(question);
    const ask = executes(c).find((x) => x.verb === 'guidelines.escalate' && x.data.way === 'private')!;
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, ask.verb, ask.data));
    expect(JSON.stringify(res.body.value)).toContain('sendt privat til lederne');
    expect(channelCalls(before)).toEqual([]);
    const toKari = t.connector.emulator.calls
      .slice(before)
      .find((x) => x.kind === 'create' && x.body?.members?.[0]?.id === kari.id);
    expect(toKari).toBeDefined();
    const sent = sentSince(t, before);
    const leaderCard = sent
      .flatMap((x) => cardsIn(x.body?.activity ?? x.body))
      .find((x) => JSON.stringify(x).includes(question));
    expect(leaderCard).toBeDefined();
    expect(JSON.stringify(sent.map((x) => x.body))).toContain('sendt privat');
    const save = executes(leaderCard).find((x) => x.verb === 'guidelines.saveAnswer')!;

    // A member cannot answer it from a copy of the card.
    const refused = await t.post(
      personalCardAction(t.connector.url, net.tenantId, ola, save.verb, { ...save.data, answer }),
    );
    expect(JSON.stringify(refused.body.value)).toContain('Bare nettverkets ledere');

    // Kari answers in her personal chat: Ola is told in his, the channel hears nothing.
    const beforeSave = t.connector.emulator.calls.length;
    const saved = await t.post(
      personalCardAction(t.connector.url, net.tenantId, kari, save.verb, { ...save.data, answer }),
    );
    expect(JSON.stringify(saved.body.value)).toContain('Svar lagret av Kari Nordmann');
    expect(channelCalls(before)).toEqual([]);
    // Ola's personal chat: a new one, or the one he asked in.
    const toOla = t.connector.emulator.calls
      .slice(beforeSave)
      .filter(
        (x) =>
          (x.kind === 'create' && x.body?.members?.[0]?.id === ola.id) ||
          ((x.kind === 'send' || x.kind === 'reply') && x.conversationId === personalConversationId(ola)),
      );
    expect(toOla).toHaveLength(1);
    expect(JSON.stringify(toOla[0]!.body)).toContain('servering på en fagdag kan dekkes');
    expect(JSON.stringify(toOla[0]!.body)).not.toContain('<at>');

    // The saved answer is reused when the same question is asked again.
    const again = await askPersonally(question);
    expect(JSON.stringify(again)).toContain('servering på en fagdag kan dekkes');
  });

  it('in the channel: still posted there with the name, as the member chose', async () => {
    const c = await askPersonally(question);
    const ask = executes(c).find((x) => x.verb === 'guidelines.escalate' && x.data.way === 'channel')!;
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, ask.verb, ask.data));
    expect(JSON.stringify(res.body.value)).toContain('Svaret kommer i kanalen');
    const posted = channelCalls(before);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.body)).toContain('Spurt av Ola Hansen');
  });
});
