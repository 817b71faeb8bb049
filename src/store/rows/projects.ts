/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import { personSchema } from '../../networks/schemas.ts';
import { projectPlanSchema, type Project, type ProjectPlan } from '../../projects/project.ts';

export interface ProjectRow {
  tenant_id: string;
  network_id: string;
  id: string;
  name: string;
  plan: string;
  origin: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export const toProject = (r: ProjectRow): Project => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
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
