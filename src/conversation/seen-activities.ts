/** How long an activity id is remembered: Teams redelivers within minutes, never a day later. */
export const SEEN_FOR_MS = 24 * 60 * 60_000;

/**
 * Activities the bot has taken on, by Teams' key (tenant, conversation id, activity id), so a
 * redelivery does nothing twice.
 */
export interface SeenActivityRepository {
  /**
   * Records the activity unless it was seen in the last `SEEN_FOR_MS`; true when this is the first
   * delivery. Atomic: of two deliveries at once exactly one gets true.
   */
  claim(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean>;
  /** Forgets a claim whose turn failed before anything was stored, so a redelivery is handled. */
  release(tenantId: string, conversationId: string, activityId: string): Promise<void>;
  /** Removes rows older than `SEEN_FOR_MS` before `now`. */
  purge(now: Date): Promise<number>;
}
