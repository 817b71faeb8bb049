import type { DatabaseSync } from 'node:sqlite';

/**
 * Hands out the next `<prefix><n>` id for a network (M4, T12, F2, P7). Call inside the transaction
 * that inserts the row. The sequence row outlives deleted data, and the table's own maximum covers
 * rows written before sequences existed.
 */
export function nextId(
  db: DatabaseSync,
  table: 'meetings' | 'tasks' | 'deadlines' | 'agenda_proposals' | 'projects',
  prefix: string,
  tenantId: string,
  networkId: string,
): string {
  const { highest } = db
    .prepare(
      `SELECT COALESCE(MAX(CAST(substr(id, 2) AS INTEGER)), 0) AS highest FROM ${table} WHERE tenant_id = ? AND network_id = ?`,
    )
    .get(tenantId, networkId) as { highest: number };
  const { last } = db
    .prepare(
      `INSERT INTO id_sequences (tenant_id, network_id, prefix, last) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id, prefix) DO UPDATE SET last = MAX(id_sequences.last + 1, excluded.last)
       RETURNING last`,
    )
    .get(tenantId, networkId, prefix, highest + 1) as { last: number };
  return `${prefix}${last}`;
}
