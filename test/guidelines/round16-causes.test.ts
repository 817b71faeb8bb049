import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

// Blind round 16's widest causes, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('words cut short or misspelt in their stem', () => {
  it('completes a compound whose last part is cut short to the base word the documents use', () => {
    const a = g.answer('kan prosjektledern i et fosterhjemsprosj få hjelp av bufetat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Bufetat om bistand/);
  });

  it('reads a noun with a dropped double consonant and another ending as the documents’ noun', () => {
    const a = g.answer('hvem er målgrupa for utviklingsprosj i nettverket');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/barn og familier/);
  });

  it('does not complete a fragment of fewer than four letters into a topic', () => {
    const a = g.answer('hva er pro og kontra?');
    expect(a.answer).not.toMatch(/prosjekt/i);
  });
});

describe('everyday words for overhead', () => {
  it('reads running costs («driftskostnader») as the overhead the documents cap', () => {
    const a = g.answer('kan vi bruke en del av tilskuddet på driftskostnader som husleie og regnskap?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/høyst 5 prosent/);
  });
});
