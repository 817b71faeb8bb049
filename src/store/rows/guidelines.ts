/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import type { Escalation, Feedback, GuidelinesRepository, LocalAnswer } from '../../guidelines/repository.ts';
import { personSchema } from '../../networks/schemas.ts';
import { keyOf, type KeyRow } from './key.ts';

export const postedSchema = z.object({
  conversationId: z.string(),
  activityId: z.string(),
  privately: z.boolean().optional(),
});

export interface EscalationRow extends KeyRow {
  question: string;
  asked_by: string;
  created_at: string;
  posted: string | null;
  answered_by: string | null;
  answered_at: string | null;
}

export const toEscalation = (r: EscalationRow): Escalation => ({
  ...keyOf(r),
  question: r.question,
  askedBy: personSchema.parse(JSON.parse(r.asked_by)),
  createdAt: r.created_at,
  posted: r.posted ? postedSchema.parse(JSON.parse(r.posted)) : null,
  answeredBy: r.answered_by ? personSchema.parse(JSON.parse(r.answered_by)) : null,
  answeredAt: r.answered_at,
});

export interface LocalRow extends KeyRow {
  question: string;
  answer: string;
  saved_by: string;
  saved_at: string;
  escalation_id: string | null;
}

export const toLocal = (r: LocalRow): LocalAnswer => ({
  ...keyOf(r),
  question: r.question,
  answer: r.answer,
  savedBy: personSchema.parse(JSON.parse(r.saved_by)),
  savedAt: r.saved_at,
  escalationId: r.escalation_id,
});

/** The arguments of `setEscalationPosted`, as both stores take them. */
export type PostedArgs = Parameters<GuidelinesRepository['setEscalationPosted']>;
/** An escalation before it has an id, a post or an answer. */
export type NewEscalation = Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>;

/** The texts below are the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const UPSERT_FEEDBACK = `INSERT INTO guideline_feedback (tenant_id, network_id, entry_id, voter_key, vote, at) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, entry_id, voter_key) DO UPDATE SET vote = excluded.vote, at = excluded.at`;
export const feedbackValues = (f: Feedback) => [f.tenantId, f.networkId, f.entryId, f.voterKey, f.vote, f.at];

export const INSERT_ESCALATION = `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`;
export const escalationValues = (e: NewEscalation, id: string) => [
  ...[e.tenantId, e.networkId, id, e.question, JSON.stringify(e.askedBy), e.createdAt],
];

/**
 * The values of the conditional insert of `createEscalationWithin` (SQL per dialect: the JSON path differs):
 * the row, then the count's tenant, network and person, the in-flight cut-off and the cap.
 */
export const escalationWithinValues = (e: NewEscalation, id: string, max: number, inFlightSince: string) => [
  ...escalationValues(e, id),
  ...[e.tenantId, e.networkId, e.askedBy.id, inFlightSince, max],
];

/** The escalation as created: not posted, not answered. */
export const created = (e: NewEscalation, id: string): Escalation => ({
  ...e,
  id,
  posted: null,
  answeredBy: null,
  answeredAt: null,
});

export const SET_POSTED =
  'UPDATE guideline_escalations SET posted = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';

export const UPSERT_LOCAL = `INSERT INTO guideline_local_answers (tenant_id, network_id, id, question, answer, saved_by, saved_at, escalation_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, id) DO UPDATE SET
    question = excluded.question, answer = excluded.answer, saved_by = excluded.saved_by, saved_at = excluded.saved_at`;
export const localValues = (a: LocalAnswer) => [
  ...[a.tenantId, a.networkId, a.id, a.question, a.answer],
  ...[JSON.stringify(a.savedBy), a.savedAt, a.escalationId],
];

export const SET_ANSWERED =
  'UPDATE guideline_escalations SET answered_by = ?, answered_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';
/** The values of SET_ANSWERED for the escalation a local answer answers. */
export const answeredValues = (a: LocalAnswer) => [
  ...[JSON.stringify(a.savedBy), a.savedAt],
  ...[a.tenantId, a.networkId, a.escalationId],
];

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const GET_ESCALATION = 'SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND id = ?';
export const LOCAL_ANSWERS =
  'SELECT * FROM guideline_local_answers WHERE tenant_id = ? AND network_id = ? ORDER BY saved_at, id';
