import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { stem } from '../../src/guidelines/analyzer.ts';
import { synonymsOf } from '../../src/guidelines/synonyms.ts';

// Review s16 #4: running costs («driftsutgifter») are no synonym of overhead; only what the documents name
// overhead as paying for (husleie, regnskap, IT) leads there.
const g = loadKnowledgeBaseSync();

describe('running costs and overhead', () => {
  it('keeps running costs out of the overhead group', () => {
    for (const w of ['driftsutgifter', 'driftskostnader']) expect(synonymsOf(stem(w))).not.toContain(stem('overhead'));
  });

  it('does not give the overhead cap for running costs after the project', () => {
    for (const q of [
      'Kan tilskuddet dekke driftsutgifter etter at prosjektet er slutt?',
      'Kan midlene dekke driftskostnader etter at prosjektet er over?',
    ])
      expect(g.answer(q).answer).not.toMatch(/^(?:Gjelder bare læringsnettverk\. )?Midlene kan dekke overhead/);
  });

  it('gives the cap when the costs are the ones overhead pays for', () => {
    for (const q of [
      'Hvor mye av midlene kan gå til faste utgifter som husleie og regnskapskontoret?',
      'kan vi bruke en del av tilskuddet på driftskostnader som husleie og regnskap?',
    ]) {
      const a = g.answer(q);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/høyst 5 prosent/);
    }
  });
});
