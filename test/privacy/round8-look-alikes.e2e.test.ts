// Attack round 8 through the real server: identity numbers written with letters that draw digits
// (other scripts' O, І, З, б; Latin O and l in groups along the fields or one at a time; under
// combining marks and direction controls; with a naming word beside a mistyped one) are refused in
// the channel, never stored, and masked in what the bot sends; prose with a lone «O» or «l» by a
// number, or in Cyrillic or Greek, goes onto the agenda as typed.
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
const MARK = '[fødselsnummer fjernet]';
const id = validNationalId('150387', '124'); // 15038712486
const wrong = mistypedNationalId(id);
const spell = (s: string, letters: Record<string, string>) => [...s].map((c) => letters[c] ?? c).join('');
const latin = (s: string) => spell(s, { '0': 'O', '1': 'l' });

/**
 * Every spelling refused in chat, its tail nowhere in the reply or on the agenda; every ordinary
 * line accepted and on the agenda; each spelling masked whole in a message the bot sends.
 */
async function refusedInMaskedOut(spelled: string[], ordinary: string[], tails: string[]): Promise<void> {
  const { t, net } = await setup();
  for (const s of spelled) {
    const said = await say(t, net, kari, `agenda + Sak ${s} A`);
    expect(said, s).toMatch(REFUSED);
    expect(said, s).not.toContain(s);
  }
  for (const s of ordinary) expect(await say(t, net, kari, `agenda + ${s}`), s).not.toMatch(REFUSED);
  const agenda = await say(t, net, kari, 'agenda');
  for (const s of spelled) expect(agenda, s).not.toContain(s);
  for (const tail of tails) expect(agenda).not.toContain(tail);
  for (const s of ordinary) expect(agenda, s).toContain(s);
  const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
  const before = t.connector.emulator.calls.length;
  for (const s of spelled)
    await t.app.services.messenger.send(network.conversation, { text: `Du skrev: ${s} (slutt)` });
  const sent = t.connector.emulator.calls.slice(before).map((c) => (c.body as { text?: string }).text ?? '');
  expect(sent).toHaveLength(spelled.length);
  for (const [i, text] of sent.entries()) {
    const s = spelled[i]!;
    // Shown backwards or only once rendered (an entity), the whole text goes; else the number alone, with any mark that decorated its last character.
    if (s.includes('\u202e') || s.includes('&#')) expect(text, s).toBe(MARK);
    else {
      expect(text, s).toMatch(/^Du skrev: .*\S* ?\(slutt\)$/);
      expect(text, s).toContain(`${MARK} `);
      expect(text, s).not.toMatch(/[\p{Mn}\u202a-\u202e\u2066-\u2069]/u);
      expect(text.replace(MARK, ''), s).not.toMatch(/\p{N}/u);
    }
  }
}

describe('round 8 through the channel', () => {
  it('letters of other scripts for digits: Cyrillic and Greek O, Cyrillic І, З, б, Ѕ, full-width and mathematical', async () => {
    const sixes = validNationalId('160366', '124');
    await refusedInMaskedOut(
      [
        spell(id, { '0': '\u041e' }),
        spell(id, { '0': '\u043e', '1': '\u0456' }),
        spell(id, { '0': '\u039f' }),
        spell(id, { '0': '\u03bf', '3': '\u0417' }),
        spell(id, { '1': '\u0406', '5': '\u0405' }),
        spell(sixes, { '6': '\u0431' }),
        spell(id, { '0': '\uff2f' }),
        '𝟏𝟓\u{1d40e}𝟑𝟖𝟕\u{1d425}𝟐𝟒𝟖𝟔',
        `15&#1054;${id.slice(3)}`,
        // Other scripts' digits, mathematical, superscript and subscript digits (read before round 8 too).
        [...id].map((c) => String.fromCharCode(0x660 + Number(c))).join(''),
        [...id].map((c) => String.fromCharCode(0x966 + Number(c))).join(''),
        [...id].map((c) => String.fromCodePoint(0x1d7f6 + Number(c))).join(''),
        [...id].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]).join(''),
        [...id].map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]).join(''),
        // A date and five with a look-alike is refused whatever the check digits, as in digits (pv3 item 3).
        `Referanse ${spell(wrong, { '0': '\u043e' })}`,
      ],
      ['Встреча 15.03 в 10:00, тел. 912 34 567, о бюджете з 2024 і далі.', 'Ο Γιώργος πλήρωσε 1500 ευρώ στις 15/03'],
      [id.slice(6), sixes.slice(6), '2486'],
    );
  });

  it('Latin look-alikes with spaces, along the fields, with a four-digit year or one at a time', async () => {
    const o = latin(id);
    await refusedInMaskedOut(
      [
        `15 O3 87 l2486`,
        `15O387 l2486`,
        `${o.slice(0, 2)}.${o.slice(2, 4)}.19${o.slice(4, 6)} ${o.slice(6)}`,
        [...o].join(' '),
        `${o.slice(0, 6)} ${o.slice(6, 9)} ${o.slice(9)}`,
        `Fakturaref 15 O3 87 ${latin(wrong.slice(6))}`,
      ],
      ['Ring O 22 33 44 55 eller l 912 34 567', 'l 2024 hadde vi 15 møter, O 12 saker'],
      ['l2486', '12486'],
    );
    expect(o).toBe('l5O387l2486');
  });

  it('a naming word beside a letter-disguised number refuses it whatever the check digits', async () => {
    const o = latin(wrong);
    await refusedInMaskedOut(
      [
        `fnr: ${o}`,
        `fnr${o}`,
        `personnummer ${o.slice(0, 6)} ${o.slice(6)}`,
        `${spell(wrong, { '0': '\u043e' })} (fnr)`,
        `Kundenr ${o}`,
      ],
      // Glued to letters the same characters are part of a word, never read.
      [`Kunde X${o}X`],
      [],
    );
  });

  it('look-alike letters after a date and a word, a month in words, or before the date', async () => {
    const tail = latin(id.slice(6));
    await refusedInMaskedOut(
      [
        `15.03.87 nr ${tail}`,
        `født 15. mars 1987, pnr ${tail}`,
        `15.03.1987 ${tail}`,
        `${tail} ${latin(id.slice(0, 6))}`,
      ],
      ['Faktura 03.02.27 nr l2345 betalt', 'Møte 15.01.27 kl 10:00 i rom l2345'],
      [tail],
    );
  });

  it('combining marks and direction controls among the letters and digits', async () => {
    const o = latin(id);
    await refusedInMaskedOut(
      [
        [...o].map((c) => `${c}\u0332`).join(''),
        [...id].map((c) => `${c}\u0332`).join(''),
        `${o.slice(0, 4)}\u2066${o.slice(4)}\u2069`,
        `${o.slice(0, 4)}\u202a${o.slice(4, 8)}\u202c${o.slice(8)}`,
        `\u202e${[...o].reverse().join('')}`,
      ],
      [],
      [o.slice(6)],
    );
  });
});
