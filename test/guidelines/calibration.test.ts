import { describe, expect, it } from 'vitest';
import { calibratedScore, CLOSE_CAP, CLOSE_MARGIN, reportedScore } from '../../src/guidelines/calibration.ts';

const f = (margin: number, coverage = 1) => ({ coverage, margin, keyMatched: 1, typed: 1, concepts: 3 });

describe('reported score', () => {
  it('is the fitted chance shrunk towards 0.5, never above it, in the same order', () => {
    for (const c of [0.6, 0.8, 1]) {
      const fitted = calibratedScore(f(1, c));
      const shown = reportedScore(f(1, c));
      expect(shown).toBeLessThan(fitted);
      expect(shown).toBeGreaterThan(0.5);
    }
    expect(reportedScore(f(1, 1))).toBeGreaterThan(reportedScore(f(1, 0.6)));
  });

  it('is capped when another topic scores nearly as high', () => {
    expect(reportedScore(f(CLOSE_MARGIN / 2))).toBeLessThanOrEqual(CLOSE_CAP);
    expect(reportedScore(f(CLOSE_MARGIN))).toBeGreaterThan(CLOSE_CAP);
  });
});
