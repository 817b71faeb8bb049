import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { referent } from '../../src/guidelines/guidelines.ts';

// Context-first messages (a story, then the ask) whose ask has two halves, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('a «what» half pointing back at the first half’s subject', () => {
  it('stands the pronoun for the definite noun of the first half, not its time word', () => {
    expect(referent('hva skal den inneholde', 'når er fristen for rapporten')).toBe('hva skal rapporten inneholde');
    expect(referent('hva skal den inneholde', 'når skal rapporten leveres')).toBe('hva skal rapporten inneholde');
  });

  it('leaves a half that asks the first half’s own fact, or one asked the same way, alone', () => {
    expect(referent('når ble det endret', 'var det bare barnevernet før')).toBeUndefined();
    expect(referent('hva skal den inneholde', 'hva er rapporten')).toBeUndefined();
  });

  it('answers both halves after a story: the deadline and what the report holds', () => {
    const a = g.answer(
      'Vi har akkurat fått tilskudd til nettverket. Når skal rapporten leveres, og hva skal den inneholde?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars/);
    expect(a.answer).toMatch(/tre deler/);
    expect(a.answer).not.toMatch(/ingen felles søknadsfrist/);
  });
});
