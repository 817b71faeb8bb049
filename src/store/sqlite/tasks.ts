import type { Person } from '../../networks/network.ts';
import type { CardRef, NewTask, Task, TaskChange, TaskEvent, TaskRepository } from '../../tasks/task.ts';
import { StaleTaskChange } from '../../tasks/task.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/tasks.ts';

export class SqliteTasks extends SqliteRepository implements TaskRepository {
  #appendEvent(t: row.TaskKey, change: TaskChange, by: Person, at: string) {
    const { n } = this.db.prepare(row.NEXT_EVENT_SEQ).get(t.tenantId, t.networkId, t.id) as { n: number };
    this.db.prepare(row.INSERT_EVENT).run(...row.eventValues(t, n, change, by, at));
  }

  #setOwners(tenantId: string, networkId: string, id: string, owners: NewTask['owners']) {
    const owner = this.db.prepare(
      'INSERT OR IGNORE INTO task_owners (tenant_id, network_id, task_id, user_id, aad_object_id) VALUES (?, ?, ?, ?, ?)',
    );
    for (const o of owners) if (o.kind === 'person') owner.run(tenantId, networkId, id, o.id, o.aadObjectId ?? null);
  }

  async create(t: NewTask, now: Date): Promise<Task> {
    const at = now.toISOString();
    return this.insertWithId('tasks', 'T', row.toTask, t, (id) => {
      this.db.prepare(row.INSERT_TASK).run(...row.insertValues(id, t, at));
      this.#setOwners(t.tenantId, t.networkId, id, t.owners);
      this.#appendEvent({ ...t, id }, { type: 'created' }, t.createdBy, at);
    });
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Task | null> {
    return this.byId('tasks', row.toTask, tenantId, networkId, id);
  }

  async listOpen(tenantId: string, networkId: string): Promise<Task[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND status NOT IN ('done', 'deleted', 'cancelled')
         ORDER BY due IS NULL, due, CAST(substr(id, 2) AS INTEGER)`,
      )
      .all(tenantId, networkId) as unknown as row.TaskRow[];
    return rows.map(row.toTask);
  }

  async listAll(tenantId: string, networkId: string): Promise<Task[]> {
    return this.inIdOrder('tasks', row.toTask, tenantId, networkId);
  }

  async listOpenForPerson(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<Task[]> {
    const rows = this.db
      .prepare(
        `SELECT t.* FROM tasks t JOIN task_owners o
           ON o.tenant_id = t.tenant_id AND o.network_id = t.network_id AND o.task_id = t.id
         WHERE t.tenant_id = ? AND t.status NOT IN ('done', 'deleted', 'cancelled')
           AND ((? IS NOT NULL AND o.aad_object_id = ?) OR (? IS NOT NULL AND o.user_id = ?))
         GROUP BY t.tenant_id, t.network_id, t.id
         ORDER BY t.due IS NULL, t.due`,
      )
      .all(
        tenantId,
        who.aadObjectId ?? null,
        who.aadObjectId ?? null,
        who.id ?? null,
        who.id ?? null,
      ) as unknown as row.TaskRow[];
    return rows.map(row.toTask);
  }

  async update(...[tenantId, networkId, id, change, by, now, first, afterSeq]: row.UpdateArgs): Promise<Task> {
    const at = now.toISOString();
    this.tx(() => {
      if (afterSeq !== undefined) {
        const last = this.db.prepare(row.LAST_SEQ).get(tenantId, networkId, id) as { n: number };
        if (Number(last.n) !== afterSeq) throw new StaleTaskChange(id);
      }
      if (first) {
        const r = this.db.prepare(row.MARK_DONE_FROM).run(first.to, at, tenantId, networkId, id, first.from);
        if (!Number(r.changes)) throw new StaleTaskChange(id);
        this.#appendEvent({ tenantId, networkId, id }, first, by, at);
      }
      const set = row.changedColumn(change);
      if (row.isMarkDone(change)) {
        const r = this.db.prepare(row.MARK_DONE_FROM).run(change.to, at, tenantId, networkId, id, change.from);
        if (!Number(r.changes)) throw new StaleTaskChange(id);
      } else if (set) this.db.prepare(row.updateColumn(set[0])).run(set[1], at, tenantId, networkId, id);
      if (change.type === 'owners') {
        this.db.prepare(row.DELETE_OWNERS).run(tenantId, networkId, id);
        this.#setOwners(tenantId, networkId, id, change.to);
      }
      this.#appendEvent({ tenantId, networkId, id }, change, by, at);
    });
    const t = await this.get(tenantId, networkId, id);
    if (!t) throw new Error(`task ${id} not found`);
    return t;
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: CardRef) {
    this.db.prepare(row.SET_CARD_REF).run(row.cardRefJson(ref), tenantId, networkId, id);
  }

  async addCard(tenantId: string, networkId: string, id: string, ref: CardRef) {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO task_cards (tenant_id, network_id, task_id, conversation_id, activity_id) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tenantId, networkId, id, ref.conversationId, ref.activityId);
  }

  async cards(tenantId: string, networkId: string, id: string): Promise<CardRef[]> {
    const rows = this.db.prepare(row.CARDS).all(tenantId, networkId, id) as {
      conversation_id: string;
      activity_id: string;
    }[];
    return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
  }

  async history(tenantId: string, networkId: string, id: string): Promise<TaskEvent[]> {
    const rows = this.db.prepare(row.HISTORY).all(tenantId, networkId, id) as unknown as row.TaskEventRow[];
    return rows.map(row.toTaskEvent);
  }

  async listOpenByCard(tenantId: string, networkId: string | null, activityId: string): Promise<Task[]> {
    const rows = this.db
      .prepare(row.openByCard("json_extract(t.card_ref, '$.activityId')", '?'))
      .all(tenantId, networkId, networkId, activityId, tenantId, activityId) as unknown as row.TaskRow[];
    return rows.map(row.toTask);
  }

  async findByEntry(tenantId: string, networkId: string, entryId: string): Promise<Task | null> {
    const r = this.db
      .prepare('SELECT * FROM tasks WHERE tenant_id = ? AND network_id = ? AND entry_id = ?')
      .get(tenantId, networkId, entryId) as row.TaskRow | undefined;
    return r ? row.toTask(r) : null;
  }
}
