import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { askingClause, extractFigures, parseQuestion, splitQuestion } from '../../src/guidelines/question.ts';
import { bareAmbiguity, ownNetworkData } from '../../src/guidelines/routing.ts';
import { outsideConcepts } from '../../src/guidelines/outside.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';

const RUNS = 2000;
const piece = fc.constantFrom(
  'hva',
  'kva',
  'hvem',
  'når',
  'hvor mye',
  'kor mykje',
  'og',
  'ikke',
  'ikkje',
  '?',
  '.',
  ',',
  '175k',
  '1,2 mill',
  'kr 50 000,-',
  '5 %',
  '2024',
  '31.12.2025',
  '1. mars',
  'ledernettverk',
  'læringsnettverk',
  'revisor',
  'overhead',
  'fortsatt',
  '😀',
  '\n',
  '-',
  '200.000',
  'vår',
  'vi',
  'neste møte',
  'oppgaver',
  'fristen',
  'mine',
  'styringsgruppa',
);
const questionish = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.string()).map(([w, s]) => `${w.join(' ')} ${s}`);

describe('fuzzing the question parser', () => {
  it('parses, splits and finds the asking clause of any text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), questionish), (s) => {
        const p = parseQuestion(s);
        expect(p.rest).not.toMatch(/\d{4}/);
        for (const a of p.amounts) expect(Number.isFinite(a)).toBe(true);
        expect(splitQuestion(s).length).toBeGreaterThan(0);
        askingClause(s);
        extractFigures(s);
        // The routing of own-data and bare questions reads the same text: a known kind or nothing.
        expect([undefined, 'meetings', 'tasks', 'deadlines', 'deadlinesThisYear', 'minutes', 'members']).toContain(
          ownNetworkData(p.normalized),
        );
        outsideConcepts(s, '');
        expect([undefined, 'deadline', 'amount']).toContain(bareAmbiguity(p.normalized));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('bad input to the answerer: a clear answer or a decline, never an exception', () => {
  const g = loadKnowledgeBaseSync();

  it('answers any text without throwing, and a decline never carries sources', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), questionish), (s) => {
        const a = g.answer(s);
        expect(typeof a.answer).toBe('string');
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        if (!a.answered) expect(a.sources).toEqual([]);
        // Asking back or pointing to a command is a decline too, and offers at most three buttons.
        if (a.declineKind) expect(a.answered).toBe(false);
        expect(a.suggestions.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['5 000 characters', 'hva er fristen for rapportering '.repeat(160)],
    ['only emoji', '😀🎉👍🏽'],
    ['only digits', '12345678'],
    ['English', 'how much of the grant can we spend on overhead'],
    ['empty', '   '],
  ])('%s', (_name, text) => {
    const a = g.answer(text);
    expect(typeof a.answer).toBe('string');
    if (!a.answered) expect(a.answer.length).toBeGreaterThan(20);
  });

  it('a fødselsnummer is refused and never echoed', () => {
    const fnr = '01010112345';
    const a = g.answer(`trenger vi revisor for ${fnr} og hvem er det`);
    expect(a.answered).toBe(false);
    expect(a.answer).toBe(t.privacyRefused);
    expect(JSON.stringify(a)).not.toContain(fnr);
  });
});

describe('search with an over-long query', () => {
  it('ranks only as much of it as a question would be, so a huge word cannot hold the process', () => {
    const kb = loadKnowledgeBaseSync();
    const head = `revisor ${'a'.repeat(992)}`;
    const ids = (q: string) => kb.search(q, 5).map((h) => h.id);
    expect(ids(head + 'a'.repeat(100_000))).toEqual(ids(head));
  });
});
