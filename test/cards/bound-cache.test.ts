import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forgetBoundCards, renderCard } from '../../cards/render.ts';
import { cardSamples } from '../support/card-samples/samples.ts';

// renderCard keeps bound cards by template and data (issue #14: the `hjelp` card was bound through
// adaptive-expressions on every message). A card from the cache must be the card the library binds.

const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');
const library = (name: string, data: object) =>
  new ACData.Template(JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8'))).expand({ $root: data });

describe('bound cards kept by template and data', () => {
  for (const [name, sample] of Object.entries(cardSamples)) {
    it(`${name}: a second binding from the cache is the first one, key for key`, () => {
      forgetBoundCards();
      const first = JSON.stringify(sample());
      expect(JSON.stringify(sample())).toBe(first);
      expect(JSON.stringify(sample())).toBe(first);
    });
  }

  it('gives every caller its own copy', () => {
    forgetBoundCards();
    const data = {
      title: 'Lagret',
      color: 'Good',
      message: 'Oppgaven er lagret.',
      example: '',
      exampleLine: '',
      kept: '',
    };
    const a = renderCard('notice', data) as { body: { text: string }[] };
    const b = renderCard('notice', data) as { body: { text: string }[] };
    expect(b).not.toBe(a);
    b.body[0]!.text = 'endret';
    expect((renderCard('notice', data) as { body: { text: string }[] }).body[0]!.text).toBe('Lagret');
    expect(a.body[0]!.text).toBe('Lagret');
  });

  it('binds data JSON would not carry exactly as the library does, every time', () => {
    const odd: object[] = [
      { title: new Date(Date.UTC(2026, 10, 30)), color: 'Good', message: '', example: '', kept: '' },
      { Title: undefined, title: 'skygget', color: 'Good', message: 'x', example: '', kept: '' },
      { title: Number.NaN, color: 'Good', message: -0, example: '', kept: '' },
      { title: ['a', 'b'], color: 'Good', message: '', example: '', kept: '' },
    ];
    for (const data of odd) {
      forgetBoundCards();
      const expected = JSON.stringify(library('notice', data));
      expect(JSON.stringify(renderCard('notice', data))).toBe(expected);
      expect(JSON.stringify(renderCard('notice', data))).toBe(expected);
    }
  });

  it('tells data apart that differ anywhere', () => {
    forgetBoundCards();
    const base = { title: 'A', color: 'Good', message: 'm', example: '', exampleLine: '', kept: '' };
    expect(JSON.stringify(renderCard('notice', base))).toBe(JSON.stringify(library('notice', base)));
    const other = { ...base, kept: 'beholdt' };
    expect(JSON.stringify(renderCard('notice', other))).toBe(JSON.stringify(library('notice', other)));
    expect(JSON.stringify(renderCard('help', base))).toBe(JSON.stringify(library('help', base)));
  });
});
