import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.ts';
import type { Clock } from '../time/clock.ts';
import type { Job, JobRepository } from './jobs.ts';
import { JobInterrupted, PermanentJobError } from '../jobs/errors.ts';
import { runAsJob } from '../jobs/current-job.ts';

/** What a handler may answer: nothing (done), or "not now, try at …" (e.g. outside working hours). */
export type JobOutcome = void | { deferUntil: Date };

export interface JobHandler {
  kind: string;
  run(job: Job, now: Date): Promise<JobOutcome>;
}

export interface SchedulerOptions {
  jobs: JobRepository;
  handlers: JobHandler[];
  clock: Clock;
  log: Logger;
  /**
   * How long a claim holds without a heartbeat before another process may take the job over (the
   * sender died mid-way). Kept short and renewed every third of it while the job is held, so a
   * crashed process's jobs wait seconds, not minutes.
   */
  leaseMs?: number;
  batchSize?: number;
  concurrency?: number;
  maxAttempts?: number;
  /**
   * Claims spread over tenants, at most this many live claims per tenant (ClaimOptions), and
   * refilled as jobs finish instead of batch by batch. Defaults to the store's `claimsPerTenant`
   * (PostgreSQL, where instances share each tenant's window); null claims in due order, a batch at
   * a time (SQLite, one process).
   */
  perTenant?: number | null;
  /**
   * Fewest milliseconds between two claims that came back short while jobs of this scheduler are
   * still running (spread claims only): a finished job frees room for one more, and a claim per
   * finished job would cost a database round trip per send. The live claims per tenant cover the
   * wait many times over.
   */
  refillGapMs?: number;
}

/** Shortest time between ticks that other instances' news sets off. */
const NEWS_GAP_MS = 250;

export interface TickResult {
  done: number;
  deferred: number;
  failed: number;
}

/** How a stop ended: claims handed back unsent, and sends still running when the budget ran out. */
export interface StopReport {
  released: number;
  cut: number;
}

/**
 * Delivers planned messages. It keeps no timers with state: every tick reads due rows from the
 * store, so a restart picks up exactly where the last process stopped.
 */
export class Scheduler {
  #o: Required<Omit<SchedulerOptions, 'handlers'>>;
  #handlers = new Map<string, JobHandler>();
  #timer: NodeJS.Timeout | null = null;
  #heartbeat: NodeJS.Timeout | null = null;
  #running: Promise<TickResult> | null = null;
  #stopping = false;
  #stopped: Promise<StopReport> | null = null;
  /** Claimed by this scheduler and not finished: what the heartbeat renews and a stop hands back. */
  #held = new Set<number>();
  /** The subset of #held whose handler is running. */
  #active = new Set<number>();
  readonly owner = randomUUID();
  #abort = new AbortController();

