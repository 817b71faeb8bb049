import { nextId } from './ids.ts';
import type { Deadline, DeadlineEdit, DeadlineRepository, NewDeadline } from '../../deadlines/deadline.ts';
import type { Person } from '../../networks/network.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/deadlines.ts';

export class SqliteDeadlines extends SqliteRepository implements DeadlineRepository {
  async create(d: NewDeadline): Promise<Deadline> {
    const id = this.tx(() => this.#insert(d));
    return (await this.get(d.tenantId, d.networkId, id))!;
  }

  async createUnlessLater(d: NewDeadline & { origin: string }): Promise<Deadline | null> {
    // Check and insert in one synchronous transaction: two callers cannot both see "none yet".
    const id = this.tx(() => {
      const later = this.db.prepare(row.LATER_FROM_ORIGIN).get(d.tenantId, d.networkId, d.origin, d.date);
      return later ? null : this.#insert(d);
    });
    return id ? this.get(d.tenantId, d.networkId, id) : null;
  }

  #insert(d: NewDeadline): string {
    const id = nextId(this.db, 'deadlines', 'F', d.tenantId, d.networkId);
    this.db.prepare(row.INSERT_DEADLINE).run(...row.insertValues(id, d));
    return id;
  }

  async get(tenantId: string, networkId: string, id: string) {
    return this.byId('deadlines', row.toDeadline, tenantId, networkId, id);
  }

  async listOpen(tenantId: string, networkId: string) {
    const rows = this.db
      .prepare(
        `SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND status = 'open' ORDER BY date, time, CAST(substr(id, 2) AS INTEGER)`,
      )
      .all(tenantId, networkId) as unknown as row.DeadlineRow[];
    return rows.map(row.toDeadline);
  }

  async findByOrigin(tenantId: string, networkId: string, origin: string) {
    const r = this.db.prepare(row.BY_ORIGIN).get(tenantId, networkId, origin) as row.DeadlineRow | undefined;
    return r ? row.toDeadline(r) : null;
  }

  async update(tenantId: string, networkId: string, id: string, e: DeadlineEdit, now: Date) {
    this.db.prepare(row.UPDATE_DEADLINE).run(...row.updateValues(tenantId, networkId, id, e, now));
    return this.get(tenantId, networkId, id);
  }

  async toggleCheck(...[tenantId, networkId, id, item, by, now, on, na]: row.ToggleCheckArgs) {
    // Read and write in one synchronous transaction: two members ticking at once both count.
    const found = this.tx(() => {
      const r = this.db
        .prepare('SELECT checks FROM deadlines WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
        .get(tenantId, networkId, id) as { checks: string } | undefined;
      if (!r) return false;
      const next = row.toggledChecks(r.checks, item, by, now, on, na);
      if (!next) return true;
      this.db
        .prepare('UPDATE deadlines SET checks = ? WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
        .run(JSON.stringify(next), tenantId, networkId, id);
      return true;
    });
    return found ? this.get(tenantId, networkId, id) : null;
  }

  async markDone(tenantId: string, networkId: string, id: string, by: Person, now: Date) {
    this.db.prepare(row.MARK_DONE).run(JSON.stringify(by), now.toISOString(), tenantId, networkId, id);
    return this.get(tenantId, networkId, id);
  }

  async markDoneOnce(tenantId: string, networkId: string, id: string, by: Person, now: Date) {
    const r = this.db.prepare(row.MARK_DONE).run(JSON.stringify(by), now.toISOString(), tenantId, networkId, id);
    const deadline = await this.get(tenantId, networkId, id);
    return deadline ? { deadline, marked: Number(r.changes) > 0 } : null;
  }

  async reopenOnce(tenantId: string, networkId: string, id: string, doneAt: string | null) {
    const r = this.db.prepare(row.REOPEN).run(tenantId, networkId, id, doneAt);
    const deadline = await this.get(tenantId, networkId, id);
    return deadline ? { deadline, reopened: Number(r.changes) > 0 } : null;
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: { conversationId: string; activityId: string }) {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO deadline_cards (tenant_id, network_id, deadline_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tenantId, networkId, id, ref.conversationId, ref.activityId);
  }

  async cards(tenantId: string, networkId: string, id: string) {
    const rows = this.db
      .prepare(
        'SELECT conversation_id, activity_id FROM deadline_cards WHERE tenant_id = ? AND network_id = ? AND deadline_id = ?',
      )
      .all(tenantId, networkId, id) as { conversation_id: string; activity_id: string }[];
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }
}
