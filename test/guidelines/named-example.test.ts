import { describe, expect, it } from 'vitest';
import { namedExamples, withoutNamedExample } from '../../src/guidelines/named-example.ts';

const scored = (q: string) => withoutNamedExample(q.toLowerCase(), q);

describe('a named example qualifies what is asked (named-example.ts)', () => {
  it.each([
    ['Må vi ha et fagmiljø som RBUP med i prosjektet?', ['RBUP'], 'må vi ha et fagmiljø med i prosjektet?'],
    ['Kan en partner, for eksempel KS, sitte i styringsgruppa?', ['KS'], 'kan en partner sitte i styringsgruppa?'],
    ['trenger vi en høgskole f.eks. VID for å søke', ['VID'], 'trenger vi en høgskole for å søke'],
    ['et kunnskapsmiljø slik som RKBU Midt-Norge?', ['RKBU Midt-Norge'], 'et kunnskapsmiljø ?'],
    [
      'samarbeid med et senter som RBUP Øst og Sør, er det et krav',
      ['RBUP Øst og Sør'],
      'samarbeid med et senter er det et krav',
    ],
  ])('%s', (q, names, text) => {
    expect(namedExamples(q)).toEqual(names);
    expect(scored(q)).toBe(text);
  });

  it.each([
    'Hva er RBUP?',
    'Kan vi søke midler som Bufdir gir til ledernettverk?', // relative «som»: the verb follows the name
    'midler som ikke er brukt innen fristen',
    'hva gjør vi med penger som er igjen',
    'må vi samarbeide med et kompetansemiljø som rbup', // no capital: not recognised as a name (a limit)
  ])('%s is left as it is', (q) => {
    expect(namedExamples(q)).toEqual([]);
    expect(scored(q)).toBe(q.toLowerCase().replace(/\s+/g, ' ').trim());
  });

  it('never throws on odd input', () => {
    for (const q of ['', 'som', 'som ?', 'f.eks.', 'som ÆØÅ'.repeat(500), '🙂 som 🙂'])
      expect(() => scored(q)).not.toThrow();
  });
});
