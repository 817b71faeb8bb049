import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personSchema } from '../../src/networks/schemas.ts';
import { cardRefSchema, ownerSchema, toTask, type TaskRow } from '../../src/store/rows/tasks.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { NewTask } from '../../src/tasks/task.ts';

// Task rows' JSON is validated where it enters the table, and a read picks the schemas' fields
// instead of running zod on every row (issue #14). The read must give what the zod read gave.

const base: TaskRow = {
  tenant_id: 't1',
  network_id: 'n1',
  id: 'T1',
  text: 'Sende referatet',
  owners: '[]',
  due: null,
  status: 'open',
  needs_help: 0,
  meeting_id: null,
  agenda_item: null,
  entry_id: null,
  created_by: JSON.stringify({ id: 'u1', name: 'Kari' }),
  created_at: '2026-12-01T04:00:00.000Z',
  updated_at: '2026-12-01T04:00:00.000Z',
  card_ref: null,
};

/** The read as it was before: zod over every JSON column. */
const zodRead = (r: TaskRow) => ({
  ...toTask(r),
  owners: z.array(ownerSchema).parse(JSON.parse(r.owners)),
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  cardRef: r.card_ref ? cardRefSchema.parse(JSON.parse(r.card_ref)) : null,
});

describe('task rows', () => {
  it('read as the zod read did: optional ids absent, fields outside the schemas left out, key order kept', () => {
    const rows: TaskRow[] = [
      base,
      {
        ...base,
        owners: JSON.stringify([
          { kind: 'person', id: 'u2', aadObjectId: 'aad-2', name: 'Ola', role: 'leader' },
          { kind: 'person', name: 'Per', id: 'u3' },
          { kind: 'municipality', name: 'Bodø', id: 'stray' },
        ]),
        created_by: JSON.stringify({ name: 'Kari', aadObjectId: 'aad-1', id: 'u1', extra: 1 }),
        card_ref: JSON.stringify({ activityId: 'a1', conversationId: 'c1', serviceUrl: 'x' }),
        due: '2026-12-10',
        needs_help: 1,
      },
    ];
    for (const r of rows) {
      expect(toTask(r)).toStrictEqual(zodRead(r));
      expect(JSON.stringify(toTask(r))).toBe(JSON.stringify(zodRead(r)));
    }
  });

  describe('in the SQLite store', () => {
    let dir: string;
    let store: SqliteStore;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'nb-taskrows-'));
      store = new SqliteStore(join(dir, 'db.sqlite'));
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const kari = { id: 'u1', name: 'Kari' };
    const newTask = (over: Partial<NewTask> = {}): NewTask => ({
      tenantId: 't1',
      networkId: 'n1',
      text: 'Sende referatet',
      owners: [{ kind: 'person', id: 'u2', name: 'Ola' }],
      due: null,
      meetingId: null,
      agendaItem: null,
      entryId: null,
      createdBy: kari,
      ...over,
    });

    it('refuses bad JSON where it enters: owners, creator, new owners and card reference', async () => {
      const bad = [{ kind: 'person', name: 'Ola' }] as unknown as NewTask['owners'];
      await expect(store.tasks.create(newTask({ owners: bad }), new Date())).rejects.toThrow();
      await expect(store.tasks.create(newTask({ createdBy: { id: '', name: 'Kari' } }), new Date())).rejects.toThrow();
      const t = await store.tasks.create(newTask(), new Date());
      await expect(
        store.tasks.update('t1', 'n1', t.id, { type: 'owners', from: t.owners, to: bad }, kari, new Date()),
      ).rejects.toThrow();
      const ref = { conversationId: 'c1' } as unknown as { conversationId: string; activityId: string };
      await expect(store.tasks.setCardRef('t1', 'n1', t.id, ref)).rejects.toThrow();
      expect(await store.tasks.get('t1', 'n1', t.id)).toMatchObject({ owners: t.owners, cardRef: null });
    });
  });
});
