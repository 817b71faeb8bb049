import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { networkKindOf, toBokmal } from '../../src/guidelines/question.ts';

const g = loadKnowledgeBaseSync();

describe('chat abbreviations of the scheme names', () => {
  it.each([
    ['hva gjør et lnv', 'læringsnettverk', 'learning'],
    ['lnv-et vårt', 'læringsnettverket', 'learning'],
    ['kan bvl-nettverket søke', 'barnevernsledernettverket', 'leaders'],
    ['et bvl nettverk', 'barnevernsledernettverk', 'leaders'],
  ])('%s names the kind', (text, word, kind) => {
    expect(toBokmal(text)).toContain(word);
    expect(networkKindOf(toBokmal(text))).toBe(kind);
  });

  it.each(['stim.midlene', 'stim. midlene', 'stim-midlene', 'stimmidlene'])('%s is stimuleringsmidlene', (w) =>
    expect(toBokmal(`hva kan ${w} brukes til`)).toBe('hva kan stimuleringsmidlene brukes til'),
  );

  it('leaves words that merely contain the letters alone', () =>
    expect(toBokmal('blvd lnvx stimulans')).toBe('blvd lnvx stimulans'));

  // The short form reaches the same text as the full name, in frames of different kinds.
  it.each([
    ['hvem tar initiativet når skolen skal inn i et {}-prosjekt', 'lnv', 'læringsnettverk'],
    ['får et {} bruke pengene på teamutvikling', 'bvl-nettverk', 'barnevernsledernettverk'],
    ['hvor stor andel av {} kan gå til administrasjon', 'stim.midlene', 'stimuleringsmidlene'],
  ])('%s', (frame, short, full) => {
    const a = g.answer(frame.replace('{}', short));
    const b = g.answer(frame.replace('{}', full));
    expect(b.answered).toBe(true);
    expect(a.answered).toBe(true);
    expect(a.entryId).toBe(b.entryId);
  });
});
