/**
 * What other instances changed, for the caches that hold it. Where several instances share one
 * database (PostgreSQL) a cache in one process goes stale when another writes; the store tells
 * every instance, the writer included, which network's data of which topic changed. SQLite has
 * one writing process, whose caches drop their own entries, and no feed.
 */
export interface ChangeFeed {
  /**
   * Calls `changed` with the network whose `topic` data changed (any topic when the network's
   * data was erased), and `lost` when news may have been missed (the connection dropped): then
   * drop everything. Resolves once listening; the result stops it.
   */
  onChange(
    topic: ChangeTopic,
    changed: (tenantId: string, networkId: string) => void,
    lost: () => void,
  ): Promise<() => void>;
}

/** A leader's saved answers to members' questions (guidelines). */
export const LOCAL_ANSWERS = 'local-answers';
/** All of a network's data at once (erased). */
export const ALL_TOPICS = '*';

export type ChangeTopic = typeof LOCAL_ANSWERS;
