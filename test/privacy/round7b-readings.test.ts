// Attack round 7b: A5, the everyday Norwegian date D/M-ÅÅ or D/M-ÅÅÅÅ (day and month with a slash,
// the year after a dash) is read wherever the guard reads a date with separators; A1, a joining word
// between the date and the five digits split as the guard splits them without one (NNN KK, NN NNN,
// NNNN N). Each is refused when the check digits hold (or a naming word names the number), and only
// then: a date and a time or an amount stay ordinary.
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { mistypedNationalId, validNationalId } from '../support/national-id.ts';

const refused = (text: string) => guard(text).ok === false;
const ids = [validNationalId('150387', '124'), validNationalId('010190', '100'), validNationalId('311299', '499')];

function expectRefusedAndMasked(text: string, tail: string) {
  expect(refused(text), text).toBe(true);
  const out = redactText(`Du skrev: ${text} (slutt)`);
  expect(out, text).toContain('[fødselsnummer fjernet]');
  expect(out, text).not.toContain(tail);
}
function expectPasses(text: string) {
  expect(refused(text), text).toBe(false);
  expect(redactText(text), text).toBe(text);
}
const parts = (id: string) => {
  const [dd, mm, yy, tail] = [id.slice(0, 2), id.slice(2, 4), id.slice(4, 6), id.slice(6)];
  return { dd, mm, yy, tail, d: String(Number(dd)), m: String(Number(mm)), full: `19${yy}` };
};

describe('A5: D/M-ÅÅ and D/M-ÅÅÅÅ', () => {
  it('is read as a birth date before the five digits, with or without a naming word', () => {
    for (const id of ids) {
      const { dd, mm, yy, tail, d, m, full } = parts(id);
      for (const s of [
        `${d}/${m}-${yy} ${tail}`,
        `hva med ${d}/${m}-${yy} nr ${tail}`,
        `f. ${d}/${m}-${yy}, pnr ${tail}`,
        `${d}/${m}-${full} nr. ${tail}`,
        `${d}/${m}-${full} ${tail}`,
        `${dd}/${mm}-${yy} ${tail}`,
        `${d}/${m}-${yy} ${tail.slice(0, 3)} ${tail.slice(3)}`,
        `${tail} ${d}/${m}-${yy}`,
        `frist 20.03.2027 sende ${d}/${m}-${yy} ${tail} til Bufdir`,
      ])
        expectRefusedAndMasked(s, tail);
    }
  });

  it('passes with a wrong check digit and a four-digit year, and as a date before a time or an amount', () => {
    for (const id of ids) {
      const { d, m, full } = parts(id);
      expectPasses(`${d}/${m}-${full} ${mistypedNationalId(id).slice(6)}`);
    }
    for (const s of [
      '15/3-87 kl 12:45',
      '15/3-2027 12 000 kr',
      'Møte 15/3-2027 kl 10:00 i rom 12345',
      'Betalt 15/3-2027 kr 12500',
    ])
      expectPasses(s);
  });
});

describe('A1: a joining word and the five digits split', () => {
  it('is read when the check digits hold, for every split the guard allows without a word', () => {
    for (const id of ids) {
      const { dd, mm, yy, tail, full } = parts(id);
      const splits = [
        `${tail.slice(0, 3)} ${tail.slice(3)}`,
        `${tail.slice(0, 2)} ${tail.slice(2)}`,
        `${tail.slice(0, 4)} ${tail.slice(4)}`,
        `${tail.slice(0, 3)}-${tail.slice(3)}`,
        `${tail.slice(0, 3)}.${tail.slice(3)}`,
      ];
      for (const five of splits)
        for (const s of [
          `${dd}.${mm}.${yy} nr. ${five}`,
          `${dd}.${mm}.${yy} nr ${five}`,
          `${dd}${mm}${yy} nummer ${five}`,
          `${dd}.${mm}.${yy} og ${five}`,
          `${dd}.${mm}.${yy} id. ${five}`,
          `${dd}.${mm}.${full} og ${five}`,
          `oppgave Nes: sende ${dd}.${mm}.${yy} nr. ${five} innen 15.01.2027`,
        ])
          expectRefusedAndMasked(s, five);
    }
  });

  it('passes with a wrong check digit, and a date with a time or an amount after a word', () => {
    for (const id of ids) {
      const { dd, mm, yy } = parts(id);
      const wrong = mistypedNationalId(id).slice(6);
      const five = `${wrong.slice(0, 3)} ${wrong.slice(3)}`;
      for (const s of [
        `${dd}.${mm}.${yy} nr. ${five}`,
        `${dd}${mm}${yy} nummer ${five}`,
        `${dd}.${mm}.${yy} og ${five}`,
      ])
        expectPasses(s);
    }
    for (const s of [
      '15.03.87 kl 12:45',
      'Faktura 03.02.27 nr 12 345 betalt',
      'Innbetalt 15.01.2027 kr 12 500',
      '15.01.27 og 12 000 kr',
    ])
      expectPasses(s);
  });
});
