// `score` is an estimate of the chance that an answer is right: a logistic model over features of the question
// and of the match (score-features.ts), fitted on questions written by people outside the team and judged by
// hand (test/guidelines/fixtures/calibration-outside.jsonl; `npm run eval:qa -- --fit` refits and prints the
// coefficients, with 10-fold out-of-fold AUC and accuracy per score band).
import type { ScoreFeatures } from './types.ts';

/** Within this share of the best score another topic is a near tie: the choice between them is the weak point. */
export const CLOSE_MARGIN = 0.15;

export const FEATURE_NAMES = [
  'intercept',
  'coverage',
  'margin',
  'close',
  'topicShare',
  'strength',
  'firstPerson',
  'unmatched',
] as const;

// questionSim (overlap with the entry's own questions) separates on its own but adds nothing beside topicShare
// out of fold; yearMissing (a named year the answer never mentions) lost its weight once such questions were
// declined. Both are computed and kept in the fixture, not used.
// Words of the question the chosen text does not hold ("gjelder grensen per kommune eller for hele nettverket":
// the text has the limit, not the per-what): one is common in right answers, three or more mostly mark a
// question that asks for a detail the text lacks. Capped at UNMATCHED_CAP.
export const UNMATCHED_CAP = 3;
const unmatchedShare = (f: ScoreFeatures) =>
  Math.min(Math.max(0, (f.concepts ?? 0) - (f.matchedCount ?? 0)), UNMATCHED_CAP) / UNMATCHED_CAP;

export function featureVector(f: ScoreFeatures): number[] {
  return [
    1,
    f.coverage,
    f.margin,
    f.margin < CLOSE_MARGIN ? 1 : 0,
    f.topicShare ?? 0,
    Math.min(f.strength ?? 0, 4) / 4,
    f.firstPerson ?? 0,
    unmatchedShare(f),
  ];
}

// Fitted by `npm run eval:qa -- --fit` on the outside fixture (answered questions; see BENCHMARKS.md for the
// commit and the out-of-fold figures). Replaces the dev-set fit that was shrunk by hand: the team's own
// questions are nearly all answered right, so a fit on them said little about unseen ones. Refitted with round 7
// (judged answers of this build) and the unmatched feature: out-of-fold AUC 0.815 → 0.825 on rounds 3–5 and 7.
// Refitted with rounds 7–9 re-run at addf368 (round 9 first held out: AUC 0.771 ± 0.046 for the model above it).
export const COEFFICIENTS: readonly number[] = [2.215, 0.286, 0.383, -1.052, 0.47, 0.339, -0.327, -0.482];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (f: ScoreFeatures, w: readonly number[]) => featureVector(f).reduce((a, x, i) => a + x * (w[i] ?? 0), 0);

/** The fitted chance that one question's answer is right: what the low-confidence decline is decided on. */
export function calibratedScore(f: ScoreFeatures, w: readonly number[] = COEFFICIENTS): number {
  return sigmoid(logit(f, w));
}

/**
 * Two rules the model does not learn, as none of the outside answers they cover was right: a message with a
 * question left unanswered gets half the weakest part's chance; an older document's rule given to a question
 * about what holds now, with nothing newer on the point, is never given above ONLY_OLDER (none of three
 * such outside answers was right; at 0.5 they made the 0.5–0.7 band look better than it is).
 */
export const PART_MISSING_FACTOR = 0.5;
export const ONLY_OLDER = 0.3;

/** The score a member sees: the fitted chance, with the two rules above. */
export function reportedScore(f: ScoreFeatures, w: readonly number[] = COEFFICIENTS): number {
  let p = calibratedScore(f, w);
  if ((f.partsMissing ?? 0) > 0) p *= PART_MISSING_FACTOR;
  if (f.onlyOlder) p = Math.min(p, ONLY_OLDER);
  return p;
}

/** Whether the model is fitted on this row, or the rules above decide its score. */
export const ruled = (f: ScoreFeatures) => (f.partsMissing ?? 0) > 0 || !!f.onlyOlder;

/** Below this fitted chance an answer is withheld and the nearest topics are offered (a computed rule stands). */
export const DECLINE_BELOW = 0.6;
export const lowConfidence = (f: ScoreFeatures): boolean => calibratedScore(f) < DECLINE_BELOW;

/** Plain logistic regression by gradient descent with a little L2 (not on the intercept); enough for a few features. */
export function fitLogistic(
  rows: readonly { f: ScoreFeatures; right: boolean }[],
  steps = 3000,
  rate = 0.5,
  l2 = 0.01,
): number[] {
  const xs = rows.map((r) => featureVector(r.f));
  const n = xs.length,
    d = FEATURE_NAMES.length;
  const w = new Float64Array(d);
  if (!n) return [...w];
  const grad = new Float64Array(d);
  for (let s = 0; s < steps; s++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += x[j]! * w[j]!;
      const e = sigmoid(z) - (rows[i]!.right ? 1 : 0);
      for (let j = 0; j < d; j++) grad[j]! += e * x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (grad[j]! / n + (j ? l2 * w[j]! : 0));
  }
  return [...w].map((x) => Math.round(x * 1000) / 1000);
}

/** Which of k folds a question falls in: by its id, so a question is never in its own training set. */
export function foldOf(id: string, k: number): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % k;
}

/**
 * k-fold cross-validation by question: each row's reported score from a model fitted on the other folds
 * (rows the rules decide are left out of every fit, as in the shipped fit). Returns the out-of-fold scores.
 */
export function crossValidate(rows: readonly { id: string; f: ScoreFeatures; right: boolean }[], k = 10): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = rows.filter((r) => foldOf(r.id, k) !== fold && !ruled(r.f));
    const w = fitLogistic(train);
    rows.forEach((r, i) => {
      if (foldOf(r.id, k) === fold) out[i] = reportedScore(r.f, w);
    });
  }
  return out;
}

/** The outside round a fixture row belongs to, from its id ("r9-q001" → "r9"). */
export const roundOf = (id: string) => id.split('-')[0]!;

/**
 * Each row's reported score from a model fitted on the other rounds only. A new round is what members meet: its
 * questions are written by other people in other ways, so this is a harder and more honest figure than k-fold by
 * question (round 9 held out: AUC 0.78, mean score 0.89 against 77 % right).
 */
export function crossValidateByRound(rows: readonly { id: string; f: ScoreFeatures; right: boolean }[]): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (const round of new Set(rows.map((r) => roundOf(r.id)))) {
    const w = fitLogistic(rows.filter((r) => roundOf(r.id) !== round && !ruled(r.f)));
    rows.forEach((r, i) => {
      if (roundOf(r.id) === round) out[i] = reportedScore(r.f, w);
    });
  }
  return out;
}
