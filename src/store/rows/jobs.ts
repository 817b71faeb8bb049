/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import type { Job, JobStatus, PlannedJob } from '../../scheduler/jobs.ts';

export interface JobRow {
  id: number;
  tenant_id: string;
  network_id: string;
  key: string;
  kind: string;
  due_at: string;
  payload: string;
  status: JobStatus;
  attempts: number;
}

export const toJob = (r: JobRow): Job => ({
  id: r.id,
  tenantId: r.tenant_id,
  networkId: r.network_id,
  key: r.key,
  kind: r.kind,
  dueAt: new Date(r.due_at),
  payload: JSON.parse(r.payload),
  status: r.status,
  attempts: r.attempts,
});

/** The earlier of the first planned job's due time and the first foreign claim's lease end; null when neither exists. */
export function nextClaimableAt(r: { due: string | null; claimed: string | null }, leaseMs: number): Date | null {
  const times = [
    r.due ? new Date(r.due).getTime() : null,
    r.claimed ? new Date(r.claimed).getTime() + leaseMs : null,
  ].filter((t): t is number => t !== null);
  return times.length ? new Date(Math.min(...times)) : null;
}

/** The values of `INSERT INTO jobs (tenant_id, network_id, key, kind, due_at, payload, status, created_at)`, less the status. */
export const plannedJobValues = (j: PlannedJob, now: Date) =>
  [
    j.tenantId,
    j.networkId,
    j.key,
    j.kind,
    j.dueAt.toISOString(),
    JSON.stringify(j.payload ?? null),
    now.toISOString(),
  ] as const;

/** The values of `list`'s query in both dialects: network, then kind and status each twice (null matches any). */
export const listValues = (tenantId: string, networkId: string, opts: { kind?: string; status?: JobStatus }) => [
  ...[tenantId, networkId],
  ...[opts.kind ?? null, opts.kind ?? null, opts.status ?? null, opts.status ?? null],
];
