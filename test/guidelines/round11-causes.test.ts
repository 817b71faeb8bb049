import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { asksRanking, parseQuestion } from '../../src/guidelines/question.ts';

// Causes behind round 11's non-right answers, each tested in wordings of our own (never an outside round's).
const g = loadKnowledgeBaseSync();

describe('a ranking asks for the one on top by name', () => {
  it.each([
    'hvilket nettverk fikk størst tilskudd i 2018',
    'hvem har fått flest kroner av Statsforvalteren',
    'kva for ein kommune fekk mest i 2024',
  ])('%s is a ranking', (q) => {
    expect(asksRanking(q)).toBe(true);
    expect(parseQuestion(q).type).toBe('names');
  });

  it.each(['hvilke kommuner er med i nettverket', 'hvor mye fikk potten i 2022', 'hvem fikk midler i 2022'])(
    '%s is no ranking',
    (q) => expect(asksRanking(q)).toBe(false),
  );

  it('the size of the pots does not answer who got the most', () =>
    expect(g.answer('hvem fikk mest av fosterhjemspotten i Oslo og Viken i 2022').answered).toBe(false));
});

describe('a question on how long a process takes gets no deadline', () => {
  it.each([
    'hvor lang saksbehandlingstid har Statsforvalteren for søknader i 2024',
    'hvor lenge må vi vente på svar på søknaden for 2024',
  ])('%s is declined', (q) => expect(g.answer(q).answered).toBe(false));

  it('a deadline asked as a span of time is still answered', () =>
    expect(g.answer('hvor lang tid har vi på å bruke midlene fra 2024').answered).toBe(true));
});

describe('members name the county office and the service by their own words', () => {
  it('«bvtj» is the child-welfare service', () =>
    expect(g.answer('kan bvtj be bufetat om hjelp med et fosterhjemsprosjekt').answer).toMatch(/Bufetat/));

  it('«fylket» is the Statsforvalter', () =>
    expect(g.answer('er det fylket som forvalter stimuleringsmidlene').answer).toMatch(/Statsforvalter/));

  it('the nynorsk compound «barnevernstenester» is counted like the bokmål one', () =>
    expect(g.answer('kor mange barnevernstenester må vere med i eit læringsnettverk').answer).toMatch(/minst to/));
});
