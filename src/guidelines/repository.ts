import type { Person } from '../networks/network.ts';

export type Vote = 'up' | 'down';

/**
 * A member's Nyttig / Ikke nyttig. Only the entry and the vote are kept, never the question text;
 * the voter is a one-way key so a second click replaces the first instead of counting twice.
 */
export interface Feedback {
  tenantId: string;
  /** '' when the answer was given outside any network (a personal chat with no network). */
  networkId: string;
  entryId: string;
  voterKey: string;
  vote: Vote;
  at: string;
}

/** A question a member sent on to the network's leaders, and where the bot posted it. */
export interface EscalationPost {
  conversationId: string;
  activityId: string;
  privately?: boolean;
}

export interface Escalation {
  tenantId: string;
  networkId: string;
  id: string;
  question: string;
  askedBy: Person;
  createdAt: string;
  /**
   * Where the question was posted: the channel thread, or (privately, N17) the first leader's personal
   * chat, when the asker chose to keep it out of the channel; the answer then goes back privately too.
   */
  posted: EscalationPost | null;
  answeredBy: Person | null;
  answeredAt: string | null;
}

/** A leader's answer, kept as an entry that only this network's questions can find. */
export interface LocalAnswer {
  tenantId: string;
  networkId: string;
  id: string;
  question: string;
  answer: string;
  savedBy: Person;
  savedAt: string;
  escalationId: string | null;
}

export interface GuidelinesRepository {
  /** Inserts or replaces the voter's vote on the entry. */
  recordFeedback(f: Feedback): Promise<void>;
  feedbackCounts(tenantId: string, networkId: string): Promise<{ entryId: string; up: number; down: number }[]>;
  createEscalation(e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>): Promise<Escalation>;
  /**
   * Creates the escalation only while the person has fewer than `max` open ones (posted and not
   * answered, or created since `inFlightSince` and on their way to being posted), checked and
   * inserted as one step, so questions sent at the same instant cannot pass the cap together (A9).
   * Null when the cap is reached.
   */
  createEscalationWithin(
    e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>,
    max: number,
    inFlightSince: string,
  ): Promise<Escalation | null>;
  setEscalationPosted(tenantId: string, networkId: string, id: string, posted: EscalationPost): Promise<void>;
  /** The same person's earlier escalation of the same question, so a double click posts once. */
  findEscalation(tenantId: string, networkId: string, askedById: string, question: string): Promise<Escalation | null>;
  getEscalation(tenantId: string, networkId: string, id: string): Promise<Escalation | null>;
  /** How many of the person's questions are posted to the leaders and not yet answered there. */
  countOpenEscalations(tenantId: string, networkId: string, askedById: string): Promise<number>;
  /** Saves (or replaces) the local answer and, when it answers an escalation, marks that answered. */
  saveLocalAnswer(a: LocalAnswer): Promise<void>;
  listLocalAnswers(tenantId: string, networkId: string): Promise<LocalAnswer[]>;
}
