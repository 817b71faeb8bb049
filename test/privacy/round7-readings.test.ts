// Attack round 7, A1: a birth date and the five digits joined by a short word, a month in words or
// written in another order are read as the number when its check digits hold, and only then.
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { validNationalId, mistypedNationalId } from '../support/national-id.ts';

const refused = (text: string) => guard(text).ok === false;
const ids = [validNationalId('010190', '100'), validNationalId('150585', '101'), validNationalId('311299', '499')];

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

/** The spellings of round 7, A1, for one number. */
function joined(id: string): string[] {
  const [dd, mm, yy, tail] = [id.slice(0, 2), id.slice(2, 4), id.slice(4, 6), id.slice(6)];
  const dotted = `${dd}.${mm}.${yy}`;
  const month = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'][Number(mm) - 1]!;
  const full = `19${yy}`;
  return [
    `${dotted} nr ${tail}`,
    `${dotted} nr. ${tail}`,
    `${dotted} nummer ${tail}`,
    `${dotted} id ${tail}`,
    `${dotted} og ${tail}`,
    `${dd}${mm}${yy} og ${tail}`,
    `${dotted}kl${tail}`,
    `${Number(dd)}. ${month} ${full} nr ${tail}`,
    `${dd}.${month}.${yy} og ${tail}`,
    `${yy}${mm}${dd} ${tail}`,
    `${full}-${mm}-${dd} nr ${tail}`,
    `${tail} ${dd}${mm}${yy}`,
    `${tail} ${dotted}`,
    `${tail} og ${dotted}`,
    `vedtak: ${dotted} nr ${tail} flyttes`,
    `Per ${dotted} nr ${tail}`,
  ];
}

describe('A1: date and individual number joined by a short word, a month name or in another order', () => {
  it('refuses and masks each spelling when the check digits hold', () => {
    for (const id of ids) for (const s of joined(id)) expectRefusedAndMasked(s, id.slice(6));
    // A date with a two-digit year and the five digits after a separator are refused whatever the digits.
    for (const id of ids)
      expect(refused(`${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}: ${mistypedNationalId(id).slice(6)}`)).toBe(
        true,
      );
  });

  it('lets the same spellings through when the check digits do not hold', () => {
    for (const id of ids) for (const s of joined(mistypedNationalId(id))) expect(refused(s), s).toBe(false);
  });

  it('passes a date and five digits joined by a word that starts something else, whatever the digits', () => {
    for (const id of ids) {
      const [dotted, tail] = [`${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}`, id.slice(6)];
      for (const s of [
        `Sak ${tail} med ${dotted}`,
        `Møte ${dotted} rom ${tail}`,
        `Betalt ${dotted} kr ${tail}`,
        `Ordre ${tail} fra ${dotted}`,
      ])
        expectPasses(s);
    }
  });

  it('passes ordinary lines with a date, a word and a number', () => {
    for (const s of [
      'Møte 15.01.27 kl 10:00 i rom 12345',
      'Innbetalt 15.01.2027 kr 12500',
      'Faktura 03.02.27 nr 12345 betalt',
      'Reise 03.02.27 og 250 km',
      'Ordre 12345 levert 01.02.2027',
      'Uke 3: 15.01 og 22.01, 12 deltakere',
      'Saksnummer 2027/12345 fra 01.02.27',
    ])
      expectPasses(s);
  });
});
