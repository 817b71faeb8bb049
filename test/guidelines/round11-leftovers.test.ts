import { guidelinesText } from '../../src/i18n/guidelines.ts';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases } from '../../src/guidelines/analyzer.ts';
import { splitQuestion, toBokmal } from '../../src/guidelines/question.ts';

// Round 11's leftovers, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('round 11 leftovers', () => {
  it('reads a nynorsk compound by its bokmål head', () => {
    expect(toBokmal('kommuneleiinga')).toBe('kommuneledelsen');
    expect(toBokmal('vert')).toBe('blir');
    expect(toBokmal('held')).toBe('holder');
  });

  it('splits a second question after a comma, not a condition nor a question asked again', () => {
    expect(splitQuestion('kven skal vere med i styringsgruppa, må kommuneleiinga sitje der')).toHaveLength(2);
    expect(splitQuestion('hva trengs for å lykkes, hva har andre gjort')).toHaveLength(2);
    expect(splitQuestion('hva skal vi gjøre, når fristen er ute')).toHaveLength(1);
    expect(splitQuestion('kunne vi søke 300 000 i 2018, var det innenfor')).toHaveLength(1);
  });

  it('says plainly that the documents do not say what a revision changed', () => {
    const a = g.answer('kva er nytt i dei reviderte retningslinjene');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/ikke hva som er endret/);
    // The month is the announcing document's own (review): named from the knowledge, never fixed in the text.
    expect(a.answer).toMatch(/skulle revideres \(i februar 2025\)/);
    expect(guidelinesText.gateDeclined.change()).not.toMatch(/\(i /);
  });

  it('reads "funker bra" as succeeding, and not what went well in a network of its own', () => {
    expect(phrases('når et samarbeid funker godt')).toContain('lykkes');
    expect(phrases('hva fungerte bra hos dem')).not.toContain('lykkes');
  });

  it("answers a later part that only asks what others experienced with the first part's answer", () => {
    const a = g.answer('hva må til for at samarbeidet lykkes, hva har andre kommuner erfart');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/ikke noe svar på|Dette fant jeg ikke/i);
  });
});
