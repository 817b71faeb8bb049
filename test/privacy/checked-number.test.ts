import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedInFull, findCheckedNumbers } from '../../src/privacy/checked-number.ts';
import { validNationalId } from '../support/national-id.ts';
import { spellings } from '../support/national-id-spellings.ts';

// Attack round 5, A3: the reading of eleven digits whose check digits hold, however grouped. Its
// shortcuts (too few digits, no chain long enough) must never change what it finds.
const fnr = validNationalId('120378', '456');

describe('the reading of numbers whose check digits hold', () => {
  it('finds them grouped any way, with up to three non-alphanumeric characters between groups', () => {
    for (const v of [
      `${fnr.slice(0, 4)} ${fnr.slice(4, 8)} ${fnr.slice(8)}`,
      `${fnr.slice(0, 6)}+${fnr.slice(6)}`,
      `${fnr.slice(0, 6)} | ${fnr.slice(6)}`,
      fnr.split('').join(', '),
      `19${fnr.slice(4, 6)}-${fnr.slice(2, 4)}-${fnr.slice(0, 2)} ${fnr.slice(6)}`,
    ])
      expect([...new Set(findCheckedNumbers(`sak ${v} i dag`).map((h) => h.digits))], v).toEqual([fnr]);
  });

  it('leaves digits apart by four characters, a letter or a line break, and the 4.2.5 account spelling', () => {
    for (const v of [
      `${fnr.slice(0, 6)} -- ${fnr.slice(6)}`,
      `${fnr.slice(0, 6)} x ${fnr.slice(6)}`,
      `${fnr.slice(0, 6)}\n${fnr.slice(6)}`,
      `${fnr.slice(0, 4)}.${fnr.slice(4, 6)}.${fnr.slice(6)}`,
    ])
      expect(findCheckedNumbers(v), v).toEqual([]);
  });

  it('finds exactly what the full reading finds (shortcuts checked, 3,000 runs)', () => {
    const pieces = [
      ...Object.values(spellings(fnr)),
      fnr,
      fnr.slice(0, 6),
      fnr.slice(6),
      `19${fnr.slice(4, 6)}`,
      '12.03.',
      '1.3.',
      '2027',
      '45678',
      '09:00',
      ' ',
      ', ',
      ' | ',
      '+',
      '·',
      '，',
      '\n',
      'id-nr ',
      'nummer',
      'ø',
      'kr',
      '0',
      '7',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (p) => {
        const t = p.join('');
        expect(findCheckedNumbers(t)).toEqual(checkedInFull(t));
      }),
      { numRuns: 3_000 },
    );
  });
});
