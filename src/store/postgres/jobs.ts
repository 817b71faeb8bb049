import type pg from 'pg';
import { TENANT_LIMITS } from '../../messaging/rate-limit.ts';
import type { ClaimOptions, Job, JobRepository, JobStatus, PlannedJob } from '../../scheduler/jobs.ts';
import { PgRepository } from './database.ts';
import { JOBS_CHANNEL } from './notify.ts';
import type { PgPeers } from './peers.ts';
import { nextClaimableAt, plannedJobValues, toJob, type JobRow, listValues } from '../rows/jobs.ts';

/** Appended to a statement RETURNING due_at: one NOTIFY per changed row (PostgreSQL folds repeats), sent at commit. */
const NOTIFY_DUE = `SELECT COUNT(*)::int AS n FROM changed CROSS JOIN LATERAL pg_notify('${JOBS_CHANNEL}', changed.due_at) AS sent`;

/** Orders as SQLite's `ORDER BY due_at, id` (ISO times compare as text). */
const byDue = (a: JobRow, b: JobRow) => (a.due_at < b.due_at ? -1 : a.due_at > b.due_at ? 1 : a.id - b.id);

export class PgJobs extends PgRepository implements JobRepository {
  #peers: PgPeers | null;
  constructor(pool: pg.Pool, peers: PgPeers | null = null) {
    super(pool);
    this.#peers = peers;
  }

  /** Every instance's plan, move, defer and hand-back arrives here (JOBS_CHANNEL carries the due time). */
  async onDue(wake: (dueAt: Date | null) => void): Promise<() => void> {
    if (!this.#peers) return () => {};
    return this.#peers.listen(
      JOBS_CHANNEL,
      (payload) => {
        const at = new Date(payload);
        wake(Number.isNaN(at.getTime()) ? null : at);
      },
      () => wake(null),
    );
  }

  /** Inserts and, when new, wakes other instances (JOBS_CHANNEL) in the same statement. */
  async plan(j: PlannedJob, now: Date): Promise<boolean> {
    const { n } = (await this.sql.get<{ n: number }>(
      `WITH changed AS (
         INSERT INTO jobs (tenant_id, network_id, key, kind, due_at, payload, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'planned', ?) ON CONFLICT (key) DO NOTHING RETURNING due_at)
       ${NOTIFY_DUE}`,
      ...plannedJobValues(j, now),
    ))!;
    return n > 0;
  }

  async replan(j: PlannedJob, now: Date): Promise<void> {
    await this.sql.get(
      `WITH changed AS (
         INSERT INTO jobs (tenant_id, network_id, key, kind, due_at, payload, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'planned', ?)
         ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload,
           status = CASE WHEN jobs.status IN ('planned', 'cancelled') THEN 'planned' ELSE jobs.status END
         WHERE jobs.status IN ('planned', 'cancelled')
         RETURNING due_at)
       ${NOTIFY_DUE}`,
      ...plannedJobValues(j, now),
    );
  }

