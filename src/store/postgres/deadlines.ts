import type pg from 'pg';
import type { Deadline, DeadlineEdit, DeadlineRepository, NewDeadline } from '../../deadlines/deadline.ts';
import type { Person } from '../../networks/network.ts';
import { lockFor, Sql, transaction } from './database.ts';
import { idNumber, nextId } from './ids.ts';
import { toDeadline, toggledChecks, type DeadlineRow } from '../rows/deadlines.ts';

const ID_NOCASE = 'upper(id) = upper(?)';

export class PgDeadlines implements DeadlineRepository {
  #pool: pg.Pool;
  #sql: Sql;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.#sql = new Sql(pool);
  }

  async create(d: NewDeadline): Promise<Deadline> {
    const id = await transaction(this.#pool, (sql) => this.#insert(sql, d));
    return (await this.get(d.tenantId, d.networkId, id))!;
  }

  async createUnlessLater(d: NewDeadline & { origin: string }): Promise<Deadline | null> {
    // Check and insert under one lock per origin: two instances cannot both see "none yet".
    const id = await transaction(this.#pool, async (sql) => {
      await lockFor(sql, 'deadline-origin', d.tenantId, d.networkId, d.origin);
      const later = await sql.get(
        'SELECT 1 FROM deadlines WHERE tenant_id = ? AND network_id = ? AND origin = ? AND date >= ? LIMIT 1',
        d.tenantId,
        d.networkId,
        d.origin,
        d.date,
      );
      return later ? null : this.#insert(sql, d);
    });
    return id ? this.get(d.tenantId, d.networkId, id) : null;
  }

  async #insert(sql: Sql, d: NewDeadline): Promise<string> {
    const id = await nextId(sql, 'deadlines', 'F', d.tenantId, d.networkId);
    await sql.run(
      `INSERT INTO deadlines (tenant_id, network_id, id, title, kind, date, time, scope, statsforvalter, origin, source, checklist, yearly, status, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      d.tenantId,
      d.networkId,
      id,
      d.title,
      d.kind,
      d.date,
      d.time,
      d.scope,
      d.statsforvalter,
      d.origin,
      d.source,
      JSON.stringify(d.checklist),
      d.yearly ? 1 : 0,
      JSON.stringify(d.createdBy),
      d.createdAt,
    );
    return id;
  }

  async get(tenantId: string, networkId: string, id: string) {
    const r = await this.#sql.get<DeadlineRow>(
      `SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
      tenantId,
      networkId,
      id,
    );
    return r ? toDeadline(r) : null;
  }

  async listOpen(tenantId: string, networkId: string) {
    const rows = await this.#sql.all<DeadlineRow>(
      `SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND status = 'open' ORDER BY date, time, ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(toDeadline);
  }

  async findByOrigin(tenantId: string, networkId: string, origin: string) {
    const r = await this.#sql.get<DeadlineRow>(
      'SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND origin = ? ORDER BY date DESC LIMIT 1',
      tenantId,
      networkId,
      origin,
    );
    return r ? toDeadline(r) : null;
  }

  async update(tenantId: string, networkId: string, id: string, e: DeadlineEdit, now: Date) {
    await this.#sql.run(
      'UPDATE deadlines SET title = ?, kind = ?, date = ?, source = ?, checklist = ?, yearly = ?, origin = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      e.title,
      e.kind,
      e.date,
      e.source,
      JSON.stringify(e.checklist),
      e.yearly ? 1 : 0,
      e.origin,
      now.toISOString(),
      tenantId,
      networkId,
      id,
    );
    return this.get(tenantId, networkId, id);
  }

  async toggleCheck(
    tenantId: string,
    networkId: string,
    id: string,
    item: string,
    by: Person,
    now: Date,
    on?: boolean,
  ) {
    // The row is locked from read to write: two members ticking at once on two instances both count.
    const found = await transaction(this.#pool, async (sql) => {
      const r = await sql.get<{ checks: string }>(
        `SELECT checks FROM deadlines WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE} FOR UPDATE`,
        tenantId,
        networkId,
        id,
      );
      if (!r) return false;
      const next = toggledChecks(r.checks, item, by, now, on);
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
    await this.#sql.run(
      `UPDATE deadlines SET status = 'done', done_by = ?, done_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'open'`,
      JSON.stringify(by),
      now.toISOString(),
      tenantId,
      networkId,
      id,
    );
    return this.get(tenantId, networkId, id);
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: { conversationId: string; activityId: string }) {
    await this.#sql.run(
      'INSERT INTO deadline_cards (tenant_id, network_id, deadline_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      tenantId,
      networkId,
      id,
      ref.conversationId,
      ref.activityId,
    );
  }

  async cards(tenantId: string, networkId: string, id: string) {
    const rows = await this.#sql.all<{ conversation_id: string; activity_id: string }>(
      'SELECT conversation_id, activity_id FROM deadline_cards WHERE tenant_id = ? AND network_id = ? AND deadline_id = ? ORDER BY activity_id',
      tenantId,
      networkId,
      id,
    );
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }
}
