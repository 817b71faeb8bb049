// A task row read (src/store/rows/tasks.ts toTask) as it was, with zod over the three JSON columns,
// against now (validated where they enter, fields picked on read). CPU per row, alternating rounds.
// Run: node_modules/.bin/node bench/task-row-micro.ts
import { z } from 'zod';
import { toTask, ownerSchema, cardRefSchema, type TaskRow } from '../src/store/rows/tasks.ts';
import { personSchema } from '../src/networks/schemas.ts';
import { keyOf } from '../src/store/rows/key.ts';
const row: TaskRow = {
  tenant_id: 't1',
  network_id: 'n1',
  id: 'T12',
  text: 'Sende referatet til alle kommunene',
  owners: JSON.stringify([
    { kind: 'person', id: '29:1abc', aadObjectId: 'aad-1', name: 'Kari Nordmann' },
    { kind: 'municipality', name: 'Bodø' },
  ]),
  due: '2026-12-10',
  status: 'open',
  needs_help: 0,
  meeting_id: 'M3',
  agenda_item: 2,
  entry_id: 'E7',
  created_by: JSON.stringify({ id: '29:1abc', aadObjectId: 'aad-1', name: 'Kari Nordmann' }),
  created_at: '2026-12-01T04:00:00.000Z',
  updated_at: '2026-12-01T04:00:00.000Z',
  card_ref: JSON.stringify({ conversationId: '19:abc@thread.tacv2', activityId: '1700000000' }),
} as TaskRow;
const old = (r: TaskRow) => ({
  ...keyOf(r),
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
const N = 50_000;
const time = (f: (r: TaskRow) => unknown) => {
  const s = process.cpuUsage();
  for (let i = 0; i < N; i++) f(row);
  const u = process.cpuUsage(s);
  return ((u.user + u.system) / N).toFixed(2);
};
const a: string[] = [],
  b: string[] = [];
for (let r = 0; r < 4; r++) {
  a.push(time(old));
  b.push(time(toTask));
}
console.log(JSON.stringify({ rows: N, us_per_row_zod: a.join(', '), us_per_row_now: b.join(', ') }));
