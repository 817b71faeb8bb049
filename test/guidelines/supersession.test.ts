import { describe, expect, it } from 'vitest';
import { figuresIn, splitOldRule } from '../../src/guidelines/supersession.ts';
import { coveredBy } from '../../src/guidelines/guidelines.ts';
import type { Answer } from '../../src/guidelines/types.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';

// Issue #12, old-vs-new: only what a newer text changed is the earlier rule. Texts written for these tests.
describe('splitOldRule', () => {
  const newer =
    'Fra 2026 er tilskuddet delt i fire ordninger, og søknaden sendes innen 1. april. Tilskuddet kan brukes til kurs.';

  it('a sentence with a figure the newer text does not give is changed', () => {
    const s = splitOldRule('Tilskuddet var delt i tre ordninger.', newer, 2026);
    expect(s.changed).toHaveLength(1);
    expect(s.unchanged).toEqual([]);
  });

  it('a sentence the newer text does not speak to still holds, and is not old', () => {
    const s = splitOldRule(
      'Tilskuddet kommer fra tre ordninger. Ett nettverk kan motta støtte fra flere av dem samtidig.',
      newer,
      2026,
    );
    expect(s.changed).toEqual(['Tilskuddet kommer fra tre ordninger.']);
    expect(s.unchanged).toEqual(['Ett nettverk kan motta støtte fra flere av dem samtidig.']);
  });

  it('a sentence in the past tense or naming its own year tells how it was: changed', () => {
    expect(splitOldRule('Den gang måtte alle nettverk ha en veileder.', newer, 2026).changed).toHaveLength(1);
    expect(splitOldRule('I 2020 gjaldt en egen ordning for veiledere.', newer, 2026).changed).toHaveLength(1);
  });

  it('a sentence the newer text says again, figures and all, is restated', () => {
    const s = splitOldRule('Tilskuddet kan brukes til kurs.', newer, 2026);
    expect(s.restated).toHaveLength(1);
    expect(s.changed).toEqual([]);
  });

  it('an account of the old rule that says it stayed the same is no earlier rule, whatever its tense', () => {
    const s = splitOldRule('I 2020 var kurs også dekket; det er ikke endret.', newer, 2026);
    expect(s.changed).toEqual([]);
    expect(s.restated).toHaveLength(1);
  });

  it('a sentence about today or only the newer year bridges to the newer rule and is left out', () => {
    const s = splitOldRule(
      'Tilskuddet hadde tre ordninger. Fra 2026 gjelder nye regler. Dagens regler er strengere.',
      newer,
      2026,
    );
    expect(s.changed).toEqual(['Tilskuddet hadde tre ordninger.']);
    expect([...s.unchanged, ...s.restated]).toEqual([]);
  });

  it('"å nå målene" is the verb, not "now"', () => {
    const s = splitOldRule('Pengene kan dekke det som trengs for å nå målene.', newer, 2026);
    expect(s.unchanged).toHaveLength(1);
  });

  it('figures: amounts, dates and counts, not bare years nor articles', () => {
    expect([...figuresIn('I 2022 fikk ett nettverk 50 000 kr fordelt på to prosjekter innen 31.12')].sort()).toEqual(
      ['12', '31', '50000', 'to'].sort(),
    );
  });
});

describe('coveredBy: a later part of a two-part question that the earlier part already answers', () => {
  const answered = (entryId: string): Answer => ({
    answered: true,
    answer: 'svar',
    sources: [],
    score: 0.8,
    suggestions: [],
    entryId,
  });
  const declined = (...ids: string[]): Answer => ({
    answered: false,
    answer: 'avslått',
    sources: [],
    score: 0.3,
    suggestions: ids.map((id) => ({ id, topic: id })),
  });

  it('the part whose nearest text is the earlier answer is covered by it', () => {
    const first = answered('a');
    expect(coveredBy(declined('a', 'b'), [first], () => declined())).toBe(first);
  });

  it('read with the first part, the part finds the earlier answer (a superseded entry stands for its successor)', () => {
    const first = answered('new');
    expect(
      coveredBy(
        declined('x'),
        [first],
        () => declined('old'),
        (id) => (id === 'old' ? 'new' : id),
      ),
    ).toBe(first);
    expect(coveredBy(declined('x'), [first], () => answered('new'))).toBe(first);
  });

  it('a part that finds other texts is not covered', () => {
    expect(coveredBy(declined('x'), [answered('a')], () => declined('y'))).toBeUndefined();
  });

  it('a clarifying or own-data decline is not a missing part', () => {
    const d = { ...declined('a'), declineKind: 'clarify' as const };
    expect(coveredBy(d, [answered('a')], () => answered('a'))).toBeUndefined();
  });
});

describe('a rule the newer document did not change is never labelled "Tidligere regel"', () => {
  const g = loadKnowledgeBaseSync();
  it('the overhead ceiling, asked whether 2022 had another one', () => {
    const a = g.answer('hvor mye overhead kunne man ta i 2022, og er det likt nå');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/5 (?:%|prosent)/);
    expect(fullText(a)).not.toContain(`${t.card.olderLabel}:`);
  });
});
