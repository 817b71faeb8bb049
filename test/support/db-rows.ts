import { DatabaseSync } from 'node:sqlite';

/**
 * Every row the given networks own, table by table (each table that has tenant_id and network_id
 * columns), read through a second, read-only connection to the test app's SQLite file. Comparing two
 * readings shows whether anything a network owns changed in between, whichever feature wrote it.
 */
export function networkRows(
  dbPath: string,
  networks: { tenantId: string; networkId: string }[],
): Record<string, unknown[]> {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    const tables = (
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .all() as { name: string }[]
    ).map((r) => r.name);
    const out: Record<string, unknown[]> = {};
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      if (!columns.includes('tenant_id') || !columns.includes('network_id')) continue;
      const rows: unknown[] = [];
      for (const n of networks) {
        rows.push(
          ...db.prepare(`SELECT * FROM "${table}" WHERE tenant_id = ? AND network_id = ?`).all(n.tenantId, n.networkId),
        );
      }
      // Sorted by content, so the order rows happen to be read in does not matter.
      out[table] = rows
        .map((r) => JSON.stringify(r))
        .sort()
        .map((r) => JSON.parse(r));
    }
    return out;
  } finally {
    db.close();
  }
}
