import type { DatabaseSync } from 'node:sqlite';
import type pg from 'pg';
import { migrateText } from '../../i18n/migrate.ts';
import { transaction } from './database.ts';

export interface CopyReport {
  /** Rows copied per table. */
  tables: Record<string, number>;
  rows: number;
}

/** Rows sent per statement: one JSON parameter each, well under any message limit. */
const BATCH = 500;

/**
 * Copies every row of a migrated SQLite database into an empty, migrated PostgreSQL database, in
 * one transaction: a failure leaves PostgreSQL empty. Column names are the same in both dialects,
 * so rows go over as JSON (json_populate_recordset maps them by name). Identity counters (jobs,
 * deliveries) continue after the highest id copied, and id_sequences come along, so no id is reused.
 */
export async function copyFromSqlite(source: DatabaseSync, pool: pg.Pool): Promise<CopyReport> {
  const tables = (
    source
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  return transaction(pool, async (sql) => {
    const pgColumns = new Map<string, Set<string>>();
    for (const r of await sql.all<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
    )) {
      if (!pgColumns.has(r.table_name)) pgColumns.set(r.table_name, new Set());
      pgColumns.get(r.table_name)!.add(r.column_name);
    }
    // Check everything before writing anything.
    for (const table of tables) {
      const target = pgColumns.get(table);
      if (!target) throw new Error(migrateText.tableMissing(table));
      const cols = (source.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      const onlySqlite = cols.filter((c) => !target.has(c));
      const onlyPg = [...target].filter((c) => !cols.includes(c));
      if (onlySqlite.length || onlyPg.length) throw new Error(migrateText.columnsDiffer(table, onlySqlite, onlyPg));
      const { n } = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))!;
      if (n > 0) throw new Error(migrateText.targetNotEmpty(table, n));
    }
    const report: CopyReport = { tables: {}, rows: 0 };
    for (const table of tables) {
      const rows = source.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += BATCH) {
        await sql.run(
          `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", ?::json)`,
          JSON.stringify(rows.slice(i, i + BATCH), bigints),
        );
      }
      report.tables[table] = rows.length;
      report.rows += rows.length;
    }
    for (const r of await sql.all<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'`,
    )) {
      await sql.get(
        `SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX("${r.column_name}") FROM "${r.table_name}"), 0) + 1, false)`,
        `"${r.table_name}"`,
        r.column_name,
      );
    }
    return report;
  });
}

/** node:sqlite hands large integers back as bigint; JSON has no bigint. */
function bigints(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}
