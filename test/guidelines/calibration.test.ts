import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calibratedScore,
  CLOSE_MARGIN,
  COEFFICIENTS,
  crossValidate,
  crossValidateByRound,
  roundOf,
  DECLINE_BELOW,
  fitLogistic,
  foldOf,
  lowConfidence,
  ONLY_OLDER,
  reportedScore,
  ruled,
} from '../../src/guidelines/calibration.ts';
import { auc, bands, declineTradeOff, readOutsideFixture } from '../../src/guidelines/eval-core.ts';
import type { ScoreFeatures } from '../../src/guidelines/types.ts';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/calibration-outside.jsonl');

const base: ScoreFeatures = {
  coverage: 0.8,
  margin: 0.3,
  keyMatched: 1,
  typed: 0,
  concepts: 3,
  topicShare: 0.5,
  questionSim: 0.4,
  strength: 1.5,
  yearMissing: 0,
  firstPerson: 0,
};

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const features = fc.record({
  coverage: unit,
  margin: unit,
  topicShare: unit,
  questionSim: unit,
  strength: fc.double({ min: 0, max: 5, noNaN: true }),
  yearMissing: fc.constantFrom(0, 1),
  firstPerson: fc.constantFrom(0, 1),
});

describe('the fitted score', () => {
  it('never falls when the match gets better on any main feature, all else equal', () => {
    const better: [keyof ScoreFeatures, (x: number) => number][] = [
      ['coverage', (x) => Math.min(1, x + 0.1)],
      ['margin', (x) => Math.min(1, x + 0.1)],
      ['topicShare', (x) => Math.min(1, x + 0.1)],
      ['strength', (x) => x + 0.5],
    ];
    fc.assert(
      fc.property(features, (f) => {
        const at = { ...base, ...f };
        for (const [name, up] of better) {
          const lifted = { ...at, [name]: up(at[name] as number) };
          expect(calibratedScore(lifted)).toBeGreaterThanOrEqual(calibratedScore(at));
        }
        // A question about the asker's own case counts against it.
        expect(calibratedScore({ ...at, firstPerson: 1 })).toBeLessThanOrEqual(
          calibratedScore({ ...at, firstPerson: 0 }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('rises strictly with coverage, margin and how well the topic names the question', () => {
    for (const name of ['coverage', 'margin', 'topicShare'] as const)
      expect(calibratedScore({ ...base, [name]: 1 })).toBeGreaterThan(calibratedScore({ ...base, [name]: 0.2 }));
    // Another topic nearly as good (margin under CLOSE_MARGIN) is the weak point.
    expect(calibratedScore({ ...base, margin: CLOSE_MARGIN / 2 })).toBeLessThan(
      calibratedScore({ ...base, margin: CLOSE_MARGIN }) - 0.05,
    );
  });

  it('halves for an unanswered part and caps an older document’s word on what still holds', () => {
    const p = reportedScore(base);
    expect(reportedScore({ ...base, parts: 2, partsMissing: 1 })).toBeCloseTo(p / 2, 10);
    expect(reportedScore({ ...base, parts: 2, partsMissing: 0 })).toBeCloseTo(p, 10);
    expect(reportedScore({ ...base, coverage: 1, margin: 1, topicShare: 1, onlyOlder: 1 })).toBeLessThanOrEqual(
      ONLY_OLDER,
    );
    expect(ruled({ ...base, partsMissing: 1 }) && ruled({ ...base, onlyOlder: 1 }) && !ruled(base)).toBe(true);
  });

  it('declines on the fitted chance below DECLINE_BELOW', () => {
    const weak = { ...base, coverage: 0, margin: 0, topicShare: 0, strength: 0, firstPerson: 1 };
    expect(calibratedScore(weak)).toBeLessThan(DECLINE_BELOW);
    expect(lowConfidence(weak)).toBe(true);
    expect(lowConfidence(base)).toBe(false);
  });
});

describe('calibration on questions written outside the team (the fixture)', () => {
  const outside = readOutsideFixture(FIXTURE);
  const rows = outside
    .filter((r) => r.answered && r.features)
    .map((r) => ({ id: r.id, f: r.features!, right: r.label === 'right' }));

  it('holds judged answers from six rounds (3–5, 7–9), right and wrong', () => {
    expect([...new Set(outside.map((r) => r.id.split('-')[0]))].sort()).toEqual(['r3', 'r4', 'r5', 'r7', 'r8', 'r9']);
    expect(rows.length).toBeGreaterThan(250);
    expect(rows.filter((r) => !r.right).length).toBeGreaterThan(25);
  });

  // Per band, observed accuracy lies within TOLERANCE of the band's mean score, or within two standard errors
  // when the band is small (a band of 20 answers cannot pin a rate to better than about ±0.2).
  const TOLERANCE = 0.06;
  const within = (name: string, scored: { score: number; right: boolean }[]) => {
    for (const b of bands(scored).filter((b) => b.answered >= 15)) {
      const se = Math.sqrt((b.meanScore * (1 - b.meanScore)) / b.answered);
      expect(
        Math.abs(b.accuracy - b.meanScore),
        `${name} ${b.band}: ${b.right}/${b.answered} at ${b.meanScore}`,
      ).toBeLessThanOrEqual(Math.max(TOLERANCE, 2 * se));
    }
  };

  it('is calibrated out of fold: per band, observed accuracy near the mean score of the band', () => {
    const oof = crossValidate(rows).map((score, i) => ({ score, right: rows[i]!.right }));
    within('out of fold', oof);
    // The largest bands, where the estimate is tight, hold to the plain tolerance.
    const big = bands(oof).filter((b) => b.answered >= 100);
    expect(big.length).toBeGreaterThan(0);
    for (const b of big) expect(Math.abs(b.accuracy - b.meanScore)).toBeLessThanOrEqual(TOLERANCE);
    expect(auc(oof)).toBeGreaterThan(0.75);
  });

  it('is calibrated with the shipped coefficients, and separates right from wrong', () => {
    const shipped = rows.map((r) => ({ score: reportedScore(r.f), right: r.right }));
    within('shipped', shipped);
    expect(auc(shipped)).toBeGreaterThan(0.78);
  });

  it('the shipped coefficients are the fit on the fixture (refit with npm run eval:qa -- --fit)', () => {
    const w = fitLogistic(rows.filter((r) => !ruled(r.f)));
    w.forEach((x, i) => expect(x).toBeCloseTo(COEFFICIENTS[i]!, 1));
  });

  it('a hand-shrunk score (the logit times 0.6) would fail the band check', () => {
    const shrunk = rows.map((r) => {
      const p = calibratedScore(r.f);
      return { score: 1 / (1 + Math.exp(-Math.log(p / (1 - p)) * 0.6)), right: r.right };
    });
    expect(() => within('shrunk', shrunk)).toThrow();
  });

  // A new round is what members meet: a model fitted without that round must still tell right from wrong on it.
  it('held out by round: each round scored by a model that never saw it, and still separating', () => {
    const byRound = crossValidateByRound(rows);
    // Flipping every label of round 9 leaves round 9's held-out scores as they were (it is in no fit that scores it)
    // and moves the others (it is in theirs).
    const flipped = crossValidateByRound(rows.map((r) => (roundOf(r.id) === 'r9' ? { ...r, right: !r.right } : r)));
    rows.forEach((r, i) => {
      if (roundOf(r.id) === 'r9') expect(flipped[i]).toBe(byRound[i]);
    });
    expect(rows.some((r, i) => roundOf(r.id) !== 'r9' && flipped[i] !== byRound[i])).toBe(true);
    const pooled = rows.map((r, i) => ({ score: byRound[i]!, right: r.right }));
    expect(auc(pooled)).toBeGreaterThan(0.72);
    for (const round of new Set(rows.map((r) => roundOf(r.id))))
      expect(auc(pooled.filter((_, i) => roundOf(rows[i]!.id) === round)), round).toBeGreaterThan(0.6);
  });

  it('the decline threshold withholds few right answers for the wrong ones it stops', () => {
    const oof = crossValidate(rows)
      .map((score, i) => ({ score, right: rows[i]!.right }))
      .filter((_, i) => !ruled(rows[i]!.f));
    const { withheldRight, stoppedWrong } = declineTradeOff(oof, DECLINE_BELOW);
    expect(withheldRight).toBeLessThanOrEqual(stoppedWrong + 3);
  });
});

describe('helpers', () => {
  it('auc is 1 when every right answer outscores every wrong one, 0.5 on ties', () => {
    expect(
      auc([
        { score: 0.9, right: true },
        { score: 0.1, right: false },
      ]),
    ).toBe(1);
    expect(
      auc([
        { score: 0.5, right: true },
        { score: 0.5, right: false },
      ]),
    ).toBe(0.5);
  });

  it('folds are by question id, stable and spread', () => {
    expect(foldOf('r5-q001', 10)).toBe(foldOf('r5-q001', 10));
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 400; i++) counts[foldOf(`r4-q${i}`, 10)]++;
    expect(Math.min(...counts)).toBeGreaterThan(20);
  });
});
