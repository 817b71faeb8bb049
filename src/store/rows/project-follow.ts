/** Row types and row → domain mapping for following projects, shared by the SQLite and PostgreSQL stores. */
import { z } from 'zod';
import { personSchema } from '../../networks/schemas.ts';
import { EXPERIENCE_KINDS, type Experience, type PlanAnswer } from '../../projects/follow-up-repository.ts';

export interface PlanAnswerRow {
  tenant_id: string;
  network_id: string;
  project_id: string;
  milestone_id: string;
  meeting_id: string;
  entry_id: string;
  answer: string;
  what_happened: string;
  answered_by: string;
  answered_at: string;
}

export interface ExperienceRow {
  seq: number;
  tenant_id: string;
  network_id: string;
  project_id: string;
  kind: string;
  text: string;
  meeting_id: string | null;
  entry_id: string | null;
  created_by: string;
  created_at: string;
}

export const toPlanAnswer = (r: PlanAnswerRow): PlanAnswer => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  projectId: r.project_id,
  milestoneId: r.milestone_id,
  meetingId: r.meeting_id,
  entryId: r.entry_id,
  answer: z.enum(['yes', 'no']).parse(r.answer),
  whatHappened: r.what_happened,
  answeredBy: personSchema.parse(JSON.parse(r.answered_by)),
  answeredAt: r.answered_at,
});

export const toExperience = (r: ExperienceRow): Experience => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  projectId: r.project_id,
  seq: Number(r.seq),
  kind: z.enum(EXPERIENCE_KINDS).parse(r.kind),
  text: r.text,
  meetingId: r.meeting_id,
  entryId: r.entry_id ?? null,
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  createdAt: r.created_at,
});

export const planAnswerValues = (a: PlanAnswer) => [
  a.tenantId,
  a.networkId,
  a.projectId,
  a.milestoneId,
  a.meetingId,
  a.entryId,
  a.answer,
  a.whatHappened,
  JSON.stringify(a.answeredBy),
  a.answeredAt,
];

export const INSERT_ANSWER =
  'INSERT INTO plan_answers (tenant_id, network_id, project_id, milestone_id, meeting_id, entry_id, answer, what_happened, answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, network_id, entry_id) DO NOTHING';
export const INSERT_EXPERIENCE =
  'INSERT INTO project_experiences (tenant_id, network_id, project_id, kind, text, meeting_id, entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *';
export const experienceValues = (e: Omit<Experience, 'seq'>) => [
  e.tenantId,
  e.networkId,
  e.projectId,
  e.kind,
  e.text,
  e.meetingId,
  e.entryId,
  JSON.stringify(e.createdBy),
  e.createdAt,
];

/** A network's plan answers in the order given, or only one project's; with answersValues. */
export const answersQuery = (projectId: string | null) =>
  `SELECT * FROM plan_answers WHERE tenant_id = ? AND network_id = ?${projectId === null ? '' : ' AND project_id = ?'} ORDER BY answered_at, entry_id`;
export const answersValues = (tenantId: string, networkId: string, projectId: string | null) =>
  projectId === null ? [tenantId, networkId] : [tenantId, networkId, projectId];

export const EXPERIENCES =
  'SELECT * FROM project_experiences WHERE tenant_id = ? AND network_id = ? AND project_id = ? ORDER BY seq';
