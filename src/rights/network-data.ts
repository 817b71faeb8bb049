/** Rows of one network, grouped by table, as they are exported (JSON columns already parsed). */
export type NetworkRows = Record<string, Record<string, unknown>[]>;

/** Where the retention period ends: everything older than this may go. */
export interface RetentionCutoff {
  /** Oslo date (YYYY-MM-DD) for rows dated by meeting or deadline day. */
  date: string;
  /** Instant (ISO) for rows stamped with a time. */
  instant: string;
}

/** How many rows each table lost. */
export type RemovedCounts = Record<string, number>;

/**
 * A network's data as a whole, for the rights a network has over it: see it all, have it
 * deleted, and have old minutes go when the retention period has passed.
 */
export interface NetworkDataRepository {
  /** Every row the network owns, in every table that carries tenant and network; key material left out. */
  export(tenantId: string, networkId: string): Promise<NetworkRows>;
  /** Deletes all of it except the installation itself, so the bot can still answer in the channel. */
  erase(tenantId: string, networkId: string): Promise<RemovedCounts>;
  /**
   * Deletes what is older than the cutoff: ended meetings with their logs, agenda proposals,
   * finished tasks and deadlines, escalated questions, delivery records and finished jobs.
   * Open tasks and deadlines stay whatever their age: they are still being followed up.
   */
  purge(tenantId: string, networkId: string, cutoff: RetentionCutoff): Promise<RemovedCounts>;
}
