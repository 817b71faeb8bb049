import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince, textOf } from '../support/chat.ts';
import { cardAction, person, personalCardAction, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { memberEvent } from './member-event.ts';

// Month round 7, N17: someone the bot heard leave the team (membersRemoved) pressed «Levert» on a
// deadline card; the bot took it, and posted the confirmation twice. In Teams the same press can come
// from a card in the person's personal chat, or from a guest removed from the team.

const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');
const LEFT = 'Du er ikke lenger med i teamet';

async function setUp(): Promise<{ t: TestApp; net: NetworkFixture }> {
  const { t, net } = await app();
  // Due within 30 days: earlier, «Levert» asks first (N11, round 9).
  expect(await say(t, net, kari, 'frist 22.12.2026 Søknad om stimuleringsmidler')).toContain('F1');
  return { t, net };
}

async function press(t: TestApp, net: NetworkFixture, who: TestPerson, verb = 'deadline.done') {
  const from = t.connector.emulator.calls.length;
  const res = await t.post(cardAction(net, who, verb, { deadlineId: 'F1', networkId: net.teamId }));
  return { answer: JSON.stringify(res.body), posted: textOf(sentSince(t, from)) };
}

describe('someone who left the team cannot act on the network any more (N17)', () => {
  it('a press on a channel card, any verb, is refused with why, and nothing changes or is posted', async () => {
    const { t, net } = await setUp();
    await t.post(memberEvent(net, kari, ola, 'removed'));
    for (const verb of ['deadline.done', 'deadline.snooze', 'deadline.edit']) {
      const { answer, posted } = await press(t, net, ola, verb);
      expect(answer).toContain(LEFT);
      expect(posted).toBe('');
    }
    expect(await say(t, net, kari, 'frister')).toContain('Søknad om stimuleringsmidler');
    expect(await say(t, net, kari, 'frister')).not.toContain('levert');
  });

  it('a press on a card in their personal chat is refused the same way', async () => {
    const { t, net } = await setUp();
    await t.post(memberEvent(net, kari, ola, 'removed'));
    const from = t.connector.emulator.calls.length;
    const res = await t.post(
      personalCardAction(net.serviceUrl, net.tenantId, ola, 'deadline.done', {
        deadlineId: 'F1',
        networkId: net.teamId,
      }),
    );
    expect(JSON.stringify(res.body)).toContain(LEFT);
    expect(textOf(sentSince(t, from))).toBe('');
  });

  it('a command in the channel is refused too; a leader who left is refused like anyone', async () => {
    const { t, net } = await setUp();
    await t.post(memberEvent(net, kari, ola, 'removed'));
    expect(await say(t, net, ola, 'frister')).toContain(LEFT);
    await t.post(memberEvent(net, ola, kari, 'removed'));
    expect(await say(t, net, kari, 'frist 20.01.2027 Rapport')).toContain(LEFT);
  });

  it('joining the team again lifts it, and one press gives one post', async () => {
    const { t, net } = await setUp();
    await t.post(memberEvent(net, kari, ola, 'removed'));
    await t.post(memberEvent(net, kari, ola, 'added'));
    const { answer, posted } = await press(t, net, ola);
    expect(answer).not.toContain(LEFT);
    expect(posted.match(/merket F1/g)).toHaveLength(1);
  });

  it('two presses at the same moment (a double click, a retried invoke) give one post', async () => {
    const { t, net } = await setUp();
    const from = t.connector.emulator.calls.length;
    // Several at once, so their turns overlap in the server as a slow press and its repeat do.
    await Promise.all(
      Array.from({ length: 6 }, () =>
        t.post(
          cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }, { replyToId: 'card-f1' }),
        ),
      ),
    );
    expect(textOf(sentSince(t, from)).match(/merket F1/g)).toHaveLength(1);
  });
});
