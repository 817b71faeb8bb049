/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import { personSchema } from '../../networks/schemas.ts';
import { projectPlanSchema, type NewProject, type Project, type ProjectPlan } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { keyOf, type KeyRow } from './key.ts';

export interface ProjectRow extends KeyRow {
  name: string;
  plan: string;
  origin: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export const toProject = (r: ProjectRow): Project => ({
  ...keyOf(r),
  plan: projectPlanSchema.parse(JSON.parse(r.plan)),
  origin: z.enum(['import', 'cards']).parse(r.origin),
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The plan as stored: checked first, so a bad edit throws before anything is written. */
export const storedPlan = (plan: ProjectPlan): string => JSON.stringify(projectPlanSchema.parse(plan));

/** The id prefix of projects (utviklingsprosjekt); M, T, F and P are taken. */
export const PROJECT_PREFIX = 'U';

/** The arguments of `change`, as both stores take them. */
export type ChangeArgs = Parameters<ProjectRepository['change']>;

/** The same text in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const INSERT_PROJECT =
  'INSERT INTO projects (tenant_id, network_id, id, name, plan, origin, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The values of INSERT_PROJECT, in its order; the plan checked and stored as storedPlan gives it. */
export function insertValues(id: string, p: NewProject) {
  const by = JSON.stringify(p.createdBy);
  return [p.tenantId, p.networkId, id, p.plan.name, storedPlan(p.plan), p.origin, by, p.createdAt, p.createdAt];
}

export const UPDATE_PLAN =
  'UPDATE projects SET name = ?, plan = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';

/** The values of UPDATE_PLAN, in its order. */
export const planValues = (next: ProjectPlan, now: Date, tenantId: string, networkId: string, id: string) => [
  ...[next.name, storedPlan(next), now.toISOString()],
  ...[tenantId, networkId, id],
];
