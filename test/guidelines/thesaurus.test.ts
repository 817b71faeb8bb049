import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';

// Issue #12, lever 1: everyday names for the documents' concepts (synonyms.ts groups, derived from the seeds'
// sections), and chat short forms of the asking words. Wordings are the team's own, not an evaluation set's.
const g = loadKnowledgeBaseSync();

describe('everyday names for the documents’ concepts', () => {
  it.each([
    ['må kommunetoppene sitte i styringsgruppa?', /kommuneledelsen/],
    ['kan vi bruke prosjektmidlene på å hente inn forskere?', /kompetansemiljø/],
    ['hvem er ildsjelen i et prosjekt og hva gjør den', /prosjektleder/i],
    ['hvilke utfordringer bør vi beskrive i planen', /hindr/],
    ['hvem er det som sitter på pengene i ordningen', /Statsforvalteren/],
    ['hvilke spørsmål om snublesteiner bør vi stille i planen', /hindr/],
  ])('%s', (q, fact) => {
    const a = g.answer(q);
    expect(a.answered, q).toBe(true);
    expect(fullText(a), q).toMatch(fact);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it('a named office holder is still nobody the documents know', () => {
    for (const q of ['hvem er rådmann i Lunner?', 'hvem er kommunedirektør i Ullensaker']) {
      expect(g.answer(q).answered, q).toBe(false);
    }
  });
});

describe('chat short forms of the asking words', () => {
  it('"va", "ka", "åssen" are read as var, hva, hvordan', () => {
    const a = g.answer('når va fristen for å søke i 2022?');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/30\.09\.2022/);
    expect(g.answer('ka må søknaden fra ledernettverket inneholde').answered).toBe(true);
    expect(g.answer('åssen søker vi om midler').answered).toBe(true);
  });
});
