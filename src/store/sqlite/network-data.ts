import type { NetworkDataRepository, NetworkRows, RemovedCounts, RetentionCutoff } from '../../rights/network-data.ts';
import { SqliteRepository } from './database.ts';
import { NOT_ERASED, NOT_EXPORTED, readable } from '../rows/network-data.ts';

export class SqliteNetworkData extends SqliteRepository implements NetworkDataRepository {
  #tables: string[] | null = null;
  /** Told once this store has erased a network (the store wires the writers' memo to it). */
  erased: (tenantId: string, networkId: string) => void = () => {};

  /**
   * Every table with tenant_id and network_id columns, read from the schema itself so a table a
   * later migration adds is exported and erased without anyone remembering to list it here.
   */
  tables(): string[] {
    this.#tables ??= (
      this.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    )
      .map((r) => r.name)
      .filter((name) => {
        const cols = new Set(
          (this.db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name),
        );
        return cols.has('tenant_id') && cols.has('network_id');
      });
    return this.#tables;
  }

  async export(tenantId: string, networkId: string): Promise<NetworkRows> {
    const out: NetworkRows = {};
    for (const table of this.tables()) {
      if (NOT_EXPORTED.has(table)) continue;
      const rows = this.db
        .prepare(`SELECT * FROM "${table}" WHERE tenant_id = ? AND network_id = ?`)
        .all(tenantId, networkId) as Record<string, unknown>[];
      out[table] = rows.map(readable);
    }
    return out;
  }

  async erase(tenantId: string, networkId: string): Promise<RemovedCounts> {
    const counts = this.tx(() => {
      const removed: RemovedCounts = {};
      for (const table of this.tables()) {
        if (NOT_ERASED.has(table)) continue;
        removed[table] = Number(
          this.db.prepare(`DELETE FROM "${table}" WHERE tenant_id = ? AND network_id = ?`).run(tenantId, networkId)
            .changes,
        );
      }
      return removed;
    });
    this.erased(tenantId, networkId);
    return counts;
  }

  async purge(tenantId: string, networkId: string, cutoff: RetentionCutoff): Promise<RemovedCounts> {
    const scope = 'tenant_id = ? AND network_id = ?';
    const run = (sql: string, ...args: string[]) =>
      Number(this.db.prepare(sql).run(tenantId, networkId, ...args).changes);
    /** Rows of `child` whose parent row (same network) is about to go: deleted before the parent. */
    const children = (child: string, key: string, parent: string, old: string, at: string) =>
      run(
        `DELETE FROM ${child} WHERE ${scope} AND ${key} IN (SELECT id FROM ${parent} WHERE tenant_id = ${child}.tenant_id AND network_id = ${child}.network_id AND ${old})`,
        at,
      );
    const ended = "status = 'ended' AND date < ?";
    const finishedTask = "status IN ('done', 'deleted', 'cancelled') AND updated_at < ?";
    const delivered = "status = 'done' AND date < ?";
    return this.tx(() => ({
      meeting_entries: children('meeting_entries', 'meeting_id', 'meetings', ended, cutoff.date),
      meetings: run(`DELETE FROM meetings WHERE ${scope} AND ${ended}`, cutoff.date),
      agenda_proposals: run(`DELETE FROM agenda_proposals WHERE ${scope} AND meeting_date < ?`, cutoff.date),
      task_events: children('task_events', 'task_id', 'tasks', finishedTask, cutoff.instant),
      task_owners: children('task_owners', 'task_id', 'tasks', finishedTask, cutoff.instant),
      task_cards: children('task_cards', 'task_id', 'tasks', finishedTask, cutoff.instant),
      tasks: run(`DELETE FROM tasks WHERE ${scope} AND ${finishedTask}`, cutoff.instant),
      deadline_cards: children('deadline_cards', 'deadline_id', 'deadlines', delivered, cutoff.date),
      deadlines: run(`DELETE FROM deadlines WHERE ${scope} AND ${delivered}`, cutoff.date),
      guideline_escalations: run(`DELETE FROM guideline_escalations WHERE ${scope} AND created_at < ?`, cutoff.instant),
      deliveries: run(`DELETE FROM deliveries WHERE ${scope} AND at < ?`, cutoff.instant),
      jobs: run(
        `DELETE FROM jobs WHERE ${scope} AND status IN ('done', 'cancelled', 'failed') AND due_at < ?`,
        cutoff.instant,
      ),
    }));
  }
}
