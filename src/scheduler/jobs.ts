export type JobStatus = 'planned' | 'claimed' | 'done' | 'failed' | 'cancelled';

export interface PlannedJob {
  tenantId: string;
  networkId: string;
  /** Unique across all jobs: the same planned message is never stored twice. */
  key: string;
  kind: string;
  dueAt: Date;
  payload: unknown;
}

export interface Job extends PlannedJob {
  id: number;
  status: JobStatus;
  attempts: number;
}

export interface ClaimOptions {
  /**
   * At most this many live claims per tenant, counting every claimer's (a claim renewed within
   * half the lease is live; one older than that belongs to a process that has stopped renewing it).
   * A tenant whose live claims already fill it is skipped, and the jobs taken are ordered by their
   * place within their tenant first, then due time: turn by turn across tenants. Set to what a
   * tenant's send window lets through in about a second, it keeps every tenant's window busy
   * without holding jobs that cannot be sent soon (another instance may take those). A soft cap:
   * claimers at the same moment may each see the same room.
   */
  perTenant?: number;
}

export interface JobRepository {
  /** Inserts unless the key exists already; returns whether it was new. */
  plan(job: PlannedJob, now: Date): Promise<boolean>;
  /** Moves a job that has not been sent yet (a changed date); inserts it when missing. */
  replan(job: PlannedJob, now: Date): Promise<void>;
  /**
   * Gives the job being sent under this exact key (claimed) a new payload, so its runner, which
   * checks the payload before each try, finds it superseded (a newer card update went through).
   */
  supersedeClaimed(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number>;
  /**
   * A newer card update is about to be sent directly: in one statement, the job under this exact key
   * takes the payload and, when only planned, is cancelled, so no row can move from planned to
   * claimed between a cancel and a supersede and escape both.
   */
  supersede(tenantId: string, networkId: string, key: string, payload: unknown): Promise<number>;
  /** Cancels planned jobs of a network whose key starts with the prefix (a deadline marked done). */
  cancel(tenantId: string, networkId: string, keyPrefix: string): Promise<number>;
  /**
   * Atomically takes due jobs: planned ones due by now, and claimed ones whose claim is older than
   * the lease (the process died while sending). Claimed rows are invisible to other claimers.
   * In due order; with `perTenant`, spread over tenants instead (see ClaimOptions).
   */
  claimDue(now: Date, limit: number, leaseMs: number, owner?: string, opts?: ClaimOptions): Promise<Job[]>;
  /**
   * Where set, the scheduler claims with this `perTenant` cap unless told otherwise: the store is
   * shared by instances that send within one per-tenant window (PostgreSQL), so a claim in due
   * order would fill every instance with the tenant that comes first while the others' windows
   * stand open. Absent (SQLite, one process): claims stay in due order.
   */
  readonly claimsPerTenant?: number;
  /** Moves the claim time of the owner's running jobs to now: the heartbeat that keeps a short lease alive. */
  renew(ids: readonly number[], owner: string, now: Date): Promise<void>;
  /**
   * Hands the owner's claims back as planned, so another process (or the next start) sends them
   * at once; `refund` undoes the attempt count for jobs that never ran. Returns how many it released.
   */
  release(ids: readonly number[], owner: string, refund: boolean): Promise<number>;
  /** When the next job becomes claimable by the owner: a planned due time or another owner's claim running out. */
  nextClaimable(leaseMs: number, owner: string): Promise<Date | null>;
  complete(id: number, now: Date): Promise<void>;
  /** Back to planned at a later time (outside working hours, a transient failure). */
  defer(id: number, until: Date, error: string | null): Promise<void>;
  fail(id: number, error: string, now: Date): Promise<void>;
  list(tenantId: string, networkId: string, opts?: { kind?: string; status?: JobStatus }): Promise<Job[]>;
  /**
   * Where several instances share the jobs (PostgreSQL): calls `wake` with the due time of a job
   * planned, moved, deferred or handed back by any instance, and with null when such news may
   * have been missed (a lost connection). Resolves once listening; the result stops it. Absent
   * where one process owns the jobs (SQLite): its own ticks see everything.
   */
  onDue?(wake: (dueAt: Date | null) => void): Promise<() => void>;
}
