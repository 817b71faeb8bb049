import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privacyText } from '../../src/i18n/index.ts';
import { guard } from '../../src/privacy/guard.ts';
import { redactOutgoing, redactText } from '../../src/privacy/redact.ts';
import { mistypedNationalId, validNationalId } from '../support/national-id.ts';
import { carries, spellings } from '../support/national-id-spellings.ts';

const MARK = privacyText.removed;
const fnr = validNationalId('010190', '123');
const other = validNationalId('241288', '456');

describe('redactText', () => {
  it('replaces each spelling by the mark and keeps everything around it', () => {
    for (const [name, shown] of Object.entries(spellings(fnr))) {
      expect(redactText(`Du skrev: «info: barnet ${shown} i dag»`), name).toBe(
        `Du skrev: «info: barnet ${MARK} i dag»`,
      );
    }
  });

  it('replaces several numbers, mistyped ones too, and leaves the rest of the digits', () => {
    const wrong = mistypedNationalId(other);
    const text = `${fnr} og ${wrong}; konto 0101.70.12345, møte 30.11.2026 kl 09:00, 1 200 000 kr`;
    expect(redactText(text)).toBe(`${MARK} og ${MARK}; konto 0101.70.12345, møte 30.11.2026 kl 09:00, 1 200 000 kr`);
  });

  it('returns the same string when there is nothing to remove, and the mark itself passes the guard', () => {
    const text = 'Møtet 27.11.2026 er startet.';
    expect(redactText(text)).toBe(text);
    expect(guard(MARK).ok).toBe(true);
    expect(redactText(MARK)).toBe(MARK);
  });

  it('leaves text the guard accepts unchanged, and text it refuses without a number (10,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('', fnr, `${fnr.slice(0, 6)} ${fnr.slice(6)}`),
        fc.string(),
        (a, id, b) => {
          const text = `${a} ${id} ${b}`;
          const out = redactText(text);
          if (guard(text).ok) expect(out).toBe(text);
          expect(guard(out).ok).toBe(true);
          expect(redactText(out)).toBe(out); // idempotent: the guard may run twice on one message
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('redactText on text the bot shortened', () => {
  it('removes a number cut by the ellipsis, from the date plus one digit to all but the last', () => {
    for (let keep = 7; keep <= 10; keep++) {
      expect(redactText(`Jeg forstod ikke «møteplan ${fnr.slice(0, keep)}…»`)).toBe(
        `Jeg forstod ikke «møteplan ${MARK}…»`,
      );
      expect(redactText(`info: ${fnr.slice(0, keep)}...`)).toBe(`info: ${MARK}...`);
    }
    expect(redactText(`«${fnr.slice(0, 6)} ${fnr.slice(6, 9)}…»`)).toBe(`«${MARK}…»`);
    expect(redactText(`«${fnr.slice(0, 2)}.${fnr.slice(2, 4)}.${fnr.slice(4, 6)} ${fnr.slice(6, 8)}…»`)).toBe(
      `«${MARK}…»`,
    );
    expect(redactText(`«${mistypedNationalId(other).slice(0, 9)}…»`)).toBe(`«${MARK}…»`);
  });

  it('keeps dates, accounts, amounts, phone numbers and a bare birth date before an ellipsis, and cut text without one', () => {
    for (const text of [
      'frist 30.11.2026…',
      'konto 0101.70.123…',
      '1 200 000…',
      'tlf 41234567…',
      'født 010190…',
      `${fnr.slice(0, 9)} og mer`,
      'Mente du …?',
    ]) {
      expect(redactText(text), text).toBe(text);
    }
  });
});

describe('redactOutgoing', () => {
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Jeg fant ingen ukedag i beskrivelsen.' },
      { type: 'TextBlock', text: `Du skrev: «møteplan ${fnr}»` },
      { type: 'FactSet', facts: [{ title: 'Notat', value: `${fnr.slice(0, 6)}\u200b${fnr.slice(6)}` }] },
      { type: 'Input.Text', id: 'agendaText', value: `1. Velkommen\n2. ${fnr}` },
    ],
    actions: [
      {
        type: 'Action.Execute',
        title: 'Prøv igjen',
        verb: 'retry',
        data: { typed: `frist varsler ${fnr}`, count: 3, ok: true, none: null },
      },
    ],
    fallbackText: `Kortet viser ${fnr}`,
  };

  it('walks every string of a card: text, facts, inputs, action data, fallback text', () => {
    const out = redactOutgoing(card);
    const json = JSON.stringify(out);
    expect(carries(json, fnr)).toBe(false);
    expect(json.split(MARK)).toHaveLength(6);
    expect(out.actions[0]!.data).toEqual({ typed: `frist varsler ${MARK}`, count: 3, ok: true, none: null });
    expect(out.body[0]).toBe(card.body[0]); // untouched parts are shared, not copied
  });

  it('does not change what it is given', () => {
    const before = JSON.stringify(card);
    redactOutgoing(card);
    expect(JSON.stringify(card)).toBe(before);
  });

  it('returns the very same object when there is nothing to remove', () => {
    const clean = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Frist 30.11.2026' }] };
    expect(redactOutgoing(clean)).toBe(clean);
    expect(redactOutgoing('tekst')).toBe('tekst');
    expect(redactOutgoing(undefined)).toBeUndefined();
    expect(redactOutgoing(42)).toBe(42);
  });

  it('guards any JSON value (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(fnr, `${fnr.slice(0, 6)}-${fnr.slice(6)}`), (json, id) => {
        const value = { card: JSON.parse(json) as unknown, echo: [id, { deep: `x ${id} y` }] };
        const out = JSON.stringify(redactOutgoing(value));
        expect(carries(out, fnr)).toBe(false);
        expect(redactOutgoing(value).card).toEqual(value.card); // random JSON carries no number to remove
      }),
      { numRuns: 5_000 },
    );
  });
});
