/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import { personSchema } from '../../networks/schemas.ts';
import type { Task, TaskChange, TaskEvent } from '../../tasks/task.ts';

export const ownerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: z.string(), aadObjectId: z.string().optional(), name: z.string() }),
  z.object({ kind: z.literal('municipality'), name: z.string() }),
]);
export const cardRefSchema = z.object({ conversationId: z.string(), activityId: z.string() });

export interface TaskRow {
  tenant_id: string;
  network_id: string;
  id: string;
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
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  text: r.text,
  owners: z.array(ownerSchema).parse(JSON.parse(r.owners)),
  due: r.due,
  status: r.status,
  needsHelp: r.needs_help === 1,
  meetingId: r.meeting_id,
  agendaItem: r.agenda_item,
  entryId: r.entry_id,
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  cardRef: r.card_ref ? cardRefSchema.parse(JSON.parse(r.card_ref)) : null,
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
