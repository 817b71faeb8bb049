import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { reportedScore } from '../../src/guidelines/calibration.ts';
import { joinedFeatures, scoreFeatures, type ScoreContext } from '../../src/guidelines/score-features.ts';
import type { Answer } from '../../src/guidelines/types.ts';

const ctx = (over: Partial<ScoreContext> = {}): ScoreContext => ({
  message: 'Hvor stor andel kan gå til overhead?',
  conceptCount: 3,
  weights: [2, 1, 1],
  unknownWeight: 9,
  matched: new Set([0, 1]),
  coverage: 0.75,
  chosenScore: 4,
  second: { score: 2, coverage: 0.5 },
  keyMatched: true,
  typed: false,
  inTopic: new Set([0]),
  years: [],
  answerText: 'Overhead er høyst 5 prosent av midlene. 2024',
  asked: 'Hvor stor andel kan gå til overhead?',
  askedAs: ['Overhead', 'Hvor mye kan gå til overhead?'],
  ...over,
});

describe('score features', () => {
  it('reads the match: margin to the next topic, the share the topic names, overlap with the entry’s questions', () => {
    const f = scoreFeatures(ctx());
    expect(f.margin).toBeCloseTo(0.5);
    expect(f.topicShare).toBeCloseTo(0.5);
    expect(f.coverageGap).toBeCloseTo(0.25);
    expect(f.strength).toBeCloseTo(1);
    expect(f.questionSim).toBeGreaterThan(0.3);
    expect(f.matchedCount).toBe(2);
    expect(f.firstPerson).toBe(0);
    expect(f.yearMissing).toBe(0);
  });

  it('flags a named year the answer never speaks to, and a question about the asker’s own case', () => {
    expect(scoreFeatures(ctx({ years: [2026] })).yearMissing).toBe(1);
    expect(scoreFeatures(ctx({ years: [2024] })).yearMissing).toBe(0);
    expect(
      scoreFeatures(ctx({ message: 'Nettverket vårt fikk 300 000. Hvor mye kan gå til overhead?' })).firstPerson,
    ).toBe(1);
    expect(scoreFeatures(ctx({ message: 'Kva kan me bruke pengane til?' })).firstPerson).toBe(1);
    expect(scoreFeatures(ctx({ message: 'Vil overhead bli endret?' })).firstPerson).toBe(0);
  });

  it('a lone best text has margin 1; a joined answer carries its weakest part and the parts left out', () => {
    expect(scoreFeatures(ctx({ second: undefined })).margin).toBe(1);
    const part = (score: number, coverage: number): Answer => ({
      answered: true,
      answer: '',
      sources: [],
      score,
      suggestions: [],
      features: { coverage, margin: 1, keyMatched: 1, typed: 0, concepts: 2 },
    });
    const joined = joinedFeatures([part(0.9, 1), part(0.7, 0.6)], 3).features!;
    expect(joined.coverage).toBe(0.6);
    expect(joined.partsMissing).toBe(1);
  });
});

describe('the bot computes them and scores with them', () => {
  const g = loadKnowledgeBaseSync();
  it('an answered question carries every feature the model reads, and its score is the model’s', () => {
    const a = g.answer('Hvor stor andel av stimuleringsmidlene kan gå til overhead?');
    expect(a.answered).toBe(true);
    const f = a.features!;
    for (const k of ['topicShare', 'questionSim', 'strength', 'yearMissing', 'firstPerson'] as const)
      expect(typeof f[k], k).toBe('number');
    expect(a.score).toBeCloseTo(reportedScore(f), 3);
  });

  it('a two-part message with one part out of reach is scored at half its weakest part', () => {
    const a = g.answer('Hva er erfaringsloggen, og hva heter ordføreren i Lunner?');
    expect(a.answered).toBe(true);
    expect(a.features).toMatchObject({ parts: 2, partsMissing: 1 });
    expect(a.score).toBeCloseTo(reportedScore(a.features!), 3);
    expect(a.score).toBeLessThanOrEqual(0.5);
  });
});
