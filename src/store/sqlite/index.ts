import type { DatabaseSync } from 'node:sqlite';
import type { Store } from '../store.ts';
import type { Clock } from '../../time/clock.ts';
import { lockDatabaseFile, openSqlite } from './database.ts';
import { SqliteNetworks } from './networks.ts';
import { SqlitePeople } from './people.ts';
import { SqliteJobs } from './jobs.ts';
import { SqliteTasks } from './tasks.ts';
import { SqliteSecrets } from './secrets.ts';
import { SqliteMeetings } from './meetings.ts';
import { SqliteMeetingExceptions } from './meeting-exceptions.ts';
import { SqliteDeadlines } from './deadlines.ts';
import { SqliteGuidelines } from './guidelines.ts';
import { SqliteDeliveries } from './deliveries.ts';
import { SqliteNetworkData } from './network-data.ts';
import { SqliteConfirmations, SqliteSeenActivities } from './idempotency.ts';
import { SqliteProjects } from './projects.ts';
import { SqliteProjectFollow } from './project-follow.ts';

export class SqliteStore implements Store {
  readonly db: DatabaseSync;
  readonly networks: SqliteNetworks;
  readonly people: SqlitePeople;
  readonly jobs: SqliteJobs;
  readonly tasks: SqliteTasks;
  readonly secrets: SqliteSecrets;
  readonly meetings: SqliteMeetings;
  readonly meetingExceptions: SqliteMeetingExceptions;
  readonly deadlines: SqliteDeadlines;
  readonly guidelines: SqliteGuidelines;
  readonly deliveries: SqliteDeliveries;
  readonly networkData: SqliteNetworkData;
  readonly confirmations: SqliteConfirmations;
  readonly seenActivities: SqliteSeenActivities;
  readonly projects: SqliteProjects;
  readonly projectFollow: SqliteProjectFollow;
  #closed = false;
  #lock: DatabaseSync | null = null;

  /**
   * `singleProcess` takes the file's process lock first (see lockDatabaseFile): the bot's own
   * store does; tools and tests that look into a file beside a running bot do not.
   */
  constructor(path: string, opts: { singleProcess?: boolean; clock?: Clock } = {}) {
    if (opts.singleProcess && path !== ':memory:') this.#lock = lockDatabaseFile(path, opts.clock);
    try {
      this.db = openSqlite(path, opts.clock);
    } catch (err) {
      this.#lock?.close();
      throw err;
    }
    this.networks = new SqliteNetworks(this.db);
    this.people = new SqlitePeople(this.db);
    this.jobs = new SqliteJobs(this.db);
    this.tasks = new SqliteTasks(this.db);
    this.secrets = new SqliteSecrets(this.db);
    this.meetings = new SqliteMeetings(this.db);
    this.meetingExceptions = new SqliteMeetingExceptions(this.db);
    this.deadlines = new SqliteDeadlines(this.db);
    this.guidelines = new SqliteGuidelines(this.db);
    this.deliveries = new SqliteDeliveries(this.db);
    this.networkData = new SqliteNetworkData(this.db);
    this.networkData.erased = (t, n) => this.people.seen.forget(t, n);
    this.confirmations = new SqliteConfirmations(this.db);
    this.seenActivities = new SqliteSeenActivities(this.db);
    this.projects = new SqliteProjects(this.db);
    this.projectFollow = new SqliteProjectFollow(this.db);
    // Holding the lock proves no other process runs on this file: claims left are a dead one's.
    if (this.#lock) this.jobs.releaseOrphans();
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new Error('store closed');
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.db.close();
    this.#lock?.close();
  }
}