  async supersedeClaimed(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number> {
    return this.sql.run(
      `UPDATE jobs SET payload = ? WHERE tenant_id = ? AND network_id = ? AND key = ? AND status = 'claimed'`,
      JSON.stringify(payload ?? null),
      tenantId,
      networkId,
      key,
    );
  }

  /** A row claimed meanwhile is re-read after its lock (READ COMMITTED) and still matches: superseded, not missed. */
  async supersede(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number> {
    return this.sql.run(
      `UPDATE jobs SET payload = ?, status = CASE WHEN status = 'planned' THEN 'cancelled' ELSE status END
       WHERE tenant_id = ? AND network_id = ? AND key = ? AND status IN ('planned', 'claimed')`,
      JSON.stringify(payload ?? null),
      tenantId,
      networkId,
      key,
    );
  }

  async cancel(tenantId: string, networkId: string, keyPrefix: string): Promise<number> {
    return this.sql.run(
      `UPDATE jobs SET status = 'cancelled' WHERE tenant_id = ? AND network_id = ? AND status = 'planned' AND left(key, ?::int) = ?`,
      tenantId,
      networkId,
      keyPrefix.length,
      keyPrefix,
    );
  }

  /** A tenant's send window takes 30 requests a second; claims keep about a second of them per tenant. */
  readonly claimsPerTenant = TENANT_LIMITS[0]!.max;

  /**
   * One statement picks and claims: rows another instance is claiming right now are skipped
   * (FOR UPDATE SKIP LOCKED), never waited on and never handed out twice. With a per-tenant cap
   * the pick ranks each tenant's due jobs and leaves out those beyond the room the tenant's live
   * claims leave (ClaimOptions).
   */
  async claimDue(now: Date, limit: number, leaseMs: number, owner = '', opts: ClaimOptions = {}): Promise<Job[]> {
    const at = now.toISOString();
    const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
    if (opts.perTenant === undefined) {
      const rows = await this.sql.all<JobRow>(
        `WITH due AS (
           SELECT id FROM jobs
           WHERE (status = 'planned' AND due_at <= ?) OR (status = 'claimed' AND claimed_at <= ?)
           ORDER BY due_at, id LIMIT ?
           FOR UPDATE SKIP LOCKED
         )
         UPDATE jobs SET status = 'claimed', claimed_at = ?, claimed_by = ?, attempts = jobs.attempts + 1
         FROM due WHERE jobs.id = due.id
         RETURNING jobs.*`,
        at,
        staleBefore,
        limit,
        at,
        owner,
      );
      return rows.sort(byDue).map(toJob);
    }
    const liveAfter = new Date(now.getTime() - leaseMs / 2).toISOString();
    // The pick runs on the statement's snapshot; FOR UPDATE re-reads each picked row and drops it
    // when another claimer took it meanwhile (the status test below), or skips it while locked.
    const rows = await this.sql.all<JobRow & { place: string }>(
      `WITH live AS (
         SELECT tenant_id, COUNT(*)::int AS n FROM jobs
         WHERE status = 'claimed' AND claimed_at > ? GROUP BY tenant_id
       ), ranked AS (
         SELECT id, tenant_id, due_at, row_number() OVER (PARTITION BY tenant_id ORDER BY due_at, id) AS place
         FROM jobs WHERE (status = 'planned' AND due_at <= ?) OR (status = 'claimed' AND claimed_at <= ?)
       ), picked AS (
         SELECT ranked.id, ranked.place FROM ranked LEFT JOIN live USING (tenant_id)
         WHERE ranked.place <= ?::int - COALESCE(live.n, 0)
         ORDER BY ranked.place, ranked.due_at, ranked.id LIMIT ?
       ), due AS (
         SELECT jobs.id, picked.place FROM jobs JOIN picked ON picked.id = jobs.id
         WHERE (jobs.status = 'planned' AND jobs.due_at <= ?) OR (jobs.status = 'claimed' AND jobs.claimed_at <= ?)
         FOR UPDATE OF jobs SKIP LOCKED
       )
       UPDATE jobs SET status = 'claimed', claimed_at = ?, claimed_by = ?, attempts = jobs.attempts + 1
       FROM due WHERE jobs.id = due.id
       RETURNING jobs.*, due.place`,
      liveAfter,
      at,
      staleBefore,
      opts.perTenant,
      limit,
      at,
      staleBefore,
      at,
      owner,
    );
    return rows.sort((a, b) => Number(a.place) - Number(b.place) || byDue(a, b)).map(toJob);
  }

  async renew(ids: readonly number[], owner: string, now: Date): Promise<void> {
    if (!ids.length) return;
    await this.sql.run(
      `UPDATE jobs SET claimed_at = ? WHERE status = 'claimed' AND claimed_by = ? AND id = ANY(?::bigint[])`,
      now.toISOString(),
      owner,
      [...ids],
    );
  }

  async release(ids: readonly number[], owner: string, refund: boolean): Promise<number> {
    if (!ids.length) return 0;
    // Handed back at shutdown: another instance should send them now, not at its next tick.
    const { n } = (await this.sql.get<{ n: number }>(
      `WITH changed AS (
         UPDATE jobs SET status = 'planned', claimed_at = NULL, claimed_by = NULL,
           attempts = CASE WHEN ?::boolean THEN GREATEST(attempts - 1, 0) ELSE attempts END
         WHERE status = 'claimed' AND claimed_by = ? AND id = ANY(?::bigint[])
         RETURNING due_at)
       ${NOTIFY_DUE}`,
      refund,
      owner,
      [...ids],
    ))!;
    return n;
  }

  async nextClaimable(leaseMs: number, owner: string): Promise<Date | null> {
    const r = (await this.sql.get<{ due: string | null; claimed: string | null }>(
      `SELECT (SELECT MIN(due_at) FROM jobs WHERE status = 'planned') AS due,
              (SELECT MIN(claimed_at) FROM jobs WHERE status = 'claimed' AND claimed_by IS DISTINCT FROM ?::text) AS claimed`,
      owner,
    ))!;
    return nextClaimableAt(r, leaseMs);
  }

  async complete(id: number, now: Date): Promise<void> {
    await this.sql.run(
      `UPDATE jobs SET status = 'done', done_at = ?, last_error = NULL WHERE id = ?`,
      now.toISOString(),
      id,
    );
  }

  async defer(id: number, until: Date, error: string | null): Promise<void> {
    await this.sql.get(
      `WITH changed AS (
         UPDATE jobs SET status = 'planned', due_at = ?, claimed_at = NULL, claimed_by = NULL, last_error = ? WHERE id = ? RETURNING due_at)
       ${NOTIFY_DUE}`,
      until.toISOString(),
      error,
      id,
    );
  }

  async fail(id: number, error: string, now: Date): Promise<void> {
    await this.sql.run(
      `UPDATE jobs SET status = 'failed', last_error = ?, done_at = ? WHERE id = ?`,
      error,
      now.toISOString(),
      id,
    );
  }

  async list(tenantId: string, networkId: string, opts: { kind?: string; status?: JobStatus } = {}): Promise<Job[]> {
    const rows = await this.sql.all<JobRow>(
      `SELECT * FROM jobs WHERE tenant_id = ? AND network_id = ?
       AND (?::text IS NULL OR kind = ?) AND (?::text IS NULL OR status = ?) ORDER BY due_at, id`,
      ...listValues(tenantId, networkId, opts),
    );
    return rows.map(toJob);
  }
}
