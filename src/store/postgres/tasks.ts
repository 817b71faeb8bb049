import type pg from 'pg';
import type { Person } from '../../networks/network.ts';
import type { CardRef, NewTask, Task, TaskChange, TaskEvent, TaskRepository } from '../../tasks/task.ts';
import { Sql, transaction } from './database.ts';
import { idNumber, nextId } from './ids.ts';
import { toTask, toTaskEvent, type TaskEventRow, type TaskRow } from '../rows/tasks.ts';

/** Case-insensitive id match, as SQLite's `id = ? COLLATE NOCASE` (ids are ASCII). */
const ID_NOCASE = 'upper(id) = upper(?)';

export class PgTasks implements TaskRepository {
  #pool: pg.Pool;
  #sql: Sql;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.#sql = new Sql(pool);
  }

  /** Caller holds the task row's lock (new row, or SELECT … FOR UPDATE), so seq cannot collide. */
  async #appendEvent(
    sql: Sql,
    t: { tenantId: string; networkId: string; id: string },
    change: TaskChange,
    by: Person,
    at: string,
  ) {
    const { n } = (await sql.get<{ n: number }>(
      'SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM task_events WHERE tenant_id = ? AND network_id = ? AND task_id = ?',
      t.tenantId,
      t.networkId,
      t.id,
    ))!;
    await sql.run(
      'INSERT INTO task_events (tenant_id, network_id, task_id, seq, at, by_person, change) VALUES (?, ?, ?, ?, ?, ?, ?)',
      t.tenantId,
      t.networkId,
      t.id,
      n,
      at,
      JSON.stringify(by),
      JSON.stringify(change),
    );
  }

  async #setOwners(sql: Sql, tenantId: string, networkId: string, id: string, owners: NewTask['owners']) {
    for (const o of owners) {
      if (o.kind !== 'person') continue;
      await sql.run(
        'INSERT INTO task_owners (tenant_id, network_id, task_id, user_id, aad_object_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        tenantId,
        networkId,
        id,
        o.id,
        o.aadObjectId ?? null,
      );
    }
  }

  async create(t: NewTask, now: Date): Promise<Task> {
    const at = now.toISOString();
    const id = await transaction(this.#pool, async (sql) => {
      const id = await nextId(sql, 'tasks', 'T', t.tenantId, t.networkId);
      await sql.run(
        `INSERT INTO tasks (tenant_id, network_id, id, text, owners, due, status, needs_help, meeting_id, agenda_item, entry_id, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?, ?)`,
        t.tenantId,
        t.networkId,
        id,
        t.text,
        JSON.stringify(t.owners),
        t.due,
        t.meetingId,
        t.agendaItem,
        t.entryId,
        JSON.stringify(t.createdBy),
        at,
        at,
      );
      await this.#setOwners(sql, t.tenantId, t.networkId, id, t.owners);
      await this.#appendEvent(sql, { ...t, id }, { type: 'created' }, t.createdBy, at);
      return id;
    });
    return (await this.get(t.tenantId, t.networkId, id))!;
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Task | null> {
    const r = await this.#sql.get<TaskRow>(
      `SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
      tenantId,
      networkId,
      id,
    );
    return r ? toTask(r) : null;
  }

  async listOpen(tenantId: string, networkId: string): Promise<Task[]> {
    const rows = await this.#sql.all<TaskRow>(
      `SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND status NOT IN ('done', 'deleted', 'cancelled')
       ORDER BY due IS NULL, due, ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(toTask);
  }

  async listAll(tenantId: string, networkId: string): Promise<Task[]> {
    const rows = await this.#sql.all<TaskRow>(
      `SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? ORDER BY ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(toTask);
  }

  async listOpenForPerson(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<Task[]> {
    const rows = await this.#sql.all<TaskRow>(
      `SELECT t.* FROM tasks t
       WHERE t.tenant_id = ? AND t.status NOT IN ('done', 'deleted', 'cancelled')
         AND EXISTS (SELECT 1 FROM task_owners o
                     WHERE o.tenant_id = t.tenant_id AND o.network_id = t.network_id AND o.task_id = t.id
                       AND ((?::text IS NOT NULL AND o.aad_object_id = ?) OR (?::text IS NOT NULL AND o.user_id = ?)))
       ORDER BY t.due IS NULL, t.due, t.network_id, ${idNumber('t.id')}`,
      tenantId,
      who.aadObjectId ?? null,
      who.aadObjectId ?? null,
      who.id ?? null,
      who.id ?? null,
    );
    return rows.map(toTask);
  }

  async update(
    tenantId: string,
    networkId: string,
    id: string,
    change: TaskChange,
    by: Person,
    now: Date,
  ): Promise<Task> {
    const at = now.toISOString();
    await transaction(this.#pool, async (sql) => {
      // Holds the task row, so two instances changing one task append events one after the other.
      await sql.run(
        'SELECT 1 FROM tasks WHERE tenant_id = ? AND network_id = ? AND id = ? FOR UPDATE',
        tenantId,
        networkId,
        id,
      );
      const set = (col: string, v: string | number | null) =>
        sql.run(
          `UPDATE tasks SET ${col} = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`,
          v,
          at,
          tenantId,
          networkId,
          id,
        );
      switch (change.type) {
        case 'status':
          await set('status', change.to);
          break;
        case 'due':
          await set('due', change.to);
          break;
        case 'needs-help':
          await set('needs_help', change.value ? 1 : 0);
          break;
        case 'text':
          await set('text', change.to);
          break;
        case 'owners': {
          await set('owners', JSON.stringify(change.to));
          await sql.run(
            'DELETE FROM task_owners WHERE tenant_id = ? AND network_id = ? AND task_id = ?',
            tenantId,
            networkId,
            id,
          );
          await this.#setOwners(sql, tenantId, networkId, id, change.to);
          break;
        }
        case 'created':
          break;
      }
      await this.#appendEvent(sql, { tenantId, networkId, id }, change, by, at);
    });
    const t = await this.get(tenantId, networkId, id);
    if (!t) throw new Error(`task ${id} not found`);
    return t;
  }

  async setCardRef(
    tenantId: string,
    networkId: string,
    id: string,
    ref: { conversationId: string; activityId: string },
  ) {
    await this.#sql.run(
      'UPDATE tasks SET card_ref = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      JSON.stringify(ref),
      tenantId,
      networkId,
      id,
    );
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: CardRef) {
    await this.#sql.run(
      'INSERT INTO task_cards (tenant_id, network_id, task_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      tenantId,
      networkId,
      id,
      ref.conversationId,
      ref.activityId,
    );
  }

  async cards(tenantId: string, networkId: string, id: string): Promise<CardRef[]> {
    const rows = await this.#sql.all<{ conversation_id: string; activity_id: string }>(
      'SELECT conversation_id, activity_id FROM task_cards WHERE tenant_id = ? AND network_id = ? AND task_id = ? ORDER BY activity_id',
      tenantId,
      networkId,
      id,
    );
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }

  async history(tenantId: string, networkId: string, id: string): Promise<TaskEvent[]> {
    const rows = await this.#sql.all<TaskEventRow>(
      'SELECT * FROM task_events WHERE tenant_id = ? AND network_id = ? AND task_id = ? ORDER BY seq',
      tenantId,
      networkId,
      id,
    );
    return rows.map(toTaskEvent);
  }

  async findByEntry(tenantId: string, networkId: string, entryId: string): Promise<Task | null> {
    const r = await this.#sql.get<TaskRow>(
      'SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND entry_id = ? LIMIT 1',
      tenantId,
      networkId,
      entryId,
    );
    return r ? toTask(r) : null;
  }
}
