import type { DatabaseSync } from 'node:sqlite';
import type { NetworkDataRepository, NetworkRows, RemovedCounts, RetentionCutoff } from '../../rights/network-data.ts';
import { transaction } from './database.ts';

/** Key material is never exported, and the id sequences are bookkeeping, not the network's data. */
const NOT_EXPORTED = new Set(['secrets', 'id_sequences']);
/** Erasing keeps the installation (the bot must still reach the channel) and the id sequences. */
const NOT_ERASED = new Set(['networks', 'id_sequences']);

export class SqliteNetworkData implements NetworkDataRepository {
  #db: DatabaseSync;
  #tables: string[] | null = null;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /**
   * Every table with tenant_id and network_id columns, read from the schema itself so a table a
   * later migration adds is exported and erased without anyone remembering to list it here.
   */
  tables(): string[] {
    this.#tables ??= (this.#db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
      .map((r) => r.name)
      .filter((name) => {
        const cols = new Set((this.#db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name));
        return cols.has('tenant_id') && cols.has('network_id');
      });
    return this.#tables;
  }

  async export(tenantId: string, networkId: string): Promise<NetworkRows> {
    const out: NetworkRows = {};
    for (const table of this.tables()) {
      if (NOT_EXPORTED.has(table)) continue;
      const rows = this.#db.prepare(`SELECT * FROM "${table}" WHERE tenant_id = ? AND network_id = ?`).all(tenantId, networkId) as Record<string, unknown>[];
      out[table] = rows.map(readable);
    }
    return out;
  }

  async erase(tenantId: string, networkId: string): Promise<RemovedCounts> {
    return transaction(this.#db, () => {
      const removed: RemovedCounts = {};
      for (const table of this.tables()) {
        if (NOT_ERASED.has(table)) continue;
        removed[table] = Number(this.#db.prepare(`DELETE FROM "${table}" WHERE tenant_id = ? AND network_id = ?`).run(tenantId, networkId).changes);
      }
      return removed;
    });
  }

  async purge(tenantId: string, networkId: string, cutoff: RetentionCutoff): Promise<RemovedCounts> {
    const run = (sql: string, ...args: string[]) => Number(this.#db.prepare(sql).run(tenantId, networkId, ...args).changes);
    const scope = 'tenant_id = ? AND network_id = ?';
    return transaction(this.#db, () => ({
      meeting_entries: run(
        `DELETE FROM meeting_entries WHERE ${scope} AND meeting_id IN
           (SELECT id FROM meetings WHERE tenant_id = meeting_entries.tenant_id AND network_id = meeting_entries.network_id AND status = 'ended' AND date < ?)`,
        cutoff.date,
      ),
      meetings: run(`DELETE FROM meetings WHERE ${scope} AND status = 'ended' AND date < ?`, cutoff.date),
      agenda_proposals: run(`DELETE FROM agenda_proposals WHERE ${scope} AND meeting_date < ?`, cutoff.date),
      task_events: run(
        `DELETE FROM task_events WHERE ${scope} AND task_id IN
           (SELECT id FROM tasks WHERE tenant_id = task_events.tenant_id AND network_id = task_events.network_id AND status IN ('done', 'deleted') AND updated_at < ?)`,
        cutoff.instant,
      ),
      task_owners: run(
        `DELETE FROM task_owners WHERE ${scope} AND task_id IN
           (SELECT id FROM tasks WHERE tenant_id = task_owners.tenant_id AND network_id = task_owners.network_id AND status IN ('done', 'deleted') AND updated_at < ?)`,
        cutoff.instant,
      ),
      tasks: run(`DELETE FROM tasks WHERE ${scope} AND status IN ('done', 'deleted') AND updated_at < ?`, cutoff.instant),
      deadline_cards: run(
        `DELETE FROM deadline_cards WHERE ${scope} AND deadline_id IN
           (SELECT id FROM deadlines WHERE tenant_id = deadline_cards.tenant_id AND network_id = deadline_cards.network_id AND status = 'done' AND date < ?)`,
        cutoff.date,
      ),
      deadlines: run(`DELETE FROM deadlines WHERE ${scope} AND status = 'done' AND date < ?`, cutoff.date),
      guideline_escalations: run(`DELETE FROM guideline_escalations WHERE ${scope} AND created_at < ?`, cutoff.instant),
      deliveries: run(`DELETE FROM deliveries WHERE ${scope} AND at < ?`, cutoff.instant),
      jobs: run(`DELETE FROM jobs WHERE ${scope} AND status IN ('done', 'cancelled', 'failed') AND due_at < ?`, cutoff.instant),
    }));
  }
}

/** Columns holding JSON are exported as JSON, not as strings of it. */
function readable(row: Record<string, unknown>): Record<string, unknown> {
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
