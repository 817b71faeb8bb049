export interface Source {
  title: string;
  section: string;
  year: number;
}

export interface OlderRule {
  year: number;
  text: string;
  source: Source;
}

export interface KnowledgeEntry {
  id: string;
  topic: string;
  /** Ways members ask this, bokmål and some nynorsk; they weigh most in retrieval. */
  questions: string[];
  answer: string;
  keywords?: string[];
  source: Source;
  /** Further documents the answer draws on, when it combines them; every fact in it comes from one of the sources. */
  alsoFrom?: Source[];
  /** Which kind of network the rule is about, when it is not both; the answer then says so. */
  network?: 'learning' | 'leaders';
  /**
   * The other kind of network's entry on the same point (the leader networks' spending deadline beside the
   * learning networks'): a question that names no kind gets both rules, never one kind's as the only one.
   */
  counterpart?: string;
  /** What the rule was before, shown next to the current answer. */
  olderRule?: OlderRule;
  /** Set on historical entries: a hit on this one is answered with the newer entry. */
  supersededBy?: string;
  /**
   * Set beside supersededBy on what one giver once prioritised (Oslo og Viken before 2022), not a rule: a question on
   * the point gets the current rule first, and this follows as «Eldre praksis», never as a rule that was.
   */
  practice?: true;
  /**
   * Set on the entry that restates a document's own announcement that it will be revised ("YYYY-MM").
   * Once that month has passed, answers citing the document say a newer version may exist.
   */
  revisionExpected?: string;
}

/** An earlier rule, the current one (beside an answer about the past), or an earlier giver's own priority. */
export type NoteKind = 'older' | 'newer' | 'practice';

export interface Answer {
  answered: boolean;
  answer: string;
  sources: Source[];
  score: number;
  /** A rule from another year next to the answer: an older one, or the current one when the question asked about the past. */
  olderRuleNote?: string;
  /** Which kind of note olderRuleNote is; 'older' when absent. */
  noteKind?: NoteKind;
  /** The cited document announced a revision that is now due: a newer version may exist. */
  revisionNote?: string;
  /** A leader's saved answer for the network, not the guidelines. */
  local?: boolean;
  /** What the score was computed from (coverage, margin to the next topic, key concept matched, …). */
  features?: ScoreFeatures;
  /** Which entry or document passage answered: what a member's Nyttig / Ikke nyttig is recorded against. */
  entryId?: string;
  /** The nearest topics, offered as "Mente du …?" when declining. */
  suggestions: { id: string; topic: string }[];
  /** Declined because no close text holds the question's key concept: reading it with other words does not help. */
  keyMissing?: true;
  /** Why a declined answer declines when it is no gap in the documents: it asks which reading, or points to a command. */
  declineKind?: 'clarify' | 'ownData';
}

export interface ScoreFeatures {
  /** Share of the question's weight the answer matches. */
  coverage: number;
  /** 1 − score of the best other topic / score of the answer. */
  margin: number;
  /** Whether the answer holds the question's weightiest known word. */
  keyMatched: number;
  /** Whether the question asked for a time, amount, count or person (and the answer has one). */
  typed: number;
  /** How many content words the question had. */
  concepts: number;
  // Computed in score-features.ts; optional so that a hand-made feature set (tests) needs only the five above.
  /** Content words in the whole message, context included. */
  messageWords?: number;
  /** Share of the question's concepts that no text uses. */
  unknownShare?: number;
  /** Share of the question's weight that the chosen text's topic (or heading) names. */
  topicShare?: number;
  /** Coverage of the chosen text minus that of the best text on another topic. */
  coverageGap?: number;
  /** How many of the question's concepts the chosen text holds. */
  matchedCount?: number;
  /** Best word overlap (Jaccard) of the question with the chosen text's topic or one of its questions. */
  questionSim?: number;
  /** Share of the question's content words that the chosen text holds, as written. */
  answerShare?: number;
  /** The chosen text's retrieval score over the question's total weight. */
  strength?: number;
  /** A message of two or three questions: how many, and how many of them went unanswered. */
  parts?: number;
  partsMissing?: number;
  /** 1 when the answer is an older document's word on whether a rule still holds (no newer text speaks to it). */
  onlyOlder?: number;
  /** 1 when the message speaks of the asker's own case (vi, vår, jeg, eg, me …). */
  firstPerson?: number;
  /** 1 when the question names a year that the answer never mentions. */
  yearMissing?: number;
}

export interface SearchHit {
  id: string;
  topic: string;
  answer: string;
  source: Source;
  score: number;
  sources?: Source[];
  revisionNote?: string;
  local?: boolean;
}

export interface GuidelinesStats {
  entries: number;
  operatorDocuments: number;
  operatorSections: number;
  terms: number;
  indexBuildMs: number;
}

export interface AnswerOptions {
  /** Network-local entries (a leader's saved answers); indexed on the side and cached per array. */
  extraEntries?: readonly KnowledgeEntry[];
  /** Today, for notes that depend on the date (a revision now due); the system clock by default. */
  now?: Date;
  /**
   * The asker's network's kind, when known: a question that names no kind is answered for this one
   * (a leader network's member asking «hvem kan delta?» means their own network). One that names a kind keeps it.
   */
  networkKind?: 'learning' | 'leaders';
}

/**
 * The seam for answerers: retrieval today, perhaps a generative one later that must still cite
 * the same sources and decline the same way.
 */
export interface Answerer {
  answer(question: string, opts?: AnswerOptions): Answer;
}
