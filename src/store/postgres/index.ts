import type pg from 'pg';
import type { Store } from '../store.ts';
import { createPool, migrate, type PgOptions } from './database.ts';
import { PgNetworks } from './networks.ts';
import { PgPeople } from './people.ts';
import { PgJobs } from './jobs.ts';
import { PgTasks } from './tasks.ts';
import { PgSecrets } from './secrets.ts';
import { PgMeetings } from './meetings.ts';
import { PgMeetingExceptions } from './meeting-exceptions.ts';
import { PgDeadlines } from './deadlines.ts';
import { PgGuidelines } from './guidelines.ts';
import { PgDeliveries } from './deliveries.ts';
import { PgNetworkData } from './network-data.ts';
import { PgConfirmations, PgSeenActivities } from './idempotency.ts';
import { PgSendWindows } from './send-windows.ts';
import { PgPeers } from './peers.ts';
import { PgProjects } from './projects.ts';
import { PgProjectFollow } from './project-follow.ts';

export interface PostgresStoreOptions extends PgOptions {
  /** Apply pending migrations (under the advisory lock) before serving; MIGRATE_ON_START=false turns it off. */
  migrate?: boolean;
  /** Told when the LISTEN connection (peers' wake-ups and cache news) breaks; it reconnects by itself. */
  onListenError?: (err: Error) => void;
}

/**
 * The Store on PostgreSQL, for several instances on one database. Unlike SQLite's single-process
 * store it never hands back claims at start: another live instance may hold them, and a dead one's
 * claims come back when their lease runs out.
 */
export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  readonly networks: PgNetworks;
  readonly people: PgPeople;
  readonly jobs: PgJobs;
  readonly tasks: PgTasks;
  readonly secrets: PgSecrets;
  readonly meetings: PgMeetings;
  readonly meetingExceptions: PgMeetingExceptions;
  readonly deadlines: PgDeadlines;
  readonly guidelines: PgGuidelines;
  readonly deliveries: PgDeliveries;
  readonly networkData: PgNetworkData;
  readonly confirmations: PgConfirmations;
  readonly seenActivities: PgSeenActivities;
  readonly projects: PgProjects;
  readonly projectFollow: PgProjectFollow;
  readonly sendWindows: PgSendWindows;
  /** The LISTEN side of NOTIFY: peers' job wake-ups and cache news. */
  readonly peers: PgPeers;
  /** Cache news from every instance (the same LISTEN connection). */
  readonly changes: PgPeers;
  #closed = false;

  private constructor(pool: pg.Pool, peers: PgPeers) {
    this.pool = pool;
    this.peers = peers;
    this.changes = peers;
    this.networks = new PgNetworks(pool);
    this.people = new PgPeople(pool);
    this.jobs = new PgJobs(pool, peers);
    this.tasks = new PgTasks(pool);
    this.secrets = new PgSecrets(pool);
    this.meetings = new PgMeetings(pool);
    this.meetingExceptions = new PgMeetingExceptions(pool);
    this.deadlines = new PgDeadlines(pool);
    this.guidelines = new PgGuidelines(pool);
    this.deliveries = new PgDeliveries(pool);
    this.networkData = new PgNetworkData(pool);
    this.networkData.erased = (t, n) => this.people.seen.forget(t, n);
    this.confirmations = new PgConfirmations(pool);
    this.seenActivities = new PgSeenActivities(pool);
    this.projects = new PgProjects(pool);
    this.projectFollow = new PgProjectFollow(pool);
    this.sendWindows = new PgSendWindows(pool);
  }

  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = createPool(url, opts);
    try {
      if (opts.migrate ?? true) await migrate(pool);
      else await pool.query('SELECT 1');
    } catch (err) {
      // The open failed; its error is the one to report, not a failure to close the half-open pool.
      // eslint-disable-next-line no-restricted-syntax -- the open failed and that error is thrown; closing the half-open pool is cleanup
      await pool.end().catch(() => {});
      throw err;
    }
    return new PostgresStore(pool, new PgPeers(url, opts.onListenError));
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new Error('store closed');
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.peers.close();
    await this.pool.end();
  }
}
