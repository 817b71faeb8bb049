// `score` is an estimate of the chance that an answer is right: a logistic model over a few features of
// the match, fitted on the project's dev set (npm run eval:qa -- --fit prints new coefficients).
import type { ScoreFeatures } from './types.ts';

// Fitted by `npm run eval:qa -- --fit` on the shared dev set and test/guidelines/fixtures/dev-forms.jsonl.
// keyMatched comes out negative because it is nearly always 1 and collinear with coverage; it stays in so
// that a refit can use it once the dev set holds more answers that miss the key word.
export const COEFFICIENTS = {
  intercept: 1.121,
  coverage: 2.608,
  margin: 1.091,
  keyMatched: -0.921,
  typed: 2.122,
  concepts: -1.422,
} as const;

export function featureVector(f: ScoreFeatures): number[] {
  return [1, f.coverage, f.margin, f.keyMatched, f.typed, Math.min(f.concepts, 6) / 6];
}

export function calibratedScore(f: ScoreFeatures, c: typeof COEFFICIENTS | readonly number[] = COEFFICIENTS): number {
  const w = Array.isArray(c) ? (c as readonly number[]) : Object.values(c as typeof COEFFICIENTS);
  const x = featureVector(f);
  const z = x.reduce((a, xi, i) => a + xi * (w[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

/** Plain logistic regression by gradient descent with a little L2; enough for a handful of features. */
export function fitLogistic(rows: { f: ScoreFeatures; right: boolean }[], steps = 4000, rate = 0.5, l2 = 0.001): number[] {
  const xs = rows.map((r) => featureVector(r.f));
  const ys = rows.map((r) => (r.right ? 1 : 0));
  const w = new Array<number>(xs[0]?.length ?? 6).fill(0);
  for (let s = 0; s < steps; s++) {
    const grad = new Array<number>(w.length).fill(0);
    xs.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((a, xi, j) => a + xi * w[j]!, 0)));
      x.forEach((xi, j) => (grad[j]! += (p - ys[i]!) * xi));
    });
    w.forEach((_, j) => (w[j]! -= rate * (grad[j]! / xs.length + (j ? l2 * w[j]! : 0))));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}
