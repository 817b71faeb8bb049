// Round 6b, A2–A6: spellings of an identity number a reader still sees as the number, each read by
// the guard in and the mask out; and the ordinary text next to each new reading that must pass.
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';

const fnr = validNationalId('150585', '101'); // 15058510170
const dnr = validNationalId('710585', '100');
const hnr = validNationalId('155285', '100');
const wrong = '15058512345'; // a real date, check digits that do not hold
const tail = (id: string) => id.slice(6);
const refused = (text: string) => guard(text).ok === false;

function expectRefusedAndMasked(text: string, id: string) {
  expect(refused(text), text).toBe(true);
  const out = redactText(`Du skrev: ${text} (slutt)`);
  expect(out, text).toContain('[fødselsnummer fjernet]');
  expect(out, text).not.toContain(tail(id));
}
function expectPasses(text: string) {
  expect(refused(text), text).toBe(false);
  expect(redactText(text), text).toBe(text);
}

describe('A2: named HTML entities a renderer decodes', () => {
  it('reads invisible, space and separator entities by name, also the legacy names without ";"', () => {
    for (const id of [fnr, dnr, hnr, wrong]) {
      const [a, b] = [id.slice(0, 6), id.slice(6)];
      for (const ent of [
        '&ZeroWidthSpace;',
        '&NoBreak;',
        '&InvisibleTimes;',
        '&InvisibleComma;',
        '&NegativeThinSpace;',
        '&lowbar;',
        '&middot;',
        '&centerdot;',
        '&hyphen;',
        '&nbsp',
        '&shy',
        '&middot',
        '&NBSP;',
        '&#x200B;',
      ])
        expectRefusedAndMasked(`${a}${ent}${b} A`, id);
    }
  });
  it('lets ordinary text with entities through', () => {
    for (const text of [
      'Tom &amp; Jerry 15.01.2027 kl 10:00',
      'Budsjett&nbsp;2027: 12&nbsp;500 kr',
      'R&D-møte 1.1.2027 kl 10:00',
      'Kontonummer 1503&middot;42&middot;12345',
      'Ring 912&nbsp;34&nbsp;567',
    ])
      expectPasses(text);
  });
});

describe('A3: words that name the number, in the forms people write them', () => {
  const [dd, mm] = [fnr.slice(0, 2), fnr.slice(2, 4)];
  const date = `${dd}.${mm}.1985`;
  it('reads a naming word between the date and five digits whatever the digits: inflected, compound, abbreviated, English', () => {
    for (const word of [
      'personnummeret',
      'fødselsnummeret',
      'Personnumrene',
      'individnummer',
      'individnummeret',
      'individnr.',
      'identitetsnummer',
      'pers.',
      'p.nr.',
      'SSN',
      'SSN:',
      'S.S.N.',
      'ID number',
      'ID-nummer',
      'national id',
      'National ID number',
      'D-nummeret',
      'fnr og pnr',
    ])
      expectRefusedAndMasked(`${date} ${word} 54321 A`, `${fnr.slice(0, 6)}54321`);
  });
  it('reads a naming word right after the five digits whatever the digits', () => {
    for (const text of [`${date} 54321 (personnr)`, `${date} 54321 personnummeret`, `${date}, 54321 (SSN)`])
      expectRefusedAndMasked(text, `${fnr.slice(0, 6)}54321`);
  });
  it('reads date and digits a few words or a table row apart when a word names them and the check digits hold', () => {
    for (const text of [
      `${date}, og hans personnr er ${tail(fnr)} A`,
      `| Fødselsdato | ${date} |\n| Personnr | ${tail(fnr)} |`,
      `født ${date}, nummeret er ${tail(fnr)}`,
      `pnr ${tail(fnr)} født ${fnr.slice(0, 6)}`,
      `Fødselsdato: ${date}\nPersonnummer: ${tail(fnr)}`,
    ])
      expectRefusedAndMasked(text, fnr);
  });
  it('lets through what only looks so: no full date, an amount, a word that is part of another, wrong check digits far apart', () => {
    for (const text of [
      'født i 1985, 10 170 kr',
      'født i 1985, 10170 kr',
      'SSN-ordningen 15.05.1985 12345 kr',
      'Møtet 15.05.2027, og budsjettet er 54321 kr',
      `| Fødselsdato | ${date} |\n| Beløp | 12 500 |`,
      'Personnummer skal aldri skrives her. Møte 15.05.2027 kl 10:17, rom 12345',
      'Tid: 1.1.2027 kl 10:00, sak 20271',
      'Regnskap 15.05.2027: 12345 kr, personnr ikke oppgitt',
    ])
      expectPasses(text);
  });
});

