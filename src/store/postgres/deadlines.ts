import type { Deadline, DeadlineEdit, DeadlineRepository, NewDeadline } from '../../deadlines/deadline.ts';
import type { Person } from '../../networks/network.ts';
import type { Sql } from './database.ts';
import { lockFor, PgRepository } from './database.ts';
import { ID_NOCASE, idNumber, nextId } from './ids.ts';
import * as row from '../rows/deadlines.ts';

export class PgDeadlines extends PgRepository implements DeadlineRepository {
  async create(d: NewDeadline): Promise<Deadline> {
    const id = await this.tx((sql) => this.#insert(sql, d));
    return (await this.get(d.tenantId, d.networkId, id))!;
  }

  async createUnlessLater(d: NewDeadline & { origin: string }): Promise<Deadline | null> {
    // Check and insert under one lock per origin: two instances cannot both see "none yet".
    const id = await this.tx(async (sql) => {
      await lockFor(sql, 'deadline-origin', d.tenantId, d.networkId, d.origin);
      const later = await sql.get(row.LATER_FROM_ORIGIN, d.tenantId, d.networkId, d.origin, d.date);
      return later ? null : this.#insert(sql, d);
    });
    return id ? this.get(d.tenantId, d.networkId, id) : null;
  }

  async #insert(sql: Sql, d: NewDeadline): Promise<string> {
    const id = await nextId(sql, 'deadlines', 'F', d.tenantId, d.networkId);
    await sql.run(row.INSERT_DEADLINE, ...row.insertValues(id, d));
    return id;
  }

  async get(tenantId: string, networkId: string, id: string) {
    return this.byId('deadlines', row.toDeadline, tenantId, networkId, id);
  }

  async listOpen(tenantId: string, networkId: string) {
    const rows = await this.sql.all<row.DeadlineRow>(
      `SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND status = 'open' ORDER BY date, time, ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(row.toDeadline);
  }

  async findByOrigin(tenantId: string, networkId: string, origin: string) {
    const r = await this.sql.get<row.DeadlineRow>(row.BY_ORIGIN, tenantId, networkId, origin);
    return r ? row.toDeadline(r) : null;
  }

  async update(tenantId: string, networkId: string, id: string, e: DeadlineEdit, now: Date) {
    await this.sql.run(row.UPDATE_DEADLINE, ...row.updateValues(tenantId, networkId, id, e, now));
    return this.get(tenantId, networkId, id);
  }

  async toggleCheck(...[tenantId, networkId, id, item, by, now, on, na]: row.ToggleCheckArgs) {
    // The row is locked from read to write: two members ticking at once on two instances both count.
    const found = await this.tx(async (sql) => {
      const r = await sql.get<{ checks: string }>(
        `SELECT checks FROM deadlines WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE} FOR UPDATE`,
        tenantId,
        networkId,
        id,
      );
      if (!r) return false;
      const next = row.toggledChecks(r.checks, item, by, now, on, na);
      if (!next) return true;
      await sql.run(
        `UPDATE deadlines SET checks = ? WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
        JSON.stringify(next),
        tenantId,
        networkId,
        id,
      );
      return true;
    });
    return found ? this.get(tenantId, networkId, id) : null;
  }

  async markDone(tenantId: string, networkId: string, id: string, by: Person, now: Date) {
    await this.sql.run(row.MARK_DONE, JSON.stringify(by), now.toISOString(), tenantId, networkId, id);
    return this.get(tenantId, networkId, id);
  }

  async markDoneOnce(tenantId: string, networkId: string, id: string, by: Person, now: Date) {
    // `status = 'open'` in the UPDATE: a second instance waits for the first one's row, then changes nothing.
    const changed = await this.sql.run(row.MARK_DONE, JSON.stringify(by), now.toISOString(), tenantId, networkId, id);
    const deadline = await this.get(tenantId, networkId, id);
    return deadline ? { deadline, marked: changed > 0 } : null;
  }

  async reopenOnce(tenantId: string, networkId: string, id: string, doneAt: string | null) {
    const changed = await this.sql.run(row.REOPEN, tenantId, networkId, id, doneAt);
    const deadline = await this.get(tenantId, networkId, id);
    return deadline ? { deadline, reopened: changed > 0 } : null;
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: { conversationId: string; activityId: string }) {
    await this.sql.run(
      'INSERT INTO deadline_cards (tenant_id, network_id, deadline_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      tenantId,
      networkId,
      id,
      ref.conversationId,
      ref.activityId,
    );
  }

  async cards(tenantId: string, networkId: string, id: string) {
    const rows = await this.sql.all<{ conversation_id: string; activity_id: string }>(
      'SELECT conversation_id, activity_id FROM deadline_cards WHERE tenant_id = ? AND network_id = ? AND deadline_id = ? ORDER BY activity_id',
      tenantId,
      networkId,
      id,
    );
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }
}
