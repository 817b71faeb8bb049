/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import { DEADLINE_KINDS, type Deadline } from '../../deadlines/deadline.ts';
import type { Person } from '../../networks/network.ts';
import { personSchema } from '../../networks/schemas.ts';

export interface DeadlineRow {
  tenant_id: string;
  network_id: string;
  id: string;
  title: string;
  kind: string;
  date: string;
  time: string;
  scope: 'network' | 'statsforvalter';
  statsforvalter: string | null;
  origin: string | null;
  source: string;
  checklist: string;
  checks: string;
  yearly: number;
  status: 'open' | 'done';
  done_by: string | null;
  done_at: string | null;
  created_by: string;
  created_at: string;
}

export const checksSchema = z.array(z.object({ item: z.string(), by: personSchema, at: z.string() }));

export const toDeadline = (r: DeadlineRow): Deadline => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  title: r.title,
  kind: z.enum(DEADLINE_KINDS).parse(r.kind),
  date: r.date,
  time: r.time,
  scope: r.scope,
  statsforvalter: r.statsforvalter,
  origin: r.origin,
  source: r.source,
  checklist: z.array(z.string()).parse(JSON.parse(r.checklist)),
  checks: checksSchema.parse(JSON.parse(r.checks ?? '[]')),
  yearly: r.yearly === 1,
  status: r.status,
  doneBy: r.done_by ? personSchema.parse(JSON.parse(r.done_by)) : null,
  doneAt: r.done_at,
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  createdAt: r.created_at,
});

/**
 * The stored `checks` after ticking (or unticking) `item`, or null when `on` asks for the state it already has.
 * Run between the locked read and the write, so two members ticking at once both count.
 */
export function toggledChecks(
  stored: string,
  item: string,
  by: Person,
  now: Date,
  on?: boolean,
): z.infer<typeof checksSchema> | null {
  const checks = checksSchema.parse(JSON.parse(stored));
  const ticked = checks.some((c) => c.item === item);
  if (on !== undefined && on === ticked) return null;
  return ticked ? checks.filter((c) => c.item !== item) : [...checks, { item, by, at: now.toISOString() }];
}
