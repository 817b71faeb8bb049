import type { Logger } from '../log.ts';
import type { Clock } from '../time/clock.ts';
import type { Job, JobRepository } from './jobs.ts';

/** What a handler may answer: nothing (done), or "not now, try at …" (e.g. outside working hours). */
export type JobOutcome = void | { deferUntil: Date };

export interface JobHandler {
  kind: string;
  run(job: Job, now: Date): Promise<JobOutcome>;
}

/** A failure that retrying cannot fix (the conversation is gone, the data no longer exists). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export interface SchedulerOptions {
  jobs: JobRepository;
  handlers: JobHandler[];
  clock: Clock;
  log: Logger;
  /** How long a claim holds before another tick may take the job over (the sender died mid-way). */
  leaseMs?: number;
  batchSize?: number;
  concurrency?: number;
  maxAttempts?: number;
}

export interface TickResult {
  done: number;
  deferred: number;
  failed: number;
}

/**
 * Delivers planned messages. It keeps no timers with state: every tick reads due rows from the
 * store, so a restart picks up exactly where the last process stopped.
 */
export class Scheduler {
  #o: Required<Omit<SchedulerOptions, 'handlers'>>;
  #handlers = new Map<string, JobHandler>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<TickResult> | null = null;

  constructor(opts: SchedulerOptions) {
    this.#o = { leaseMs: 120_000, batchSize: 100, concurrency: 16, maxAttempts: 8, ...opts };
    for (const h of opts.handlers) this.#handlers.set(h.kind, h);
  }

  register(handler: JobHandler): void {
    this.#handlers.set(handler.kind, handler);
  }

  /** Runs every job that is due now; repeated until nothing due is left. Ticks never overlap. */
  tick(): Promise<TickResult> {
    this.#running ??= this.#drain().finally(() => (this.#running = null));
    return this.#running;
  }

  async #drain(): Promise<TickResult> {
    const total: TickResult = { done: 0, deferred: 0, failed: 0 };
    for (;;) {
      const now = this.#o.clock.now();
      const batch = await this.#o.jobs.claimDue(now, this.#o.batchSize, this.#o.leaseMs);
      if (!batch.length) return total;
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const job = batch[next++]!;
          const r = await this.#runOne(job);
          total[r]++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, batch.length) }, worker));
      if (batch.length < this.#o.batchSize) return total;
    }
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
      const outcome = await handler.run(job, clock.now());
      if (outcome && 'deferUntil' in outcome) {
        await jobs.defer(job.id, outcome.deferUntil, null);
        return 'deferred';
      }
      await jobs.complete(job.id, clock.now());
      return 'done';
    } catch (err) {
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

  start(intervalMs = 15_000): void {
    if (this.#timer) return;
    const loop = () => {
      this.tick()
        .catch((err) => this.#o.log.error({ err: { message: (err as Error).message } }, 'scheduler tick failed'))
        .finally(() => {
          if (this.#timer) this.#timer = setTimeout(loop, intervalMs);
        });
    };
    this.#timer = setTimeout(loop, 0);
  }

  /** Stops planning new ticks and waits for the one in flight: part of graceful shutdown. */
  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
  }
}
