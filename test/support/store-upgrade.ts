import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { createPool, migrate, readPgMigrations } from '../../src/store/postgres/database.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { readMigrations } from '../../src/store/sqlite/database.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/store.ts';

// A database as it stood before a migration landed, for tests that check what the migration does
// to rows written before it: every earlier migration applied and recorded, none from `version` on.

/** A SQLite file at `path` migrated up to (not including) `version`; the caller writes and closes it. */
export function sqliteBefore(path: string, version: number, appliedAt: string): DatabaseSync {
  const db = new DatabaseSync(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of readMigrations().filter((x) => x.version < version)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, appliedAt);
  }
  return db;
}

/** The PostgreSQL database at `url` migrated up to (not including) `version`, then `fill` run on it. */
export async function postgresBefore(url: string, version: number, fill: (pool: pg.Pool) => Promise<void>) {
  const pool = createPool(url);
  try {
    await migrate(
      pool,
      readPgMigrations().filter((m) => m.version < version),
    );
    await fill(pool);
  } finally {
    await pool.end();
  }
}

/** Network settings named `name`, one per [tenant, network, value], written as a migration finds them. */
export function insertSettingsSqlite(db: DatabaseSync, name: string, rows: readonly [string, string, string][]) {
  for (const [tenant, network, value] of rows)
    db.prepare('INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?)').run(
      tenant,
      network,
      name,
      value,
    );
}

export async function insertSettingsPostgres(pool: pg.Pool, name: string, rows: readonly [string, string, string][]) {
  for (const [tenant, network, value] of rows)
    await pool.query('INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES ($1, $2, $3, $4)', [
      tenant,
      network,
      name,
      value,
    ]);
}

/**
 * A SQLite store opened (so migrated) on a file that stood before `version` with `fill` written into
 * it; `check` runs on the store, and the file is gone afterwards.
 */
export async function checkSqliteUpgrade(
  version: number,
  appliedAt: string,
  fill: (db: DatabaseSync) => void,
  check: (store: Store) => Promise<void>,
) {
  const dir = mkdtempSync(join(tmpdir(), `nb-${version}-`));
  try {
    const path = join(dir, 'db.sqlite');
    const old = sqliteBefore(path, version, appliedAt);
    fill(old);
    old.close();
    const store = new SqliteStore(path);
    try {
      await check(store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same on PostgreSQL: the database at `url` stood before `version` with `fill` in it. */
export async function checkPostgresUpgrade(
  url: string,
  version: number,
  fill: (pool: pg.Pool) => Promise<void>,
  check: (store: Store) => Promise<void>,
) {
  await postgresBefore(url, version, fill);
  const store = await PostgresStore.open(url);
  try {
    await check(store);
  } finally {
    await store.close();
  }
}
