import type { Sql } from './database.ts';

/** Case-insensitive id match, as SQLite's `id = ? COLLATE NOCASE` (ids are ASCII). */
export const ID_NOCASE = 'upper(id) = upper(?)';

/** The number after an id's one-letter prefix, 0 when there is none (SQLite's CAST(substr(id, 2) AS INTEGER)). */
export const idNumber = (col = 'id') => `COALESCE(substring(${col} from '^.([0-9]+)')::bigint, 0)`;

/**
 * Hands out the next `<prefix><n>` id for a network (M4, T12, F2, P7), as src/store/sqlite/ids.ts.
 * Call inside the transaction that inserts the row: the upsert locks the sequence row until commit,
 * so two instances asking at once get different numbers, and the sequence outlives deleted rows.
 */
export async function nextId(
  sql: Sql,
  table: 'meetings' | 'tasks' | 'deadlines' | 'agenda_proposals' | 'projects',
  prefix: string,
  tenantId: string,
  networkId: string,
): Promise<string> {
  const { highest } = (await sql.get<{ highest: number }>(
    `SELECT COALESCE(MAX(${idNumber()}), 0) AS highest FROM ${table} WHERE tenant_id = ? AND network_id = ?`,
    tenantId,
    networkId,
  ))!;
  const { last } = (await sql.get<{ last: number }>(
    `INSERT INTO id_sequences (tenant_id, network_id, prefix, last) VALUES (?, ?, ?, ?)
     ON CONFLICT (tenant_id, network_id, prefix) DO UPDATE SET last = GREATEST(id_sequences.last + 1, excluded.last)
     RETURNING last`,
    tenantId,
    networkId,
    prefix,
    highest + 1,
  ))!;
  return `${prefix}${last}`;
}
