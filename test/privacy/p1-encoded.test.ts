import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { percentDecoded } from '../../src/privacy/markup.ts';
import { redactOutgoing, redactText } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';

// Session 11, P1 item 3: a fødselsnummer whose digits are encoded. URL-encoding («%31%35…») was read
// as it stands and passed; HTML entities, single spaces and zero-width joiners were read already and
// are kept here so they stay read.

const fnr = validNationalId('150387', '124');
const pct = (s: string) => [...s].map((c) => (/\d/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : c)).join('');

const FORMS: [string, string][] = [
  ['URL-encoded', pct(fnr)],
  ['URL-encoded, upper and lower hex of a dash', pct(`${fnr.slice(0, 6)}-${fnr.slice(6)}`).replace('-', '%2d')],
  ['half encoded', fnr.slice(0, 6) + pct(fnr.slice(6))],
  ['encoded twice', pct(fnr).replace(/%/g, '%25')],
  ['in a link', `https://example.org/sak?fnr=${pct(fnr)}&x=1`],
  ['percent as an entity', pct(fnr).replace(/%/g, '&#37;')],
  ['HTML entities', [...fnr].map((c) => `&#${c.charCodeAt(0)};`).join('')],
  ['hex entities', [...fnr].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('')],
  ['single spaces', [...fnr].join(' ')],
  ['zero-width joiners', [...fnr].join('\u200d')],
  ['zero-width spaces', [...fnr].join('\u200b')],
];

describe('identity numbers with encoded digits (P1 item 3)', () => {
  it.each(FORMS)('%s is refused going in and masked going out', (_, form) => {
    const text = `info: se ${form} i saken`;
    expect(guard(text).ok).toBe(false);
    const out = redactText(text);
    expect(out).toContain('[fødselsnummer fjernet]');
    expect(percentDecoded(out)).not.toContain(fnr);
    expect(redactOutgoing({ text, body: [{ text: form }] })).toEqual({
      text: expect.stringContaining('[fødselsnummer fjernet]'),
      body: [{ text: expect.stringContaining('[fødselsnummer fjernet]') }],
    });
  });

  it('ordinary percents and encoded links pass untouched', () => {
    for (const text of [
      'info: 50% av midlene går til prosjektet, 5 % til administrasjon',
      'info: se https://example.org/a%20b?id=%31%32&side=3 for mer',
      'info: søk på https://example.org/?q=barnevern%20Hurdal%202026',
      'info: rabatt 100%31 kroner', // one digit after a percent is no number
      `info: ${pct('1503')} og ${pct('8712')}`,
    ]) {
      expect(guard(text), text).toEqual({ ok: true });
      expect(redactText(text)).toBe(text);
    }
  });

  it('decodes ASCII bytes only, a few rounds deep', () => {
    expect(percentDecoded('%31%2d%41%20%c3%a6')).toBe('1-A %c3%a6');
    expect(percentDecoded('%252531')).toBe('1');
    expect(percentDecoded('100%')).toBe('100%');
  });
});
