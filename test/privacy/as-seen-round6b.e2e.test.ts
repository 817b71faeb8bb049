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
async function refusedInMaskedOut(spelled: string[], ordinary: string[], tails = [fnr.slice(6)]): Promise<void> {
  const { t, net } = await setup();
  for (const s of spelled) {
    const said = await say(t, net, kari, `agenda + ${s} A`);
    expect(said, s).toMatch(REFUSED);
    for (const tail of tails) expect(said, s).not.toContain(tail);
  }
  const agenda = await say(t, net, kari, 'agenda');
  for (const tail of tails) expect(agenda).not.toContain(tail);
  for (const s of ordinary) {
    const said = await say(t, net, kari, `agenda + ${s}`);
    expect(said, s).not.toMatch(REFUSED);
  }
  const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
  const before = t.connector.emulator.calls.length;
  for (const s of spelled)
    await t.app.services.messenger.send(network.conversation, { text: `Du skrev: ${s} (slutt)` });
  const sent = t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
  expect(sent).toHaveLength(spelled.length);
  for (const [i, body] of sent.entries()) {
    for (const tail of tails) expect(body, spelled[i]).not.toContain(tail);
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

  it('A3: naming words in their inflected, compound, abbreviated and English forms, before or after the digits', async () => {
    const date = `${fnr.slice(0, 2)}.${fnr.slice(2, 4)}.1985`;
    await refusedInMaskedOut(
      [
        `${date} personnummeret 54321`,
        `${date} fødselsnummeret 54321`,
        `${date} individnummer 54321`,
        `${date} individnr 54321`,
        `${date} identitetsnummer 54321`,
        `${date} pers. 54321`,
        `${date} SSN 54321`,
        `${date} ID number 54321`,
        `${date} national id 54321`,
        `${date} fnr og pnr 54321`,
        `${date} 54321 (personnr)`,
        `${date}, og hans personnr er ${fnr.slice(6)}`,
        `| Fødselsdato | ${date} |\n| Personnr | ${fnr.slice(6)} |`,
        `pnr ${fnr.slice(6)} født ${fnr.slice(0, 6)}`,
      ],
      ['født i 1985, 10 170 kr', 'SSN-ordningen 15.05.1985 12345 kr', 'Møtet 15.05.2027, og budsjettet er 54321 kr'],
      ['54321', fnr.slice(6)],
    );
  });

  it('A4: birth dates with the month in words, with valid check digits or a naming word', async () => {
    await refusedInMaskedOut(
      [
        '15 mai 85 10170',
        'født 15. mai 1985 10170',
        '15.mai.85 10170',
        '15. mai 1985 personnummer 10170',
        'født 15. mai 1985, pnr 10170',
        '15 May 1985 10170',
      ],
      ['15. mai 1985 kl 10:17', '15. mai 2027 12345', '1. januar 2027 ble 12500 kr utbetalt'],
    );
  });

  it('A5: DDMMÅÅÅÅ and the five digits as one run of thirteen', async () => {
    await refusedInMaskedOut(
      [`${fnr.slice(0, 4)}19${fnr.slice(4)}`, `pnr ${fnr.slice(0, 4)}1985${fnr.slice(6)}`],
      ['KID 1505198512345', 'EAN 7038010012345'],
    );
  });

  it('A6: enclosed two-digit numbers, Roman numerals, tatweel, "(0)" and look-alike letters', async () => {
    await refusedInMaskedOut(
      ['⑮⑤⑧⑤⑩①⑦⓪', '⒂⑸⑻⑸⑽⑴⑺(0)', '⒖⒌85 10170', 'ⅩⅤ.Ⅴ.85 10170', '150585\u064010170', 'lSOS8SlOl7O', '⑴⑸(0)⑸⑻⑸⑴⑵⑶⑷⑸'],
      ['① Møte 15.01.2027 ② Budsjett 12 500 kr', 'Ⅻ. Budsjett 2027: 12500 kr', 'SOS-telefon 116 123, rom IOl'],
      [fnr.slice(6), '12345'],
    );
  });
});
