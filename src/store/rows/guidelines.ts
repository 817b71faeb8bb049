/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import type { Escalation, LocalAnswer } from '../../guidelines/repository.ts';
import { personSchema } from '../../networks/schemas.ts';

export const postedSchema = z.object({ conversationId: z.string(), activityId: z.string() });

export interface EscalationRow {
  tenant_id: string;
  network_id: string;
  id: string;
  question: string;
  asked_by: string;
  created_at: string;
  posted: string | null;
  answered_by: string | null;
  answered_at: string | null;
}

export interface LocalRow {
  tenant_id: string;
  network_id: string;
  id: string;
  question: string;
  answer: string;
  saved_by: string;
  saved_at: string;
  escalation_id: string | null;
}

export const toEscalation = (r: EscalationRow): Escalation => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  question: r.question,
  askedBy: personSchema.parse(JSON.parse(r.asked_by)),
  createdAt: r.created_at,
  posted: r.posted ? postedSchema.parse(JSON.parse(r.posted)) : null,
  answeredBy: r.answered_by ? personSchema.parse(JSON.parse(r.answered_by)) : null,
  answeredAt: r.answered_at,
});

export const toLocal = (r: LocalRow): LocalAnswer => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  question: r.question,
  answer: r.answer,
  savedBy: personSchema.parse(JSON.parse(r.saved_by)),
  savedAt: r.saved_at,
  escalationId: r.escalation_id,
});
