import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases } from '../../src/guidelines/analyzer.ts';
import { refinedType } from '../../src/guidelines/question.ts';

// Everyday forms of three wordings the documents put otherwise, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('«teller som», «vert rekna som» are «regnes som»', () => {
  it('reads each form as the documents’ words', () => {
    for (const q of [
      'hva teller som',
      'hva telles som',
      'hva blir regnet som',
      'kva vert rekna som',
      'kva reknast som',
    ])
      expect(phrases(q)).toMatch(/regnes som$/);
    // «teller» without «som» is left alone.
    expect(phrases('hvem teller stemmene')).toBe('hvem teller stemmene');
  });

  it('answers what counts as overhead however it is asked', () => {
    for (const q of ['hva telles egentlig som overhead?', 'kva vert rekna som overheadkostnader?']) {
      const a = g.answer(q);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/husleie/);
    }
  });
});

describe('costs that «godtas», «er lov» are what the money can cover', () => {
  it('reads acceptance after or before a cost as covering it', () => {
    expect(phrases('hvilke utgifter godkjennes')).toBe('hvilke utgifter kan dekkes');
    expect(phrases('kva lønnskostnader vert godteke')).toBe('kva lønnskostnader kan dekkes');
    expect(phrases('hvilke reiseutgifter er greit')).toBe('hvilke reiseutgifter kan dekkes');
    expect(phrases('hva aksepteres av kostnader')).toBe('hva kan dekkes av kostnader');
    // Who approves is asked, not what is covered; an approved budget is no cost.
    expect(phrases('må kostnadene godkjennes av statsforvalteren')).toMatch(/godkjennes av/);
    expect(phrases('må budsjettet godkjennes')).toMatch(/godkjennes/);
  });

  it('asks for kinds of cost, not a figure, with plural costs after «hvilke»', () => {
    expect(refinedType('hvilke lønnskostnader godtas?')).not.toBe('amount');
    expect(refinedType('kva typar lønnskostnader kan dekkast')).not.toBe('amount');
    expect(refinedType('hva er lønnen til prosjektlederen?')).toBe('amount');
  });

  it('answers which wage costs are accepted', () => {
    for (const q of ['hvilke lønnskostnader blir godkjent?', 'kva lønnskostnader er lov?']) {
      const a = g.answer(q);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/stillinger i prosjektperioden/);
    }
  });
});

describe('«typer X-kostnader» is X', () => {
  it('reads a kind of compound cost as its first part', () => {
    expect(phrases('hvilke typer lønnskostnader')).toBe('hvilke lønn');
    expect(phrases('kva typar lønnskostnader')).toBe('kva lønn');
    expect(phrases('hva slags reiseutgifter')).toBe('hva reise');
    // A plain cost word stays.
    expect(phrases('hvilke typer kostnader')).toBe('hvilke typer kostnader');
  });

  it('asks a kind, not a figure, in nynorsk «kva typar»', () => {
    expect(refinedType('kva typar lønnskostnader kan vi få dekt')).not.toBe('amount');
  });

  it('answers a kind of wage cost with the wages text', () => {
    const a = g.answer('hvilke typer lønnskostnader kan tilskuddet brukes til?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/stillinger i prosjektperioden/);
  });
});
