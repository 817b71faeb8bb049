/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import type { AgendaProposal, MeetingRecord } from '../../meetings/repository.ts';
import { personSchema } from '../../networks/schemas.ts';

export const refSchema = z.object({ conversationId: z.string(), activityId: z.string() });
export const threadSchema = z.object({ conversationId: z.string(), threadId: z.string().nullable() });
export const json = <T>(schema: z.ZodType<T>, v: string | null): T | null => (v ? schema.parse(JSON.parse(v)) : null);

export interface MeetingRow {
  tenant_id: string;
  network_id: string;
  id: string;
  date: string;
  title: string;
  status: 'running' | 'ended';
  agenda: string;
  thread: string | null;
  card_ref: string | null;
  minutes_ref: string | null;
  started_by: string;
  started_at: string;
  ended_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approved_in: string | null;
}

export const toMeeting = (r: MeetingRow): MeetingRecord => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  date: r.date,
  title: r.title,
  status: r.status,
  agenda: JSON.parse(r.agenda),
  thread: json(threadSchema, r.thread),
  cardRef: json(refSchema, r.card_ref),
  minutesRef: json(refSchema, r.minutes_ref),
  startedBy: personSchema.parse(JSON.parse(r.started_by)),
  startedAt: r.started_at,
  endedAt: r.ended_at,
  approvedAt: r.approved_at,
  approvedBy: json(personSchema, r.approved_by),
  approvedIn: r.approved_in,
});

export interface ProposalRow {
  tenant_id: string;
  network_id: string;
  id: string;
  meeting_date: string;
  text: string;
  proposed_by: string;
  status: AgendaProposal['status'];
  decided_by: string | null;
  created_at: string;
}

export const toProposal = (r: ProposalRow): AgendaProposal => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  meetingDate: r.meeting_date,
  text: r.text,
  proposedBy: personSchema.parse(JSON.parse(r.proposed_by)),
  status: r.status,
  decidedBy: json(personSchema, r.decided_by),
  createdAt: r.created_at,
});
