import type { ClaimOptions, Job, JobRepository, JobStatus, PlannedJob } from '../../scheduler/jobs.ts';
import { SqliteRepository } from './database.ts';
import { nextClaimableAt, plannedJobValues, toJob, type JobRow, listValues } from '../rows/jobs.ts';

export class SqliteJobs extends SqliteRepository implements JobRepository {
  async plan(j: PlannedJob, now: Date): Promise<boolean> {
    const r = this.db
      .prepare(
        `INSERT INTO jobs (tenant_id, network_id, key, kind, due_at, payload, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'planned', ?) ON CONFLICT (key) DO NOTHING`,
      )
      .run(...plannedJobValues(j, now));
    return Number(r.changes) > 0;
  }

  async replan(j: PlannedJob, now: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO jobs (tenant_id, network_id, key, kind, due_at, payload, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'planned', ?)
         ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload,
           status = CASE WHEN jobs.status IN ('planned', 'cancelled') THEN 'planned' ELSE jobs.status END
         WHERE jobs.status IN ('planned', 'cancelled')`,
      )
      .run(...plannedJobValues(j, now));
  }

  async supersedeClaimed(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number> {
    const r = this.db
      .prepare(`UPDATE jobs SET payload = ? WHERE tenant_id = ? AND network_id = ? AND key = ? AND status = 'claimed'`)
      .run(JSON.stringify(payload ?? null), tenantId, networkId, key);
    return Number(r.changes);
  }

  async supersede(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number> {
    const r = this.db
      .prepare(
        `UPDATE jobs SET payload = ?, status = CASE WHEN status = 'planned' THEN 'cancelled' ELSE status END
         WHERE tenant_id = ? AND network_id = ? AND key = ? AND status IN ('planned', 'claimed')`,
      )
      .run(JSON.stringify(payload ?? null), tenantId, networkId, key);
    return Number(r.changes);
  }

  async cancel(tenantId: string, networkId: string, keyPrefix: string): Promise<number> {
    const r = this.db
      .prepare(
        `UPDATE jobs SET status = 'cancelled' WHERE tenant_id = ? AND network_id = ? AND status = 'planned' AND substr(key, 1, ?) = ?`,
      )
      .run(tenantId, networkId, keyPrefix.length, keyPrefix);
    return Number(r.changes);
  }

  async claimDue(now: Date, limit: number, leaseMs: number, owner = '', opts: ClaimOptions = {}): Promise<Job[]> {
    const at = now.toISOString();
    const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
    return this.tx(() => {
      const rows = (opts.perTenant === undefined
        ? this.db
            .prepare(
              `SELECT * FROM jobs
                 WHERE (status = 'planned' AND due_at <= ?) OR (status = 'claimed' AND claimed_at <= ?)
                 ORDER BY due_at, id LIMIT ?`,
            )
            .all(at, staleBefore, limit)
        : // As PostgreSQL's (ClaimOptions): each tenant's due jobs ranked, those beyond its room left out.
          this.db
            .prepare(
              `WITH live AS (
                   SELECT tenant_id, COUNT(*) AS n FROM jobs
                   WHERE status = 'claimed' AND claimed_at > ? GROUP BY tenant_id
                 ), ranked AS (
                   SELECT id, tenant_id, due_at, row_number() OVER (PARTITION BY tenant_id ORDER BY due_at, id) AS place
                   FROM jobs WHERE (status = 'planned' AND due_at <= ?) OR (status = 'claimed' AND claimed_at <= ?)
                 )
                 SELECT jobs.* FROM ranked JOIN jobs ON jobs.id = ranked.id LEFT JOIN live ON live.tenant_id = ranked.tenant_id
                 WHERE ranked.place <= ? - COALESCE(live.n, 0)
                 ORDER BY ranked.place, ranked.due_at, ranked.id LIMIT ?`,
            )
            .all(
              new Date(now.getTime() - leaseMs / 2).toISOString(),
              at,
              staleBefore,
              opts.perTenant,
              limit,
            )) as unknown as JobRow[];
      const claim = this.db.prepare(
        `UPDATE jobs SET status = 'claimed', claimed_at = ?, claimed_by = ?, attempts = attempts + 1 WHERE id = ?`,
      );
      for (const r of rows) claim.run(at, owner, r.id);
      return rows.map((r) => ({ ...toJob(r), status: 'claimed' as const, attempts: r.attempts + 1 }));
    });
  }

  async renew(ids: readonly number[], owner: string, now: Date): Promise<void> {
    if (!ids.length) return;
    this.db
      .prepare(
        `UPDATE jobs SET claimed_at = ? WHERE status = 'claimed' AND claimed_by = ? AND id IN (SELECT value FROM json_each(?))`,
      )
      .run(now.toISOString(), owner, JSON.stringify(ids));
  }

  async release(ids: readonly number[], owner: string, refund: boolean): Promise<number> {
    if (!ids.length) return 0;
    const r = this.db
      .prepare(
        `UPDATE jobs SET status = 'planned', claimed_at = NULL, claimed_by = NULL,
           attempts = CASE WHEN ? THEN MAX(attempts - 1, 0) ELSE attempts END
         WHERE status = 'claimed' AND claimed_by = ? AND id IN (SELECT value FROM json_each(?))`,
      )
      .run(refund ? 1 : 0, owner, JSON.stringify(ids));
    return Number(r.changes);
  }

  async nextClaimable(leaseMs: number, owner: string): Promise<Date | null> {
    const r = this.db
      .prepare(
        `SELECT (SELECT MIN(due_at) FROM jobs WHERE status = 'planned') AS due,
                (SELECT MIN(claimed_at) FROM jobs WHERE status = 'claimed' AND claimed_by IS NOT ?) AS claimed`,
      )
      .get(owner) as { due: string | null; claimed: string | null };
    return nextClaimableAt(r, leaseMs);
  }

  /**
   * Hands back every claim: only valid while this process holds the file's single-process lock,
   * when any claim left is from a process that died (kill -9, power loss) and waits on nobody.
   */
  releaseOrphans(): number {
    return Number(
      this.db
        .prepare(`UPDATE jobs SET status = 'planned', claimed_at = NULL, claimed_by = NULL WHERE status = 'claimed'`)
        .run().changes,
    );
  }

  async complete(id: number, now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE jobs SET status = 'done', done_at = ?, last_error = NULL WHERE id = ?`)
      .run(now.toISOString(), id);
  }

  async defer(id: number, until: Date, error: string | null): Promise<void> {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'planned', due_at = ?, claimed_at = NULL, claimed_by = NULL, last_error = ? WHERE id = ?`,
      )
      .run(until.toISOString(), error, id);
  }

  async fail(id: number, error: string, now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE jobs SET status = 'failed', last_error = ?, done_at = ? WHERE id = ?`)
      .run(error, now.toISOString(), id);
  }

  async list(tenantId: string, networkId: string, opts: { kind?: string; status?: JobStatus } = {}): Promise<Job[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM jobs WHERE tenant_id = ? AND network_id = ?
         AND (? IS NULL OR kind = ?) AND (? IS NULL OR status = ?) ORDER BY due_at, id`,
      )
      .all(...listValues(tenantId, networkId, opts)) as unknown as JobRow[];
    return rows.map(toJob);
  }
}
