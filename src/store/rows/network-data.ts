/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */

/**
 * Key material is never exported; the id sequences and Teams' send windows are bookkeeping, not the
 * network's data. Who the bot has seen write in the channel (N2) is exported: it names people, and
 * the export is how a network sees every personal detail it holds.
 */
export const NOT_EXPORTED = new Set(['secrets', 'id_sequences', 'send_window_hits']);
/** Erasing keeps the installation (the bot must still reach the channel) and the id sequences. */
export const NOT_ERASED = new Set(['networks', 'id_sequences']);

/** Columns holding JSON are exported as JSON, not as strings of it. */
export function readable(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'string' && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* text that merely starts with a bracket */
      }
    }
    out[k] = v;
  }
  return out;
}
