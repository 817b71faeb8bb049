import { describe, expect, it } from 'vitest';
import { privacyText } from '../../src/i18n/index.ts';
import { containsNationalId, findNationalIds } from '../../src/privacy/national-id.ts';
import { redactOutgoing } from '../../src/privacy/redact.ts';

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
