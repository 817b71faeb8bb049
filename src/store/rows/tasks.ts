/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import type { Person } from '../../networks/network.ts';
import { personSchema } from '../../networks/schemas.ts';
import type { NewTask, Task, TaskChange, TaskEvent, TaskOwner, TaskRepository } from '../../tasks/task.ts';
import { keyOf, type KeyRow } from './key.ts';

export const ownerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: z.string(), aadObjectId: z.string().optional(), name: z.string() }),
  z.object({ kind: z.literal('municipality'), name: z.string() }),
]);
export const cardRefSchema = z.object({ conversationId: z.string(), activityId: z.string() });
const ownersSchema = z.array(ownerSchema);
type CardRef = z.infer<typeof cardRefSchema>;

// The JSON columns of a task (owners, created_by, card_ref) are validated where they enter the
// table (insertValues, changedColumn, cardRefJson), not on every read: zod on every task row read
// was 0.55 % of the bot's CPU in the round trip (issue #14). A read keeps the schemas' fields only,
// as the parse did, so a row written before this change reads as it did.
const ownerOf = (o: TaskOwner): TaskOwner =>
  o.kind === 'person'
    ? { kind: 'person', id: o.id, ...(o.aadObjectId === undefined ? {} : { aadObjectId: o.aadObjectId }), name: o.name }
    : { kind: 'municipality', name: o.name };
const personOf = (p: Person): Person => ({
  id: p.id,
  ...(p.aadObjectId === undefined ? {} : { aadObjectId: p.aadObjectId }),
  name: p.name,
});
const cardRefOf = (r: CardRef): CardRef => ({ conversationId: r.conversationId, activityId: r.activityId });

/** The card_ref column's text, validated. */
export const cardRefJson = (ref: CardRef) => JSON.stringify(cardRefSchema.parse(ref));

export interface TaskRow extends KeyRow {
  text: string;
  owners: string;
  due: string | null;
  status: Task['status'];
  needs_help: number;
  meeting_id: string | null;
  agenda_item: number | null;
  entry_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  card_ref: string | null;
}

export const toTask = (r: TaskRow): Task => ({
  ...keyOf(r),
  text: r.text,
  owners: (JSON.parse(r.owners) as TaskOwner[]).map(ownerOf),
  due: r.due,
  status: r.status,
  needsHelp: r.needs_help === 1,
  meetingId: r.meeting_id,
  agendaItem: r.agenda_item,
  entryId: r.entry_id,
  createdBy: personOf(JSON.parse(r.created_by) as Person),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  cardRef: r.card_ref ? cardRefOf(JSON.parse(r.card_ref) as CardRef) : null,
});

export interface TaskEventRow {
  task_id: string;
  seq: number;
  at: string;
  by_person: string;
  change: string;
}

export const toTaskEvent = (r: TaskEventRow): TaskEvent => ({
  taskId: r.task_id,
  seq: r.seq,
  at: r.at,
  by: personSchema.parse(JSON.parse(r.by_person)),
  change: JSON.parse(r.change) as TaskChange,
});

/** The arguments of `update`, as both stores take them. */
export type UpdateArgs = Parameters<TaskRepository['update']>;

/** The same text in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const INSERT_TASK = `INSERT INTO tasks (tenant_id, network_id, id, text, owners, due, status, needs_help, meeting_id, agenda_item, entry_id, created_by, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?, ?)`;

/** The values of INSERT_TASK, in its order. */
export function insertValues(id: string, t: NewTask, at: string) {
  const owners = JSON.stringify(ownersSchema.parse(t.owners));
  return [t.tenantId, t.networkId, id, t.text, owners, t.due, t.meetingId, t.agendaItem, t.entryId].concat([
    JSON.stringify(personSchema.parse(t.createdBy)),
    at,
    at,
  ]);
}

export const NEXT_EVENT_SEQ =
  'SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM task_events WHERE tenant_id = ? AND network_id = ? AND task_id = ?';
export const INSERT_EVENT =
  'INSERT INTO task_events (tenant_id, network_id, task_id, seq, at, by_person, change) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** The values of INSERT_EVENT, in its order. */
export const eventValues = (t: TaskKey, seq: number, change: TaskChange, by: Person, at: string) => [
  ...[t.tenantId, t.networkId, t.id, seq, at],
  ...[JSON.stringify(by), JSON.stringify(change)],
];

export interface TaskKey {
  tenantId: string;
  networkId: string;
  id: string;
}

/** The column a change sets and the value stored there; null for `created`, which sets none. */
export function changedColumn(change: TaskChange): [column: string, value: string | number | null] | null {
  switch (change.type) {
    case 'status':
      return ['status', change.to];
    case 'due':
      return ['due', change.to];
    case 'needs-help':
      return ['needs_help', change.value ? 1 : 0];
    case 'text':
      return ['text', change.to];
    case 'owners':
      return ['owners', JSON.stringify(ownersSchema.parse(change.to))];
    case 'created':
      return null;
  }
}

/** `UPDATE tasks` of one column (from changedColumn, never user text) and updated_at. */
export const updateColumn = (column: string) =>
  `UPDATE tasks SET ${column} = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`;

/** A status change only from the status it was read in; values: updateColumn's, then that status. */
export const MARK_DONE_FROM = `UPDATE tasks SET status = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = ?`;
/** Whether the change is the conditional one (two «Ferdig» at once must close the task once). */
export const isMarkDone = (change: TaskChange): change is Extract<TaskChange, { type: 'status' }> =>
  change.type === 'status' && change.to === 'done';

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const SET_CARD_REF = 'UPDATE tasks SET card_ref = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';
export const CARDS =
  'SELECT conversation_id, activity_id FROM task_cards WHERE tenant_id = ? AND network_id = ? AND task_id = ? ORDER BY activity_id';
export const LAST_SEQ =
  'SELECT COALESCE(MAX(seq), 0) AS n FROM task_events WHERE tenant_id = ? AND network_id = ? AND task_id = ?';
export const HISTORY = 'SELECT * FROM task_events WHERE tenant_id = ? AND network_id = ? AND task_id = ? ORDER BY seq';
export const DELETE_OWNERS = 'DELETE FROM task_owners WHERE tenant_id = ? AND network_id = ? AND task_id = ?';

/**
 * listOpenByCard in either dialect, given how it reads the shared card's activity id from the JSON in
 * card_ref; values: tenant, network (or null) twice, the activity id, the tenant, the activity id. The
 * cards are looked up once by activity id (index task_cards_by_activity, 0145), not per task.
 */
export const openByCard = (cardActivityId: string, nullableText: string) =>
  `SELECT t.* FROM tasks t
   WHERE t.tenant_id = ? AND (${nullableText} IS NULL OR t.network_id = ?)
     AND t.status NOT IN ('done', 'deleted', 'cancelled')
     AND (${cardActivityId} = ?
          OR (t.network_id, t.id) IN (SELECT c.network_id, c.task_id FROM task_cards c
                                      WHERE c.tenant_id = ? AND c.activity_id = ?))
   ORDER BY t.network_id, t.id`;
