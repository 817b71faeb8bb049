import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../cards/render.ts';

// renderCard binds through the templates compiled at load (cards/compile.ts); the library is the
// oracle here and in compile-equivalence.test.ts.

const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');
const library = (name: string, data: object) =>
  new ACData.Template(JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8'))).expand({ $root: data });
const notice = {
  title: 'Lagret',
  color: 'Good',
  message: 'Oppgaven er lagret.',
  example: '',
  exampleLine: '',
  kept: '',
};

describe('renderCard', () => {
  it('gives every caller its own copy', () => {
    const a = renderCard('notice', notice) as { body: { text: string }[] };
    const b = renderCard('notice', notice) as { body: { text: string }[] };
    expect(b).not.toBe(a);
    b.body[0]!.text = 'endret';
    expect((renderCard('notice', notice) as { body: { text: string }[] }).body[0]!.text).toBe('Lagret');
    expect(a.body[0]!.text).toBe('Lagret');
  });

  it('binds data JSON would not carry exactly as the library does', () => {
    const odd: object[] = [
      { title: new Date(Date.UTC(2026, 10, 30)), color: 'Good', message: '', example: '', kept: '' },
      { Title: undefined, title: 'skygget', color: 'Good', message: 'x', example: '', kept: '' },
      { title: Number.NaN, color: 'Good', message: -0, example: '', kept: '' },
      { title: ['a', 'b'], color: 'Good', message: '', example: '', kept: '' },
    ];
    for (const data of odd)
      expect(JSON.stringify(renderCard('notice', data))).toBe(JSON.stringify(library('notice', data)));
  });

  it('tells data apart that differ anywhere', () => {
    expect(JSON.stringify(renderCard('notice', notice))).toBe(JSON.stringify(library('notice', notice)));
    const other = { ...notice, kept: 'beholdt' };
    expect(JSON.stringify(renderCard('notice', other))).toBe(JSON.stringify(library('notice', other)));
    expect(JSON.stringify(renderCard('help', notice))).toBe(JSON.stringify(library('help', notice)));
  });

  it('refuses a template name it does not have', () => {
    expect(() => renderCard('finnes-ikke', {})).toThrow(/finnes-ikke/);
  });
});
