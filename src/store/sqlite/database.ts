import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storeText } from '../../i18n/store.ts';
import { fileURLToPath } from 'node:url';
import { systemClock, type Clock } from '../../time/clock.ts';
import { nextId } from './ids.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Migrations are numbered files so features can add theirs without touching a shared list. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * node:sqlite compiles SQL text on every prepare(). The repositories prepare where they run a query,
 * which reads well but compiled the same few dozen statements again on every message (issue #14).
 * This database keeps the compiled statement per SQL text, so `db.prepare(sql).get(…)` stays the
 * way to write a query and costs a map lookup after the first time. The cache is bounded (least
 * recently used out first) because a few queries build their SQL (an IN list of varying length).
 * Reusing a statement is safe: node:sqlite is synchronous and resets it on every run, and SQLite
 * recompiles it by itself after a schema change.
 */
export class CachingDatabase extends DatabaseSync {
  readonly #statements = new Map<string, StatementSync>();
  readonly #max: number;

  constructor(path: string, max = 500) {
    super(path);
    this.#max = max;
  }

  override prepare(sql: string, options?: Parameters<DatabaseSync['prepare']>[1]): StatementSync {
    if (options) return super.prepare(sql, options);
    const hit = this.#statements.get(sql);
    if (hit) {
      this.#statements.delete(sql);
      this.#statements.set(sql, hit);
      return hit;
    }
    const statement = super.prepare(sql);
    this.#statements.set(sql, statement);
    if (this.#statements.size > this.#max) this.#statements.delete(this.#statements.keys().next().value as string);
    return statement;
  }

  /** How many compiled statements are kept (for tests). */
  get cachedStatements(): number {
    return this.#statements.size;
  }
}

export function openSqlite(path: string, clock: Clock = systemClock): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new CachingDatabase(path);
  // WAL lets /readyz and the scheduler read while a command writes; busy_timeout rides out short locks.
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
  );
  migrate(db, clock);
  return db;
}

function migrate(db: DatabaseSync, clock: Clock): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of readMigrations()) {
    if (applied.has(m.version)) continue;
    db.exec('BEGIN');
    try {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        clock.now().toISOString(),
      );
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw new Error(`Migrering ${m.version}_${m.name} feilet: ${(err as Error).message}`, { cause: err });
    }
  }
}

/** Runs fn in one transaction; node:sqlite is synchronous, so nothing else interleaves. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const out = fn();
    db.exec('COMMIT');
    return out;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

/** A second process tried to open a SQLite file another process holds. */
/** What every SQLite repository holds: the database, and `tx` for one synchronous transaction on it. */
export class SqliteRepository {
  protected readonly db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.db = db;
  }
  protected tx<T>(fn: () => T): T {
    return transaction(this.db, fn);
  }
  /** Inserts under the network's next `<prefix><n>` id in one transaction (`insert` writes it), then reads the row back. */
  protected insertWithId<R, T>(
    ...[table, prefix, to, key, insert]: [IdTable, string, (r: R) => T, NetworkKey, (id: string) => unknown]
  ): T {
    const id = this.tx(() => {
      const id = nextId(this.db, table, prefix, key.tenantId, key.networkId);
      insert(id);
      return id;
    });
    return this.byId(table, to, key.tenantId, key.networkId, id)!;
  }
  /** Every row of a network's table, by the number in its id (T2 before T10), mapped by `to`. */
  protected inIdOrder<R, T>(table: IdTable, to: (r: R) => T, tenantId: string, networkId: string): T[] {
    const sql = `SELECT * FROM ${table} WHERE tenant_id = ? AND network_id = ? ORDER BY CAST(substr(id, 2) AS INTEGER)`;
    return (this.db.prepare(sql).all(tenantId, networkId) as R[]).map(to);
  }
  /** One row of a network's table by its id, case-insensitive (ids are ASCII: T3 and t3 are one task), mapped by `to`. */
  protected byId<R, T>(table: IdTable, to: (r: R) => T, tenantId: string, networkId: string, id: string): T | null {
    const r = this.db
      .prepare(`SELECT * FROM ${table} WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE`)
      .get(tenantId, networkId, id) as R | undefined;
    return r ? to(r) : null;
  }
}

/** The tables whose rows have a network-scoped id with a letter prefix (T3, F2, U1). */
export type IdTable = 'tasks' | 'deadlines' | 'projects' | 'meetings' | 'agenda_proposals';

/** Which network a row belongs to. */
export interface NetworkKey {
  tenantId: string;
  networkId: string;
}

export class StoreInUseError extends Error {
  override name = 'StoreInUseError';
}

/**
 * Holds `<db>.lock`, a small SQLite database, in exclusive locking mode with a write done: SQLite
 * keeps an OS file lock (fcntl) on it until the connection closes, and the kernel drops that lock
 * the moment the process dies, kill -9 included. So a second live process is refused, and a
 * crashed one never blocks the restart. The main database stays in WAL mode for readers (tools,
 * the bench) that open it alongside.
 */
export function lockDatabaseFile(path: string, clock: Clock = systemClock): DatabaseSync {
  mkdirSync(dirname(path), { recursive: true });
  const lock = new DatabaseSync(`${path}.lock`);
  try {
    lock.exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE;');
    lock.exec('BEGIN EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, started_at TEXT NOT NULL)');
    lock.exec('DELETE FROM holder');
    lock.prepare('INSERT INTO holder (pid, started_at) VALUES (?, ?)').run(process.pid, clock.now().toISOString());
    lock.exec('COMMIT');
    return lock;
  } catch (err) {
    lock.close();
    const e = err as { errcode?: number; message?: string };
    if (e.errcode === 5 || e.errcode === 6 || /locked|busy/i.test(e.message ?? ''))
      throw new StoreInUseError(storeText.inUse(path));
    throw err;
  }
}