  constructor(opts: SchedulerOptions) {
    this.#o = {
      leaseMs: 15_000,
      batchSize: 100,
      concurrency: 16,
      maxAttempts: 8,
      refillGapMs: 100,
      ...opts,
      perTenant: opts.perTenant === undefined ? (opts.jobs.claimsPerTenant ?? null) : opts.perTenant,
    };
    for (const h of opts.handlers) this.#handlers.set(h.kind, h);
  }

  register(handler: JobHandler): void {
    this.#handlers.set(handler.kind, handler);
  }

  /** Runs every job that is due now; repeated until nothing due is left. Ticks never overlap. */
  tick(): Promise<TickResult> {
    const perTenant = this.#o.perTenant;
    this.#running ??= (perTenant === null ? this.#drain() : this.#drainSpread(perTenant)).finally(
      () => (this.#running = null),
    );
    return this.#running;
  }

  /**
   * The drain where instances share per-tenant send windows: each claim takes at most `perTenant`
   * live jobs of a tenant, turn by turn across tenants, so no instance is filled with one tenant's
   * jobs waiting on its full window while another tenant's window stands open; jobs beyond that
   * stay planned for whichever instance has room first. Workers take the claimed jobs tenant by
   * tenant in turn, and claim again as jobs finish (room frees as they do), until a claim brings
   * nothing while none of this scheduler's jobs runs, or brings only jobs this drain has run
   * already (deferred to a moment past: they must not spin the loop).
   */
  async #drainSpread(perTenant: number): Promise<TickResult> {
    const { jobs, clock, leaseMs, batchSize, concurrency, refillGapMs } = this.#o;
    const total: TickResult = { done: 0, deferred: 0, failed: 0 };
    const queue: Job[] = [];
    const ran = new Set<number>();
    let finished = 0;
    /** `finished` when the last claim came back short: until a job finishes, no room has freed. */
    let shortAt: number | null = null;
    let lastShortClaim = Number.NEGATIVE_INFINITY;
    let spin = false;
    let failure: unknown = null;
    let claiming: Promise<void> | null = null;
    const workers = new Set<Promise<void>>();

    const claim = async () => {
      const gap = lastShortClaim + refillGapMs - performance.now();
      if (gap > 0 && this.#active.size) await new Promise((r) => setTimeout(r, gap));
      if (this.#stopping) return;
      const seenFinished = finished;
      const batch = await jobs.claimDue(clock.now(), batchSize, leaseMs, this.owner, { perTenant });
      for (const job of batch) this.#held.add(job.id);
      if (batch.length) this.#beat();
      if (this.#stopping) {
        await this.#handBack(
          batch.map((j) => j.id),
          true,
        );
        return;
      }
      if (batch.length < batchSize) {
        shortAt = seenFinished;
        lastShortClaim = performance.now();
      } else shortAt = null;
      if (batch.length && batch.every((j) => ran.has(j.id))) spin = true;
      queue.push(...batch);
      queue.splice(0, queue.length, ...inTurns(queue));
    };

    /** Workers running a job; the others are between jobs (taking one, or waiting for a claim). */
    let busy = 0;
    const worker = async () => {
      while (!this.#stopping) {
        const job = queue.shift();
        if (!job) {
          // Nothing of ours finished since a claim came back short: no room has freed, so no claim.
          if (spin || failure !== null || (shortAt !== null && shortAt === finished)) return;
          claiming ??= claim()
            .catch((err: unknown) => {
              failure ??= err;
            })
            .finally(() => (claiming = null));
          await claiming;
          spawn();
          continue;
        }
        ran.add(job.id);
        this.#active.add(job.id);
        busy++;
        try {
          const r = await this.#runOne(job);
          total[r]++;
        } finally {
          busy--;
          this.#active.delete(job.id);
          this.#held.delete(job.id);
          finished++;
        }
      }
    };

    /** A worker for each queued job no idle worker will take, up to the concurrency (one to claim at first). */
    const spawn = () => {
      while (workers.size < concurrency && (workers.size === 0 || queue.length > workers.size - busy)) {
        const w: Promise<void> = worker().finally(() => workers.delete(w));
        workers.add(w);
      }
    };

    spawn();
    while (workers.size) await Promise.all([...workers]);
    if (this.#stopping)
      await this.#handBack(
        queue.splice(0).map((j) => j.id),
        true,
      );
    if (failure !== null) throw failure;
    return total;
  }

  async #drain(): Promise<TickResult> {
    const total: TickResult = { done: 0, deferred: 0, failed: 0 };
    while (!this.#stopping) {
      const now = this.#o.clock.now();
      const batch = await this.#o.jobs.claimDue(now, this.#o.batchSize, this.#o.leaseMs, this.owner);
      if (!batch.length) return total;
      for (const job of batch) this.#held.add(job.id);
      this.#beat();
      let next = 0;
      const worker = async () => {
        while (next < batch.length && !this.#stopping) {
          const job = batch[next++]!;
          this.#active.add(job.id);
          try {
            const r = await this.#runOne(job);
            total[r]++;
          } finally {
            this.#active.delete(job.id);
            this.#held.delete(job.id);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, batch.length) }, worker));
      if (this.#stopping)
        await this.#handBack(
          batch.slice(next).map((j) => j.id),
          true,
        );
      if (batch.length < this.#o.batchSize) return total;
    }
    return total;
  }

  #released = 0;

  /** Returns held claims to planned so the next process sends them at once, not after a lease. */
  async #handBack(ids: number[], refund: boolean): Promise<void> {
    const mine = ids.filter((id) => this.#held.delete(id));
    if (!mine.length) return;
    this.#released += await this.#o.jobs.release(mine, this.owner, refund).catch((err) => {
      this.#o.log.error({ err: { message: (err as Error).message } }, 'handing back claims failed');
      return 0;
    });
  }

  /** Keeps the claims of held jobs fresh while any are held; stops itself when none are. */
  #beat(): void {
    if (this.#heartbeat) return;
    this.#heartbeat = setInterval(
      () => {
        if (!this.#held.size) {
          clearInterval(this.#heartbeat!);
          this.#heartbeat = null;
          return;
        }
        this.#o.jobs
          .renew([...this.#held], this.owner, this.#o.clock.now())
          .catch((err) => this.#o.log.warn({ err: { message: (err as Error).message } }, 'lease renewal failed'));
      },
      Math.max(10, Math.floor(this.#o.leaseMs / 3)),
    );
    this.#heartbeat.unref();
  }

  async #runOne(job: Job): Promise<keyof TickResult> {
    const { jobs, clock, log } = this.#o;
    const handler = this.#handlers.get(job.kind);
    if (!handler) {
      await jobs.fail(job.id, `no handler for ${job.kind}`, clock.now());
      log.error({ kind: job.kind, key: job.key }, 'job without handler');
      return 'failed';
    }
    try {
      // Everything the handler calls knows the job: the sender tags each delivery with its key.
      const outcome = await runAsJob(
        { key: job.key, tenantId: job.tenantId, networkId: job.networkId, signal: this.#abort.signal },
        () => handler.run(job, clock.now()),
      );
      if (outcome && 'deferUntil' in outcome) {
        await jobs.defer(job.id, outcome.deferUntil, null);
        return 'deferred';
      }
      await jobs.complete(job.id, clock.now());
      return 'done';
    } catch (err) {
      if (err instanceof JobInterrupted) {
        await this.#handBack([job.id], true);
        return 'deferred';
      }
      const message = (err as Error).message ?? String(err);
      if (err instanceof PermanentJobError || job.attempts >= this.#o.maxAttempts) {
        await jobs.fail(job.id, message, clock.now());
        log.warn({ kind: job.kind, key: job.key, attempts: job.attempts, error: message }, 'job failed for good');
        return 'failed';
      }
      // Backs off 1, 2, 4 … minutes, capped at an hour, so a Teams outage is ridden out.
      const waitMs = Math.min(60, 2 ** (job.attempts - 1)) * 60_000;
      await jobs.defer(job.id, new Date(clock.now().getTime() + waitMs), message);
      log.warn({ kind: job.kind, key: job.key, attempts: job.attempts, error: message }, 'job deferred after error');
      return 'deferred';
    }
  }

  #started = false;
  /** Clock time (ms) the timer is set for; null while a tick runs or before start. */
  #nextAt: number | null = null;
  /** The earliest due time heard of while a tick ran: the tick may have looked before it was planned. */
  #heardDuringTick: number | null = null;
  #unlisten: (() => void) | null = null;
  /**
   * Settles once this scheduler listens for other instances' jobs (PostgreSQL), at once where the
   * store has no such news (SQLite). Never rejects: without wake-ups the ticks still run.
   */
  listening: Promise<void> = Promise.resolve();

  /**
   * Ticks every intervalMs, and sooner when the store says a job becomes claimable earlier (a
   * dead process's claim running out), so a takeover waits for the lease, not for the interval.
   * Never sooner than a second after a tick: a job deferred to a moment already past must not spin
   * the loop. Where instances share the jobs, a job any of them plans, moves or hands back that is
   * due before the next tick wakes this one at its due time, not a whole interval later.
   */
  start(intervalMs = 15_000): void {
    if (this.#started || this.#stopping) return;
    this.#started = true;
    const { jobs, log } = this.#o;
    if (jobs.onDue) {
      this.listening = jobs
        .onDue((due) => this.#heard(due))
        .then(
          (unlisten) => {
            if (this.#stopping) unlisten();
            else this.#unlisten = unlisten;
          },
          (err) =>
            log.warn(
              { err: { message: (err as Error).message } },
              'scheduler cannot listen for other instances; it ticks on its interval',
            ),
        );
    }
    const loop = () => {
      this.#timer = null;
      this.#nextAt = null;
      this.#tickStartedAt = performance.now();
      this.#heardDuringTick = null;
      // Cannot reject: a failed tick or lookup is logged above and waits the interval.
      void this.tick()
        .then(() => this.#o.jobs.nextClaimable(this.#o.leaseMs, this.owner))
        .then(
          (at) =>
            at ? Math.min(intervalMs, Math.max(1_000, at.getTime() - this.#o.clock.now().getTime())) : intervalMs,
          (err) => {
            this.#o.log.error({ err: { message: (err as Error).message } }, 'scheduler tick failed');
            return intervalMs;
          },
        )
        .then((wait) => {
          const heard = this.#heardDuringTick;
          this.#heardDuringTick = null;
          if (heard !== null) wait = Math.min(wait, this.#soonest(heard));
          this.#arm(wait, loop, true);
        });
    };
    this.#loop = loop;
    this.#arm(0, loop);
  }

  #loop: (() => void) | null = null;

  #arm(wait: number, loop: () => void, afterTick = false): void {
    if (this.#stopping) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#nextAt = this.#o.clock.now().getTime() + wait;
    this.#timer = setTimeout(loop, wait);
    if (afterTick) this.#ticked = true;
    if (this.#ticked) for (const w of this.#settledWaiters.splice(0)) w(new Date(this.#nextAt));
  }

  #ticked = false;
  #settledWaiters: ((at: Date) => void)[] = [];

  /**
   * Resolves with the next tick's time once the loop has ticked at least once and waits for the
   * next (at once if it does now). For tests and operators: no sleeping to learn the schedule.
   */
  settled(): Promise<Date> {
    if (this.#ticked && this.#nextAt !== null) return Promise.resolve(new Date(this.#nextAt));
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  /** Another instance's news (null: news may have been lost, so look now). */
  #heard(due: Date | null): void {
    if (!this.#started || this.#stopping || !this.#loop) return;
    const at = due?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (this.#nextAt === null) {
      // A tick is running: it may have read the jobs before this one was planned.
      this.#heardDuringTick = Math.min(this.#heardDuringTick ?? Number.POSITIVE_INFINITY, at);
      return;
    }
    if (at >= this.#nextAt) return;
    this.#arm(this.#soonest(at), this.#loop);
  }

  #tickStartedAt = Number.NEGATIVE_INFINITY;

  /**
   * The wait before a tick for a job due at `at`: its due time, but never within NEWS_GAP_MS (real
   * time) of the last tick's start, so instances deferring a job to a moment already past cannot
   * wake each other in a loop.
   */
  #soonest(at: number): number {
    const untilDue = Math.max(0, at - this.#o.clock.now().getTime());
    return Math.max(untilDue, Math.ceil(this.#tickStartedAt + NEWS_GAP_MS - performance.now()));
  }

  /** When the next tick is set to run, in the scheduler's clock; null while a tick runs or before start. */
  nextTickAt(): Date | null {
    return this.#nextAt === null ? null : new Date(this.#nextAt);
  }

  /**
   * Graceful shutdown: claims no more jobs, hands back at once the claimed jobs no send has
   * started on, and waits up to budgetMs for the sends in flight. Sends still running then are
   * handed back too (another process may repeat them) and reported as cut.
   */
  stop(budgetMs = 8_000): Promise<StopReport> {
    this.#stopped ??= (async () => {
      this.#stopping = true;
      this.#abort.abort();
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = null;
      this.#nextAt = null;
      this.#unlisten?.();
      this.#unlisten = null;
      // Claimed but not started: no worker takes another job once #stopping is set.
      await this.#handBack(
        [...this.#held].filter((id) => !this.#active.has(id)),
        true,
      );
      const running =
        this.#running?.then(
          () => 'ok' as const,
          () => 'ok' as const,
        ) ?? Promise.resolve('ok' as const);
      let timer: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), budgetMs)));
      const ended = await Promise.race([running, outOfTime]);
      clearTimeout(timer);
      let cut = 0;
      if (ended === 'late') {
        cut = this.#active.size;
        await this.#handBack([...this.#held], false);
      }
      if (this.#heartbeat) clearInterval(this.#heartbeat);
      this.#heartbeat = null;
      if (cut) this.#o.log.warn({ cut }, 'shutdown cut sends in flight; their jobs were handed back');
      return { released: this.#released, cut };
    })();
    return this.#stopped;
  }
}

/** The jobs tenant by tenant in turn, each tenant's in the order given: one tenant's run of jobs never holds up the next. */
export function inTurns(jobs: readonly Job[]): Job[] {
  const byTenant = new Map<string, Job[]>();
  for (const j of jobs) {
    const list = byTenant.get(j.tenantId);
    if (list) list.push(j);
    else byTenant.set(j.tenantId, [j]);
  }
  const lists = [...byTenant.values()];
  const out: Job[] = [];
  for (let i = 0; out.length < jobs.length; i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}
