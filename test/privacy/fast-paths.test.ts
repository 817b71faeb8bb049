import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privacyText } from '../../src/i18n/index.ts';
import { guard } from '../../src/privacy/guard.ts';
import {
  containsNationalId,
  fewerDigitsThan,
  findNationalIds,
  findNationalIdsToRedact,
  normaliseDigits,
  scanInFull,
} from '../../src/privacy/national-id.ts';
import { redactOutgoing, redactText } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';
import { spellings } from '../support/national-id-spellings.ts';

// The guard's quick exits (issue #14: the outgoing walk ran over every card twice and made a
// quarter of the bot's garbage) must not change what it catches.

const MARK = privacyText.removed;

describe('the count of digits that lets short strings through', () => {
  it('counts every character the reading turns into a digit, also outside the BMP and among lone surrogates', () => {
    const digits = '01019012345';
    const bold = [...digits].map((d) => String.fromCodePoint(0x1d7ce + Number(d))).join(''); // 𝟎𝟏…
    const arabic = [...digits].map((d) => String.fromCharCode(0x0660 + Number(d))).join('');
    const circled = [...'0101901234'].map((d) => (d === '0' ? '⓪' : String.fromCharCode(0x2460 + Number(d) - 1)));
    expect(findNationalIds(bold)).toHaveLength(1);
    expect(findNationalIds(`\ud835${arabic}\udfce`)).toHaveLength(1);
    expect(containsNationalId(`${circled.join('')}5`)).toBe(true);
    expect(containsNationalId(`tekst æøå «barnet» ${bold.slice(0, 12)} ${digits.slice(6)}`)).toBe(true);
  });

  it('counts a character that reads as two digits as two (⑩, ㉞): eleven digits in six characters', () => {
    const shown = '⑩⑩⑩⑫㉞⑤'; // 101010 12345
    expect(guard(shown).ok).toBe(false);
    expect(redactText(`barnet ${shown}`)).toBe(`barnet ${MARK}`);
    for (let cp = 0x80; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const digits = normaliseDigits(ch).text.replace(/[^0-9]/g, '').length;
      if (digits > 0) expect(fewerDigitsThan(ch.repeat(3), 3 * digits), ch).toBe(false);
    }
  });

  it('lets a string with six digits through whatever script they are in', () => {
    expect(findNationalIds('𝟎𝟏𝟎𝟏𝟗𝟎 og ١٢')).toHaveLength(0);
    expect(findNationalIds('010190')).toHaveLength(0);
  });
});

describe('the outgoing walk', () => {
  it('shares a clean value whole, and copies only the path to a changed string', () => {
    const clean = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Møtet 27.11.2026' }], n: 3 };
    expect(redactOutgoing(clean)).toBe(clean);
    const card = {
      body: [
        { type: 'TextBlock', text: 'ingen tall' },
        { type: 'TextBlock', text: 'barnet 01019012345' },
      ],
      actions: [{ title: 'OK' }],
    };
    const out = redactOutgoing(card);
    expect(out).not.toBe(card);
    expect(out.body[0]).toBe(card.body[0]);
    expect(out.body[1]).toEqual({ type: 'TextBlock', text: `barnet ${MARK}` });
    expect(out.actions).toBe(card.actions);
    expect(card.body[1]!.text).toBe('barnet 01019012345');
  });

  it('walks own keys only, and keeps holes and non-plain objects as they are', () => {
    const proto = { inherited: '01019012345' };
    const o = Object.assign(Object.create(null) as Record<string, unknown>, { a: '01019012345' });
    expect(redactOutgoing(o)).toEqual({ a: MARK });
    const withProto = Object.create(proto) as Record<string, unknown>;
    withProto.own = 'x';
    expect(redactOutgoing(withProto)).toBe(withProto); // not a plain object: passed on
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, '01019012345'];
    const r = redactOutgoing(sparse);
    expect(0 in r).toBe(false);
    expect(r[1]).toBe(MARK);
  });
});

describe('the shortcut for text without a candidate', () => {
  const fnr = validNationalId('120378', '456');
  const pieces = [
    ...Object.values(spellings(fnr)),
    '12.03.1978',
    '12031978',
    '1.3.1978',
    '12 03 1978',
    '12-03-1978',
    '45678',
    '4567',
    '1234567',
    '0101.70.12345',
    '30.11.2026',
    '09:00',
    '2026-11-30T22:41:00.000Z',
    '3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b',
    'fnr',
    'personnr.',
    'pers. nr:',
    'p.nummer',
    'F.NR',
    'nummer',
    'født',
    '...',
    '\u2026',
    '\t',
    '\n',
    ' ',
    ', ',
    '.',
    '-',
    '/',
    ' - ',
    '_',
    '**',
    '`',
    '~',
    ':',
    'abc',
    'kr',
    'info: punkt',
    'æøå',
    'Fødselsnr',
    'fødselsnummer:',
    'Født',
    '«',
    '»',
    '\u00a0',
    '\u2013',
    '\u200b',
    '\u202e',
    '١٢',
    '½',
    '𝟏',
    '😀',
    '0',
    '1',
    '7',
    '19',
    '20',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));

  it('finds exactly what every reading finds, for whole and for cut numbers', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findNationalIds(t)).toEqual(scanInFull(t, false));
        expect(findNationalIdsToRedact(t)).toEqual(scanInFull(t, true));
      }),
      { numRuns: 20_000 },
    );
  });

  it('still reads every spelling of a number, and a date with the word and digits after it', () => {
    for (const [name, shown] of Object.entries(spellings(fnr))) expect(containsNationalId(shown), name).toBe(true);
    expect(containsNationalId('født 12.03.1978, personnr. 45678')).toBe(true);
    expect(findNationalIdsToRedact('barnet 120378 456...')).toHaveLength(1);
  });
});
