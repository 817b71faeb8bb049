import type { Person } from '../../networks/network.ts';
import type { CardRef, NewTask, Task, TaskChange, TaskEvent, TaskRepository } from '../../tasks/task.ts';
import { StaleTaskChange } from '../../tasks/task.ts';
import type { Sql } from './database.ts';
import { PgRepository } from './database.ts';
import { idNumber } from './ids.ts';
import * as row from '../rows/tasks.ts';

const ADD_CARD =
  'INSERT INTO task_cards (tenant_id, network_id, task_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING';

export class PgTasks extends PgRepository implements TaskRepository {
  /** Caller holds the task row's lock (new row, or SELECT … FOR UPDATE), so seq cannot collide. */
  async #appendEvent(sql: Sql, t: row.TaskKey, change: TaskChange, by: Person, at: string) {
    const { n } = (await sql.get<{ n: number }>(row.NEXT_EVENT_SEQ, t.tenantId, t.networkId, t.id))!;
    await sql.run(row.INSERT_EVENT, ...row.eventValues(t, n, change, by, at));
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
    return this.insertWithId('tasks', 'T', row.toTask, t, async (sql, id) => {
      await sql.run(row.INSERT_TASK, ...row.insertValues(id, t, at));
      await this.#setOwners(sql, t.tenantId, t.networkId, id, t.owners);
      await this.#appendEvent(sql, { ...t, id }, { type: 'created' }, t.createdBy, at);
    });
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Task | null> {
    return this.byId('tasks', row.toTask, tenantId, networkId, id);
  }

  async listOpen(tenantId: string, networkId: string): Promise<Task[]> {
    const rows = await this.sql.all<row.TaskRow>(
      `SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND status NOT IN ('done', 'deleted', 'cancelled')
       ORDER BY due IS NULL, due, ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(row.toTask);
  }

  async listAll(tenantId: string, networkId: string): Promise<Task[]> {
    return this.inIdOrder('tasks', row.toTask, tenantId, networkId);
  }

  async listOpenForPerson(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<Task[]> {
    const rows = await this.sql.all<row.TaskRow>(
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
    return rows.map(row.toTask);
  }

  async update(...[tenantId, networkId, id, change, by, now, first, afterSeq]: row.UpdateArgs): Promise<Task> {
    const at = now.toISOString();
    await this.tx(async (sql) => {
      // Holds the task row, so two instances changing one task append events one after the other.
      await sql.run(
        'SELECT 1 FROM tasks WHERE tenant_id = ? AND network_id = ? AND id = ? FOR UPDATE',
        tenantId,
        networkId,
        id,
      );
      if (afterSeq !== undefined) {
        const last = await sql.get<{ n: number | string }>(row.LAST_SEQ, tenantId, networkId, id);
        if (Number(last?.n ?? 0) !== afterSeq) throw new StaleTaskChange(id);
      }
      if (first) {
        if (!(await sql.run(row.MARK_DONE_FROM, first.to, at, tenantId, networkId, id, first.from)))
          throw new StaleTaskChange(id);
        await this.#appendEvent(sql, { tenantId, networkId, id }, first, by, at);
      }
      const set = row.changedColumn(change);
      if (row.isMarkDone(change)) {
        const changed = await sql.run(row.MARK_DONE_FROM, change.to, at, tenantId, networkId, id, change.from);
        if (!changed) throw new StaleTaskChange(id);
      } else if (set) await sql.run(row.updateColumn(set[0]), set[1], at, tenantId, networkId, id);
      if (change.type === 'owners') {
        await sql.run(row.DELETE_OWNERS, tenantId, networkId, id);
        await this.#setOwners(sql, tenantId, networkId, id, change.to);
      }
      await this.#appendEvent(sql, { tenantId, networkId, id }, change, by, at);
    });
    const t = await this.get(tenantId, networkId, id);
    if (!t) throw new Error(`task ${id} not found`);
    return t;
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: CardRef) {
    await this.sql.run(row.SET_CARD_REF, row.cardRefJson(ref), tenantId, networkId, id);
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: CardRef) {
    await this.sql.run(ADD_CARD, tenantId, networkId, id, ref.conversationId, ref.activityId);
  }

  async cards(tenantId: string, networkId: string, id: string): Promise<CardRef[]> {
    const rows = await this.sql.all<{ conversation_id: string; activity_id: string }>(
      row.CARDS,
      tenantId,
      networkId,
      id,
    );
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }

  async history(tenantId: string, networkId: string, id: string): Promise<TaskEvent[]> {
    const rows = await this.sql.all<row.TaskEventRow>(row.HISTORY, tenantId, networkId, id);
    return rows.map(row.toTaskEvent);
  }

  async listOpenByCard(tenantId: string, networkId: string | null, activityId: string): Promise<Task[]> {
    const rows = await this.sql.all<row.TaskRow>(
      row.openByCard("(t.card_ref::json ->> 'activityId')", '?::text'),
      tenantId,
      networkId,
      networkId,
      activityId,
      tenantId,
      activityId,
    );
    return rows.map(row.toTask);
  }

  async findByEntry(tenantId: string, networkId: string, entryId: string): Promise<Task | null> {
    const r = await this.sql.get<row.TaskRow>(
      'SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND entry_id = ? LIMIT 1',
      tenantId,
      networkId,
      entryId,
    );
    return r ? row.toTask(r) : null;
  }
}
