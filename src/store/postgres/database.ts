import pg from 'pg';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrations, type Migration } from '../sqlite/database.ts';
import { systemClock, type Clock } from '../../time/clock.ts';
import { ID_NOCASE, idNumber, nextId } from './ids.ts';
import type { IdTable, NetworkKey } from '../sqlite/database.ts';

/**
 * PostgreSQL's own copy of every migration, same number and name as the SQLite file: types differ
 * (identity columns, TEXT COLLATE "C" so text compares and sorts by code point as SQLite's BINARY
 * does, whatever the database's locale), column names do not, so the repositories mirror SQLite's.
 */
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function readPgMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readMigrations(dir);
}

export interface PgOptions {
  /** Connections the pool may hold (PG_POOL_SIZE). */
  poolSize?: number;
  /** Longest a statement may run before the server cancels it. */
  statementTimeoutMs?: number;
  /** application_name, seen in pg_stat_activity: which instance holds a connection. */
  applicationName?: string;
  /** Told when an idle pooled connection breaks (a failover); the pool has already dropped it. */
  onIdleError?: (err: Error) => void;
}

/** bigint (COUNT, identity ids) arrives as a string by default; every one of ours fits a double. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function createPool(url: string, opts: PgOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    statement_timeout: opts.statementTimeoutMs ?? 15_000,
    lock_timeout: opts.statementTimeoutMs ?? 15_000,
    idle_in_transaction_session_timeout: 60_000,
    application_name: opts.applicationName ?? 'nettverksboten',
    connectionTimeoutMillis: 10_000,
    types,
  });
  // An idle client losing its connection (a failover) must not crash the process; the pool drops it.
  pool.on('error', (err) => opts.onIdleError?.(err));
  return pool;
}

/** Something that answers queries: the pool, or one client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * Turns SQLite's `?` placeholders into `$1, $2, …` (outside quoted literals), so each query reads
 * as its SQLite twin. Values are always sent apart from the text: nothing is spliced in.
 */
export function numbered(sql: string): string {
  let n = 0;
  let out = '';
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

/** Thin helpers over a Queryable with `?` placeholders. */
export class Sql {
  readonly db: Queryable;
  constructor(db: Queryable) {
    this.db = db;
  }
  async all<R extends pg.QueryResultRow>(sql: string, ...args: unknown[]): Promise<R[]> {
    return (await this.db.query<R>(numbered(sql), args)).rows;
  }
  async get<R extends pg.QueryResultRow>(sql: string, ...args: unknown[]): Promise<R | undefined> {
    return (await this.db.query<R>(numbered(sql), args)).rows[0];
  }
  /** Rows changed, as SQLite's `changes`. */
  async run(sql: string, ...args: unknown[]): Promise<number> {
    return (await this.db.query(numbered(sql), args)).rowCount ?? 0;
  }
}

/** Runs fn in one transaction on one client; a thrown error rolls it back. */
export async function transaction<T>(pool: pg.Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  /** Set when the session may still be inside its transaction: it is closed, not pooled. */
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const out = await fn(new Sql(client));
    await client.query('COMMIT');
    return out;
  } catch (err) {
    // The statement's error is the one to report. A ROLLBACK that fails may leave the session in its
    // transaction, holding its advisory xact locks: that client is destroyed (review 1, item 6).
    await client.query('ROLLBACK').catch((e: unknown) => {
      broken = e instanceof Error ? e : new Error(String(e));
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * What every PostgreSQL repository holds: the pool, `sql` helpers over it, and `tx` for one
 * transaction on one client (a thrown error rolls it back).
 */
export class PgRepository {
  protected readonly pool: pg.Pool;
  protected readonly sql: Sql;
  constructor(pool: pg.Pool) {
    this.pool = pool;
    this.sql = new Sql(pool);
  }
  protected tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    return transaction(this.pool, fn);
  }
  /** Inserts under the network's next `<prefix><n>` id in one transaction (`insert` writes it), then reads the row back. */
  protected async insertWithId<R extends pg.QueryResultRow, T>(
    ...[table, prefix, to, key, insert]: [
      IdTable,
      string,
      (r: R) => T,
      NetworkKey,
      (sql: Sql, id: string) => Promise<unknown>,
    ]
  ): Promise<T> {
    const id = await this.tx(async (sql) => {
      const id = await nextId(sql, table, prefix, key.tenantId, key.networkId);
      await insert(sql, id);
      return id;
    });
    return (await this.byId(table, to, key.tenantId, key.networkId, id))!;
  }
  /** Every row of a network's table, by the number in its id (T2 before T10), mapped by `to`. */
  protected async inIdOrder<R extends pg.QueryResultRow, T>(
    ...[table, to, tenantId, networkId]: [IdTable, (r: R) => T, string, string]
  ): Promise<T[]> {
    const sql = `SELECT * FROM ${table} WHERE tenant_id = ? AND network_id = ? ORDER BY ${idNumber()}`;
    return (await this.sql.all<R>(sql, tenantId, networkId)).map(to);
  }
  /** One row of a network's table by its id, case-insensitive as SQLite's `id = ? COLLATE NOCASE`, mapped by `to`. */
  protected async byId<R extends pg.QueryResultRow, T>(
    ...[table, to, tenantId, networkId, id]: [IdTable, (r: R) => T, string, string, string]
  ): Promise<T | null> {
    const sql = `SELECT * FROM ${table} WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`;
    const r = await this.sql.get<R>(sql, tenantId, networkId, id);
    return r ? to(r) : null;
  }
}

/**
 * Serialises writers of one logical thing (a meeting's log, a deadline's origin) for the rest of
 * the transaction, across every instance: the key is a 64-bit hash of the parts.
 */
export async function lockFor(sql: Sql, ...parts: string[]): Promise<void> {
  await sql.run('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', JSON.stringify(parts));
}

/** The advisory lock key migrations run under (any fixed bigint; "nbmigrat" in ASCII). */
const MIGRATION_LOCK = 0x6e626d6967726174n;

/**
 * Applies every migration not yet recorded, each in its own transaction, under a session advisory
 * lock: instances starting together wait for the first, then find nothing left to do.
 */
export async function migrate(
  pool: pg.Pool,
  migrations = readPgMigrations(),
  clock: Clock = systemClock,
): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    // Migrations may take longer than a normal statement.
    await client.query('SET statement_timeout = 0');
    await client.query('SET lock_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
      );
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            m.version,
            m.name,
            clock.now().toISOString(),
          ]);
          await client.query('COMMIT');
          applied.push(m.version);
        } catch (err) {
          // The migration's error is the one to report.
          // eslint-disable-next-line no-restricted-syntax -- a failed ROLLBACK after a failed migration has nothing left to undo
          await client.query('ROLLBACK').catch(() => {});
          throw new Error(`Migrering ${m.version}_${m.name} feilet: ${(err as Error).message}`, { cause: err });
        }
      }
    } finally {
      // Best effort on the way out: the lock is per session and ends with the connection.
      // eslint-disable-next-line no-restricted-syntax -- the advisory lock ends with the session anyway
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]).catch(() => {});
    }
  } finally {
    // Best effort too: a connection that cannot reset is broken, and the error above is the one to report.
    // eslint-disable-next-line no-restricted-syntax -- a connection that cannot reset is broken; the error above is reported
    await client.query('RESET statement_timeout').catch(() => {});
    // eslint-disable-next-line no-restricted-syntax -- as above
    await client.query('RESET lock_timeout').catch(() => {});
    client.release();
  }
  return applied;
}
