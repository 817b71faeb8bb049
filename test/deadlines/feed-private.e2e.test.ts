import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer, sentSince } from '../support/chat.ts';
import { person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2); // member
const stranger = person('Per Utenfor', 9); // in no network

const app = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '710001', status: (status) => expect(status).toBe(200) });
const FEED = /frister\.ics/;
const feedIn = (out: string) => /(https?:\/\/[^"\s)]+frister\.ics[^"\s)]+)/.exec(out)![1]!.replace(/\\u0026/g, '&');

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return JSON.stringify(sentSince(t, before).map((c) => c.body));
}

/** Everything sent from call `before` on, split by where it went: the channel or a personal chat. */
function byPlace(t: TestApp, before: number) {
  const calls = sentSince(t, before);
  // A personal chat: opened (createConversation without a channel) or written to (conversation id a:…).
  const isPersonal = (c: (typeof calls)[number]) =>
    c.body?.isGroup === false || String(c.conversationId ?? '').startsWith('a:');
  return {
    channel: JSON.stringify(calls.filter((c) => !isPersonal(c)).map((c) => c.body)),
    personal: JSON.stringify(calls.filter(isPersonal).map((c) => c.body)),
  };
}

/**
 * A10 (part 2): the calendar link is a secret (it opens the network's calendar without a Teams
 * login). «ny kalenderlenke» sends the new one privately, so «frister» in the channel must not post
 * it for all to read: there the deadlines come with a line on how to get the link; in a personal
 * chat someone of the network gets it (the personal views know people by their role), and
 * «kalenderlenke» in the channel sends it to whoever asks there, privately.
 */
describe('A10: the calendar link is never posted in the channel', () => {
  it('frister in the channel lists the deadlines and says how to get the link; in a personal chat the link comes', async () => {
    const { t, nets } = await app(1);
    const [a] = nets as [NetworkFixture];
    await say(t, a, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren');
    for (const form of ['frister', 'Frister?', 'fristene']) {
      const listed = await say(t, a, ola, form);
      expect(listed).toContain('Rapport til Statsforvalteren');
      expect(listed).not.toMatch(FEED);
      expect(listed).toContain('kalenderlenke');
      expect(listed).toContain('personlig');
    }
    const mine = await personal(t, a, kari, 'frister');
    expect(mine).toContain('Rapport til Statsforvalteren');
    const link = feedIn(mine);
    expect((await fetch(link)).status).toBe(200);

    // Rotated: the new link is private, and stays so after someone writes frister in the channel.
    t.connector.emulator.installPersonal(kari.id);
    await say(t, a, kari, 'ny kalenderlenke');
    expect((await fetch(link)).status).toBe(410);
    expect(await say(t, a, ola, 'frister')).not.toMatch(FEED);
    const fresh = feedIn(await personal(t, a, kari, 'frister'));
    expect((await fetch(fresh)).status).toBe(200);
  });

  it('«kalenderlenke» in the channel sends the link to the asker privately; in a personal chat it answers there', async () => {
    const { t, nets } = await app(1);
    const [a] = nets as [NetworkFixture];
    await say(t, a, ola, 'frister'); // Ola is seen in the network
    t.connector.emulator.installPersonal(ola.id);
    for (const form of ['kalenderlenke', 'Kalenderlenken?', 'lenke til kalenderen']) {
      const before = t.connector.emulator.calls.length;
      await say(t, a, ola, form);
      const sent = byPlace(t, before);
      expect(sent.channel).not.toMatch(FEED);
      expect(sent.channel).toContain('personlig melding');
      expect((await fetch(feedIn(sent.personal))).status).toBe(200);
    }
    const direct = await personal(t, a, kari, 'kalenderlenke');
    expect((await fetch(feedIn(direct))).status).toBe(200);
    // Someone in no network gets no link.
    const none = await personal(t, a, stranger, 'kalenderlenke');
    expect(none).not.toMatch(FEED);
    expect(await personal(t, a, stranger, 'frister')).not.toMatch(FEED);
  });

  it('without a personal chat the asker is told how to open one, and the channel still gets no link', async () => {
    const { t, nets } = await app(1);
    const [a] = nets as [NetworkFixture];
    const before = t.connector.emulator.calls.length;
    await say(t, a, ola, 'kalenderlenke');
    const sent = byPlace(t, before);
    expect(sent.channel).not.toMatch(FEED);
    expect(sent.channel).toContain('Åpne en chat med Nettverksboten');
  });
});
