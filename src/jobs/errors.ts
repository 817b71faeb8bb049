/**
 * How a job's work tells the scheduler what went wrong. A module of its own, so what throws them
 * (the sender in src/messaging, a feature's job handler) and what acts on them (src/scheduler)
 * depend on these words, not on each other (issue #14).
 */

/** A failure that retrying cannot fix (the conversation is gone, the data no longer exists). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/**
 * Thrown by a send that gave up waiting because the scheduler is stopping (it was waiting for a
 * rate-limit slot or a retry, with nothing on the wire): the job goes back to planned untouched.
 */
export class JobInterrupted extends Error {
  override name = 'JobInterrupted';
}
