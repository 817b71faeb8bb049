// Round 6b, A2–A6 through the real server: each spelling typed into the channel is refused and
// never stored, and the same text in something the bot sends is masked on its way out.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';

const kari = person('Kari Nordmann', 1);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string): Promise<string> =>
  chatSay(t, net, who, text, { thread: '800079', status: (status) => expect(status).toBeLessThan(300) });
const REFUSED = /ser ut til å inneholde et fødselsnummer/;
const MARK = '[fødselsnummer fjernet]';
const fnr = validNationalId('150585', '101'); // 15058510170

/** Every spelling refused in chat, nothing of it on the agenda; each masked in a message the bot sends. */
async function refusedInMaskedOut(spelled: string[], ordinary: string[], id = fnr): Promise<void> {
  const { t, net } = await setup();
  const tail = id.slice(6);
  for (const s of spelled) {
    const said = await say(t, net, kari, `agenda + ${s} A`);
    expect(said, s).toMatch(REFUSED);
    expect(said, s).not.toContain(tail);
  }
  const agenda = await say(t, net, kari, 'agenda');
  expect(agenda).not.toContain(tail);
  for (const s of ordinary) {
    const said = await say(t, net, kari, `agenda + ${s}`);
    expect(said, s).not.toMatch(REFUSED);
  }
  const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
  const before = t.connector.emulator.calls.length;
  for (const s of spelled) await t.app.services.messenger.send(network.conversation, { text: `Du skrev: ${s} (slutt)` });
  const sent = t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
  expect(sent).toHaveLength(spelled.length);
  for (const [i, body] of sent.entries()) {
    expect(body, spelled[i]).not.toContain(tail);
    expect(body, spelled[i]).toContain(MARK);
  }
}

describe('round 6b through the channel', () => {
  it('A2: named HTML entities for invisible characters and separators, also without ";"', async () => {
    const [a, b] = [fnr.slice(0, 6), fnr.slice(6)];
    await refusedInMaskedOut(
      ['&ZeroWidthSpace;', '&NoBreak;', '&InvisibleTimes;', '&lowbar;', '&middot;', '&nbsp', '&shy', '&middot'].map(
        (e) => `${a}${e}${b}`,
      ),
      ['Tom &amp; Jerry 15.01.2027 kl 10:00', 'Budsjett&nbsp;2027: 12&nbsp;500 kr'],
    );
  });
});
