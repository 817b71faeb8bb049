import type { NetworkDataRepository, NetworkRows, RemovedCounts, RetentionCutoff } from '../../rights/network-data.ts';
import { PgRepository } from './database.ts';
import { NOT_ERASED, NOT_EXPORTED, readable } from '../rows/network-data.ts';
import { ALL_TOPICS } from '../changes.ts';
import { CHANGES_CHANNEL, notify } from './notify.ts';

export class PgNetworkData extends PgRepository implements NetworkDataRepository {
  #tables: string[] | null = null;
  /** Told once this store has erased a network; other instances learn of it only by their memo's age. */
  erased: (tenantId: string, networkId: string) => void = () => {};

  /** Every table of the store's schema with tenant_id and network_id, read from the catalogue (as SQLite reads its schema). */
  async tables(): Promise<string[]> {
    this.#tables ??= (
      await this.sql.all<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
         WHERE c.table_schema = current_schema() AND c.column_name IN ('tenant_id', 'network_id')
         GROUP BY c.table_name HAVING COUNT(*) = 2 ORDER BY c.table_name COLLATE "C"`,
      )
    ).map((r) => r.table_name);
    return this.#tables;
  }

  async export(tenantId: string, networkId: string): Promise<NetworkRows> {
    const out: NetworkRows = {};
    for (const table of await this.tables()) {
      if (NOT_EXPORTED.has(table)) continue;
      const rows = await this.sql.all<Record<string, unknown>>(
        `SELECT * FROM "${table}" WHERE tenant_id = ? AND network_id = ?`,
        tenantId,
        networkId,
      );
      out[table] = rows.map(readable);
    }
    return out;
  }

  async erase(tenantId: string, networkId: string): Promise<RemovedCounts> {
    const tables = await this.tables();
    const counts = await this.tx(async (sql) => {
      const removed: RemovedCounts = {};
      for (const table of tables) {
        if (NOT_ERASED.has(table)) continue;
        removed[table] = await sql.run(
          `DELETE FROM "${table}" WHERE tenant_id = ? AND network_id = ?`,
          tenantId,
          networkId,
        );
      }
      // Every instance drops whatever it cached of the network (sent at commit).
      await notify(sql.db, CHANGES_CHANNEL, JSON.stringify({ topic: ALL_TOPICS, tenantId, networkId }));
      return removed;
    });
    this.erased(tenantId, networkId);
    return counts;
  }

  async purge(tenantId: string, networkId: string, cutoff: RetentionCutoff): Promise<RemovedCounts> {
    const scope = 'tenant_id = ? AND network_id = ?';
    const ended = "status = 'ended' AND date < ?";
    const finishedTask = "status IN ('done', 'deleted', 'cancelled') AND updated_at < ?";
    const delivered = "status = 'done' AND date < ?";
    return this.tx(async (sql) => {
      const run = (q: string, ...args: string[]) => sql.run(q, tenantId, networkId, ...args);
      /** Rows of `child` whose parent row (same network) is about to go: deleted before the parent. */
      const children = (child: string, key: string, parent: string, old: string, at: string) =>
        run(
          `DELETE FROM ${child} WHERE ${scope} AND ${key} IN (SELECT id FROM ${parent} WHERE tenant_id = ${child}.tenant_id AND network_id = ${child}.network_id AND ${old})`,
          at,
        );
      // In SQLite's order: each count is taken before the next statement runs.
      return {
        meeting_entries: await children('meeting_entries', 'meeting_id', 'meetings', ended, cutoff.date),
        meetings: await run(`DELETE FROM meetings WHERE ${scope} AND ${ended}`, cutoff.date),
        agenda_proposals: await run(`DELETE FROM agenda_proposals WHERE ${scope} AND meeting_date < ?`, cutoff.date),
        task_events: await children('task_events', 'task_id', 'tasks', finishedTask, cutoff.instant),
        task_owners: await children('task_owners', 'task_id', 'tasks', finishedTask, cutoff.instant),
        task_cards: await children('task_cards', 'task_id', 'tasks', finishedTask, cutoff.instant),
        tasks: await run(`DELETE FROM tasks WHERE ${scope} AND ${finishedTask}`, cutoff.instant),
        deadline_cards: await children('deadline_cards', 'deadline_id', 'deadlines', delivered, cutoff.date),
        deadlines: await run(`DELETE FROM deadlines WHERE ${scope} AND ${delivered}`, cutoff.date),
        guideline_escalations: await run(
          `DELETE FROM guideline_escalations WHERE ${scope} AND created_at < ?`,
          cutoff.instant,
        ),
        deliveries: await run(`DELETE FROM deliveries WHERE ${scope} AND at < ?`, cutoff.instant),
        jobs: await run(
          `DELETE FROM jobs WHERE ${scope} AND status IN ('done', 'cancelled', 'failed') AND due_at < ?`,
          cutoff.instant,
        ),
      };
    });
  }
}