describe('A4: birth dates with the month in words', () => {
  it('reads «15. mai 1985 10170», «15 mai 85 10170», abbreviated and English months when the check digits hold', () => {
    for (const id of [fnr, dnr, hnr]) {
      const day = Number(id.slice(0, 2)) % 40;
      const month = Number(id.slice(2, 4)) % 40;
      const no = [
        'januar',
        'februar',
        'mars',
        'april',
        'mai',
        'juni',
        'juli',
        'august',
        'september',
        'oktober',
        'november',
        'desember',
      ][month - 1]!;
      const en = [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ][month - 1]!;
      const t = id.slice(6);
      // D- and H-numbers hold a date plus 40, which no one writes as a month name: only plain numbers.
      if (id !== fnr) continue;
      for (const text of [
        `${day}. ${no} 1985 ${t}`,
        `${day} ${no} 85 ${t}`,
        `født ${day}. ${no} 1985 ${t}`,
        `${day}.${no.slice(0, 3)}.85 ${t}`,
        `${day}. ${no.slice(0, 3)}. 1985 ${t}`,
        `${day} ${en} 1985 ${t}`,
        `${en} ${day}, 1985 ${t}`,
        `${day}. ${no.toUpperCase()} 1985 - ${t.slice(0, 3)} ${t.slice(3)}`,
      ])
        expectRefusedAndMasked(`${text} A`, id);
    }
  });
  it('reads a naming word after a month-name date whatever the digits', () => {
    for (const text of ['15. mai 1985 personnummer 54321', 'født 15. mai 1985, pnr 54321'])
      expectRefusedAndMasked(text, '15058554321');
  });
  it('lets through a month-name date followed by a time, an amount or digits whose check digits do not hold', () => {
    for (const text of [
      '15. mai 1985 kl 10:17',
      '15. mai 2027 10:00–11:30',
      '15. mai 2027 12345',
      '15 mai 85 12345',
      '15. mai 1985 12345 kr',
      'Mai 2027: 12345 kr',
      '1. januar 2027 ble 12500 kr utbetalt',
    ])
      expectPasses(text);
  });
});

describe('A5: DDMMÅÅÅÅ and the five digits as one run of thirteen', () => {
  it('reads the run when the check digits hold for the eleven-digit number, or a word names it', () => {
    expectRefusedAndMasked(`${fnr.slice(0, 4)}19${fnr.slice(4)} A`, fnr);
    expectRefusedAndMasked(`${dnr.slice(0, 4)}19${dnr.slice(4)} A`, dnr);
    expectRefusedAndMasked(`pnr ${fnr.slice(0, 4)}1985${'54321'} A`, '15058554321');
  });
  it('lets through thirteen-digit references whose check digits do not hold, and longer runs', () => {
    for (const text of [
      'KID 1505198512345',
      'Ref 1505198554321',
      `KID ${fnr.slice(0, 4)}19${fnr.slice(4)}9`,
      'EAN 7038010012345',
    ])
      expectPasses(text);
  });
});

describe('A6: deliberate disguises that still read as the number', () => {
  it('reads two-digit enclosed numbers, Roman numerals for day and month, tatweel, "(0)" among parenthesised digits and O/l/I/S for digits', () => {
    for (const text of [
      '⑮⑤⑧⑤⑩①⑦⓪',
      '⒂⑸⑻⑸⑽⑴⑺(0)',
      '⒖⒌85 10170',
      '⓯⑤ 85 10170',
      'ⅩⅤ.Ⅴ.85 10170',
      'ⅹⅴ.ⅴ.1985 10170',
      '150585\u064010170',
      [...fnr].join('\u0640'),
      'lSOS8SlOl7O',
      'IS0585IOI7O',
    ])
      expectRefusedAndMasked(`${text} A`, fnr);
    expectRefusedAndMasked('⑴⑸(0)⑸⑻⑸⑴⑵⑶⑷⑸ A', wrong);
  });
  it('lets through enclosed list numbers, Roman numerals, Arabic text with tatweel and words of those letters', () => {
    for (const text of [
      '① Møte 15.01.2027 ② Budsjett 12 500 kr ③ Eventuelt',
      '⑩ punkter, ⑪ saker og 12345 kr',
      'Ⅻ. Budsjett 2027: 12500 kr',
      'Kapittel Ⅳ.Ⅱ side 12 345',
      'مـــرحبا 2027 12345',
      'SOS-telefon 116 123, rom IOl',
      'Skoleåret 2026/2027 ved OSLO1 11',
      'Kode lOOl5SSIOlS',
    ])
      expectPasses(text);
  });
});

describe('round 6b: «pers.» before a date is «personer»', () => {
  it('lets «6 pers. 15.05.2027 12345» through, and reads «pers.» between date and digits', () => {
    expectPasses('Middag 6 pers. 15.05.2027 12345');
    expectPasses('pers. 25.05.1966 27936');
    expectRefusedAndMasked('15.05.1985 pers. 54321', '15058554321');
  });
});
