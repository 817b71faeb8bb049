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
  /** Which kind of network the rule is about, when it is not both. */
  network?: 'learning' | 'leaders';
  /** What the rule was before, shown next to the current answer. */
  olderRule?: OlderRule;
  /** Set on historical entries: a hit on this one is answered with the newer entry. */
  supersededBy?: string;
}

export interface Answer {
  answered: boolean;
  answer: string;
  sources: Source[];
  score: number;
  olderRuleNote?: string;
  /** Which entry or document passage answered: what a member's Nyttig / Ikke nyttig is recorded against. */
  entryId?: string;
  /** The nearest topics, offered as "Mente du …?" when declining. */
  suggestions: { id: string; topic: string }[];
}

export interface SearchHit {
  id: string;
  topic: string;
  answer: string;
  source: Source;
  score: number;
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
}

/**
 * The seam for answerers: retrieval today, perhaps a generative one later that must still cite
 * the same sources and decline the same way.
 */
export interface Answerer {
  answer(question: string, opts?: AnswerOptions): Answer;
}
