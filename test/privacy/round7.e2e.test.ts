// Attack round 7 through the real server: A1 (a birth date and the five digits joined by a short
// word, a month name or in another order) is refused in chat and masked out; A7 (budget table rows,
// payment lists, time sheets) goes onto the agenda as typed; A6 (a message far above what Teams
// carries) is refused for its length.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { mistypedNationalId, validNationalId } from '../support/national-id.ts';

const kari = person('Kari Nordmann', 1);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string): Promise<string> =>
  chatSay(t, net, who, text, { thread: '800079', status: (status) => expect(status).toBeLessThan(300) });
const REFUSED = /ser ut til å inneholde et fødselsnummer/;

describe('round 7 through the channel', () => {
  it('A7: rows of a budget table, a payment list and a time sheet go onto the agenda as typed', async () => {
    const { t, net } = await setup();
    const rows = [
      '| 2026 | 20.03 | 10 500 | 20 000 |',
      '| 15.01 | 12 000 | 45 000 |',
      '15.01 12 000 45 000',
      '| 31.03 | 50 000 | 10 000 |',
      'Tabell: 2026, 15.01, 12 000, 45 000',
      '| 13.05 | 5 232 | 70 496 |',
      '| 15.01 | 07:30 | 15:45 | 7,5 |',
    ];
    for (const row of rows) {
      const said = await say(t, net, kari, `agenda + Budsjett ${row}`);
      expect(said, row).not.toMatch(REFUSED);
    }
    const agenda = await say(t, net, kari, 'agenda');
    for (const row of rows) expect(agenda, row).toContain(row.replaceAll('|', '').split(' ').filter(Boolean)[1]!);
    // A number in a cell of the same table is still refused.
    const id = validNationalId('150585', '101');
    const said = await say(t, net, kari, `agenda + | Ola | ${id.slice(0, 6)} ${id.slice(6)} | x |`);
    expect(said).toMatch(REFUSED);
    expect(said).not.toContain(id.slice(6));
  });

  it('A7 review: a valid number spread over table cells, and a date with mixed separators whatever the check digits, are refused and nothing is stored', async () => {
    const { t, net } = await setup();
    const id = validNationalId('010190', '100');
    const wrong = mistypedNationalId(id);
    const [tail, wrongTail] = [id.slice(6), wrong.slice(6)];
    const lines = [
      `| 01.01 | 90${tail} |`,
      `| 01 | 01 90 ${tail} |`,
      `01.01-90 ${wrongTail}`,
      `01.01 90 ${wrongTail}`,
      `01/01.90-${wrongTail}`,
    ];
    for (const line of lines) {
      const said = await say(t, net, kari, `agenda + Budsjett ${line}`);
      expect(said, line).toMatch(REFUSED);
      expect(said, line).not.toContain(tail);
      expect(said, line).not.toContain(wrongTail);
    }
    const agenda = await say(t, net, kari, 'agenda');
    for (const digits of [tail, wrongTail]) expect(agenda).not.toContain(digits);
  });

  it('A1: a birth date and the five digits joined by a short word, a month name or in another order are refused in and masked out', async () => {
    const { t, net } = await setup();
    const id = validNationalId('010190', '100');
    const tail = id.slice(6);
    const spelled = [
      `01.01.90 nr ${tail}`,
      `01.01.90 nr. ${tail}`,
      `01.01.90 nummer ${tail}`,
      `01.01.90 id ${tail}`,
      `01.01.90 og ${tail}`,
      `010190 og ${tail}`,
      `01.01.90kl${tail}`,
      `1. januar 1990 nr ${tail}`,
      `900101 ${tail}`,
      `${tail} 010190`,
      `Barnet født 01.01.90 nr ${tail} trenger hjelp`,
    ];
    for (const s of spelled) {
      const said = await say(t, net, kari, `agenda + ${s}`);
      expect(said, s).toMatch(REFUSED);
      expect(said, s).not.toContain(tail);
    }
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).not.toContain(tail);
    for (const s of [
      'Faktura 03.02.27 nr 12345 betalt',
      'Innbetalt 15.01.2027 kr 12500',
      'Møte 15.01.27 kl 10:00 i rom 12345',
    ])
      expect(await say(t, net, kari, `agenda + ${s}`), s).not.toMatch(REFUSED);
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    const before = t.connector.emulator.calls.length;
    for (const s of spelled)
      await t.app.services.messenger.send(network.conversation, { text: `Du skrev: ${s} (slutt)` });
    const sent = t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
    expect(sent).toHaveLength(spelled.length);
    for (const [i, body] of sent.entries()) {
      expect(body, spelled[i]).not.toContain(tail);
      expect(body, spelled[i]).toContain('[fødselsnummer fjernet]');
    }
  });

  it('round 7b A5 and A1: D/M-ÅÅ before the five digits, and a joining word before them split, are refused in and masked out', async () => {
    const { t, net } = await setup();
    const id = validNationalId('150387', '124');
    const tail = id.slice(6);
    const split = `${tail.slice(0, 3)} ${tail.slice(3)}`;
    const spelled = [
      `15/3-87 ${tail}`,
      `f. 15/3-87, pnr ${tail}`,
      `15/3-1987 nr. ${tail}`,
      `15.03.87 nr. ${split}`,
      `150387 nummer ${split}`,
      `15.03.87 og ${split}`,
    ];
    for (const s of spelled) {
      const said = await say(t, net, kari, `agenda + ${s}`);
      expect(said, s).toMatch(REFUSED);
      expect(said, s).not.toContain(tail);
      expect(said, s).not.toContain(split);
    }
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).not.toContain(split);
    const wrong = mistypedNationalId(id).slice(6);
    for (const s of [
      '15/3-87 kl 12:45',
      '15/3-2027 12 000 kr',
      `15/3-1987 ${wrong}`,
      `15.03.87 nr. ${wrong.slice(0, 3)} ${wrong.slice(3)}`,
    ])
      expect(await say(t, net, kari, `agenda + ${s}`), s).not.toMatch(REFUSED);
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    const before = t.connector.emulator.calls.length;
    for (const s of spelled)
      await t.app.services.messenger.send(network.conversation, { text: `Du skrev: ${s} (slutt)` });
    const sent = t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
    expect(sent).toHaveLength(spelled.length);
    for (const [i, body] of sent.entries()) {
      expect(body, spelled[i]).not.toContain(tail);
      expect(body, spelled[i]).not.toContain(split);
      expect(body, spelled[i]).toContain('[fødselsnummer fjernet]');
    }
  });

  it('A6: long messages of digits and dots are answered, up to the longest the server takes (their cost per KB: bench/privacy-worst.ts)', async () => {
    const { t, net } = await setup();
    for (const pairs of [13_500, 45_000]) {
      const said = await say(t, net, kari, `agenda + ${'1.'.repeat(pairs)}`);
      expect(said, `${pairs * 2} characters`).not.toMatch(REFUSED);
    }
  });
});
