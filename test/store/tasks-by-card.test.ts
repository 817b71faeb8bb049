import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import type { NewTask } from '../../src/tasks/task.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';
import { network } from '../support/store-fixtures.ts';

// Review 2, LOW 11: a reaction finds the task whose card it is with one query, in both dialects.
const now = new Date('2026-12-01T08:00:00Z');
const kari = { id: 'u1', aadObjectId: 'AAD-1', name: 'Kari Nordmann' };
const newTask = (networkId: string): NewTask => ({
  tenantId: 't1',
  networkId,
  text: 'Send budsjett',
  owners: [{ kind: 'person', ...kari }],
  due: null,
  meetingId: null,
  agendaItem: null,
  entryId: null,
  createdBy: kari,
});

async function byCard(store: Store) {
  await store.networks.upsert(network('t1', 'n1'), now);
  await store.networks.upsert(network('t1', 'n2'), now);
  const t1 = await store.tasks.create(newTask('n1'), now);
  const t2 = await store.tasks.create(newTask('n1'), now);
  const other = await store.tasks.create(newTask('n2'), now);
  await store.tasks.setCardRef('t1', 'n1', t1.id, { conversationId: 'c1', activityId: 'm1' });
  await store.tasks.addCard('t1', 'n1', t2.id, { conversationId: 'dm', activityId: 'm2' });
  await store.tasks.setCardRef('t1', 'n2', other.id, { conversationId: 'c2', activityId: 'm3' });
  const ids = async (networkId: string | null, activityId: string, tenantId = 't1') =>
    (await store.tasks.listOpenByCard(tenantId, networkId, activityId)).map((t) => `${t.networkId}/${t.id}`);
  expect(await ids('n1', 'm1')).toEqual(['n1/T1']);
  expect(await ids('n1', 'm2')).toEqual(['n1/T2']);
  expect(await ids('n1', 'm3')).toEqual([]);
  expect(await ids(null, 'm3')).toEqual(['n2/T1']);
  expect(await ids(null, 'nothing')).toEqual([]);
  expect(await ids(null, 'm1', 't2')).toEqual([]);
  // Not a part of the id: «m1» is no prefix match of «m10».
  expect(await ids('n1', 'm')).toEqual([]);
  await store.tasks.update('t1', 'n1', t1.id, { type: 'status', from: 'open', to: 'done' }, kari, now);
  expect(await ids('n1', 'm1')).toEqual([]);
}

describe('tasks by the card reacted to', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-bycard-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    try {
      await byCard(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL', async () => {
    const store = await PostgresStore.open(await cluster.createDatabase());
    try {
      await byCard(store);
    } finally {
      await store.close();
    }
  });
});
