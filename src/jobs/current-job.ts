import { AsyncLocalStorage } from 'node:async_hooks';

/** The job the current async call chain runs for, as the scheduler started it. */
export interface CurrentJob {
  key: string;
  tenantId: string;
  networkId: string;
  /** Aborted when the scheduler running the job stops. */
  signal: AbortSignal;
}

const scope = new AsyncLocalStorage<CurrentJob>();

/**
 * Runs a job's handler with the job known to everything it calls: the sender tags each delivery
 * with the job key and stops waiting at shutdown, without a handler passing either by hand.
 * Only the scheduler calls this.
 */
export function runAsJob<T>(job: CurrentJob, run: () => Promise<T>): Promise<T> {
  return scope.run(job, run);
}

/** The job being run, or undefined outside one (a reply to a person's message). */
export function currentJob(): CurrentJob | undefined {
  return scope.getStore();
}

/**
 * Aborted when the scheduler running the current job stops; undefined outside a job. Lets a
 * sender stop waiting (for a slot, for a retry) at shutdown instead of using up the budget.
 */
export function jobStopSignal(): AbortSignal | undefined {
  return scope.getStore()?.signal;
}
