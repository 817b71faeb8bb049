import { describe, expect, it } from 'vitest';
import { negationForm, statesLimit } from '../../src/guidelines/negation.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

// Issue #12, negation: the scope of "ikke". The team's own wordings, written from the seeds.
describe('negationForm', () => {
  it.each([
    'hva skjer dersom nettverket ikke leverer rapporten',
    'hva om kommunen vår ikke vil fortsette',
    'kva skjer om vi ikkje brukar pengane',
    'hva blir konsekvensen hvis vi ikke sender regnskap',
  ])('a consequence of not doing: %s', (q) => expect(negationForm(q)).toBe('consequence'));

  it.each([
    'hva kan tilskuddet ikke dekke',
    'kan vi søke uten å ha en prosjektleder',
    'får vi bruke pengene til noe annet enn kurs',
    'hvem får ikke delta i ledernettverket',
  ])('what is not allowed: %s', (q) => expect(negationForm(q)).toBe('limit'));

  it.each([
    'hva kan midlene brukes til',
    'gjelder ikke lenger kravet om kompetansemiljø',
    'kan vi ta med andre enn barnevernet',
  ])('no negation to scope: %s', (q) => expect(negationForm(q)).toBeUndefined());
});

describe('statesLimit', () => {
  const about = (s: string) => /rapport/i.test(s);
  it('a consequence stated on the point', () => {
    expect(
      statesLimit('Rapporten sendes innen mars. Uten rapport må tilskuddet betales tilbake.', 'consequence', about),
    ).toBe('stated');
  });
  it('a rule on the point, but no consequence: partly for a consequence question, stated for a limit question', () => {
    const text = 'Rapporten skal sendes innen 1. mars.';
    expect(statesLimit(text, 'consequence', about)).toBe('partly');
    expect(statesLimit(text, 'limit', about)).toBe('stated');
  });
  it('a limit in a sentence about something else does not count', () => {
    expect(statesLimit('Overhead skal ikke overstige 5 %. Rapporten er kort.', 'limit', about)).toBe('no');
  });
  it('the clause right after one on the point may state it with a pronoun', () => {
    expect(
      statesLimit('Rapporten sendes i mars. Kommer den ikke, må pengene betales tilbake.', 'consequence', about),
    ).toBe('stated');
  });
});

describe('a negated question gets the passage that states the limit, not the positive rule', () => {
  const g = loadKnowledgeBaseSync();
  it('what follows when money is left unused after the extra year: paid back', () => {
    const a = g.answer('hva skjer hvis læringsnettverket ikke har fått brukt opp pengene etter overføringen');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/tilbake/);
  });
  it('asked for no more than the positive rule, the positive rule still answers', () => {
    const a = g.answer('hva kan stimuleringsmidlene brukes til');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/betales tilbake/);
  });
});
