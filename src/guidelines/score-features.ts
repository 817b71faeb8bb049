// What the calibrated score (calibration.ts) is computed from: features of the question and of the chosen
// text that, on questions written by people outside the team, tell right answers from wrong ones.
// Pure: guidelines.ts hands in what retrieval already knows about the match.
import { contentStems } from './analyzer.ts';
import type { Answer, ScoreFeatures } from './types.ts';

export interface ScoreContext {
  /** The whole message as the member wrote it (context sentences and all). */
  message: string;
  /** The question's concepts (content words the retrieval scored), with their weights. */
  conceptCount: number;
  weights: readonly number[];
  /** The weight a word no text uses gets. */
  unknownWeight: number;
  /** Indexes of the concepts the chosen text matched. */
  matched: ReadonlySet<number>;
  /** Share of the question's weight the chosen text holds (the retrieval's coverage). */
  coverage: number;
  chosenScore: number;
  /** The best text on another topic, with its coverage. */
  second?: { score: number; coverage: number };
  /** Whether the weightiest known word of the question is in the chosen text. */
  keyMatched: boolean;
  /** Whether the question asked for a time, amount, count or person. */
  typed: boolean;
  /** Indexes of the concepts the chosen text's topic (or heading) names. */
  inTopic: ReadonlySet<number>;
  /** Years the question names, and the text the member reads, to see whether a named year is spoken to. */
  years: readonly number[];
  answerText: string;
  /** The question as scored (the asking part), and the ways the chosen text is asked: its topic and questions. */
  asked: string;
  askedAs: readonly string[];
}

const share = (idx: ReadonlySet<number>, weights: readonly number[], total: number) => {
  if (!total) return 0;
  let w = 0;
  for (const i of idx) w += weights[i] ?? 0;
  return Math.min(1, w / total);
};

// "Kan vi …", "nettverket vårt", "eg lurer på": a question about the asker's own case, often with context the
// documents cannot weigh; those are answered right less often than a question about the rules as such.
const FIRST_PERSON = /(?<!\p{L})(?:vi|vår|vårt|våre|oss|jeg|meg|min|mitt|mine|eg|me)(?!\p{L})/u;

// The texts' own words (answers, topics, their questions) are few and fixed: stemmed once, not per question.
const stemCache = new Map<string, Set<string>>();
function corpusStems(text: string): Set<string> {
  let found = stemCache.get(text);
  if (!found) {
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(text, (found = new Set(contentStems(text))));
  }
  return found;
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  const both = [...a].filter((x) => b.has(x)).length;
  return a.size + b.size - both ? both / (a.size + b.size - both) : 0;
};

export function scoreFeatures(c: ScoreContext): ScoreFeatures {
  const total = c.weights.reduce((a, b) => a + b, 0);
  const unknown = c.weights.filter((w) => w >= c.unknownWeight).length;
  const askedStems = new Set(contentStems(c.asked).filter((w) => !/^\d+$/.test(w)));
  const answerStems = corpusStems(c.answerText);
  const words = contentStems(c.message).filter((w) => !/^\d+$/.test(w)).length;
  return {
    coverage: c.coverage,
    margin: c.second && c.chosenScore > 0 ? Math.max(0, 1 - c.second.score / c.chosenScore) : 1,
    keyMatched: c.keyMatched ? 1 : 0,
    typed: c.typed ? 1 : 0,
    concepts: c.conceptCount,
    messageWords: words,
    unknownShare: c.conceptCount ? unknown / c.conceptCount : 0,
    topicShare: share(c.inTopic, c.weights, total),
    coverageGap: c.coverage - (c.second?.coverage ?? 0),
    matchedCount: c.matched.size,
    questionSim: Math.max(0, ...c.askedAs.map((a) => jaccard(askedStems, corpusStems(a)))),
    answerShare: askedStems.size ? [...askedStems].filter((x) => answerStems.has(x)).length / askedStems.size : 0,
    strength: total ? c.chosenScore / total : 0,
    firstPerson: FIRST_PERSON.test(c.message.toLowerCase()) ? 1 : 0,
    yearMissing: c.years.some((y) => !c.answerText.includes(String(y))) ? 1 : 0,
  };
}

/** A two-part answer: the features of its weakest answered part, with the parts asked and those left unanswered. */
export function joinedFeatures(answered: readonly Answer[], parts: number): { features?: ScoreFeatures } {
  const weakest = answered.reduce((a, b) => (b.score < a.score ? b : a));
  if (!weakest.features) return {};
  return { features: { ...weakest.features, parts, partsMissing: parts - answered.length } };
}
