import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { hasLeft } from '../../src/networks/departed.ts';
import { createPool, transaction } from '../../src/store/postgres/database.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/store.ts';
import { clusterPerSuite } from '../support/postgres-suite.ts';
import {
  checkSqliteUpgrade,
  insertSettingsPostgres,
  insertSettingsSqlite,
  postgresBefore,
} from '../support/store-upgrade.ts';

// Review 1, items 6-8, on both dialects where both have the code.

const now = new Date('2026-12-01T08:00:00Z');
const t0 = '2026-12-01T04:00:00.000Z';
const key = 'card.update:t1|c|1|';
const job = (k: string, stamp: string) => ({
  tenantId: 't1',
  networkId: 'n1',
  key: k,
  kind: 'card.update',
  dueAt: now,
  payload: { stamp },
});
const stamps = async (s: Store) =>
  Object.fromEntries(
    (await s.jobs.list('t1', 'n1', { kind: 'card.update' })).map((r) => [
      r.key,
      `${r.status}:${(r.payload as { stamp: string }).stamp}`,
    ]),
  );

/** Item 7: a direct card update cancels a planned row and supersedes a claimed one in one statement. */
async function supersedeContract(a: Store, b: Store) {
  await a.jobs.plan(job(key, 'old'), now);
  await a.jobs.plan(job('card.update:t1|c|12|', 'old'), now);
  expect(await b.jobs.supersede('t1', 'n1', key, { stamp: 'direct-1' })).toBe(1);
  expect(await stamps(a)).toEqual({ [key]: 'cancelled:direct-1', 'card.update:t1|c|12|': 'planned:old' });
  // A failed newer update plans the row again; claimed, it is superseded, not cancelled.
  await a.jobs.replan(job(key, 'queued'), now);
  const claimed = await a.jobs.claimDue(now, 10, 60_000, 'A');
  expect(claimed.map((j) => j.key).sort()).toEqual([key, 'card.update:t1|c|12|'].sort());
  expect(await b.jobs.supersede('t1', 'n1', key, { stamp: 'direct-2' })).toBe(1);
  expect((await stamps(a))[key]).toBe('claimed:direct-2');
  // Another network's or a finished row is not reached.
  expect(await b.jobs.supersede('t1', 'n2', key, { stamp: 'x' })).toBe(0);
  await a.jobs.complete(claimed.find((j) => j.key === key)!.id, now);
  expect(await b.jobs.supersede('t1', 'n1', key, { stamp: 'x' })).toBe(0);
  expect((await stamps(a))[key]).toBe('done:direct-2');
}

/** Item 8: a «departed» setting that is not valid JSON is skipped on both dialects, not a failed upgrade. */
const settings: [string, string, string][] = [
  ['t1', 'n1', JSON.stringify([{ id: '29:a' }, { id: '29:b' }])],
  ['t1', 'n2', '[{"id": "29:x"'],
  ['t1', 'n3', 'not json'],
];
async function expectMovedSkippingBroken(store: Store) {
  expect(await hasLeft(store, 't1', 'n1', { id: '29:a' })).toBe(true);
  expect(await hasLeft(store, 't1', 'n1', { id: '29:b' })).toBe(true);
  expect(await hasLeft(store, 't1', 'n2', { id: '29:x' })).toBe(false);
  for (const n of ['n1', 'n2', 'n3']) expect(await store.networks.getSetting('t1', n, 'departed')).toBeNull();
}

describe('review 1 store items: SQLite', () => {
  const withDir = (fn: (dir: string) => Promise<void>) => async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-review1-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it(
    'cancels a planned card update and supersedes a claimed one in one statement',
    withDir(async (dir) => {
      const store = new SqliteStore(join(dir, 'db.sqlite'));
      try {
        await supersedeContract(store, store);
      } finally {
        await store.close();
      }
    }),
  );

  it('migration 0140 skips a setting that is not valid JSON and moves the rest', () =>
    checkSqliteUpgrade(140, t0, (db) => insertSettingsSqlite(db, 'departed', settings), expectMovedSkippingBroken));
});

describe('review 1 store items: PostgreSQL', () => {
  const cluster = clusterPerSuite();

  it('cancels a planned card update and supersedes a claimed one in one statement (two instances)', async () => {
    const url = await cluster.createDatabase();
    const a = await PostgresStore.open(url);
    const b = await PostgresStore.open(url, { migrate: false });
    try {
      await supersedeContract(a, b);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('migration 0140 skips a setting that is not valid JSON and moves the rest', async () => {
    const url = await cluster.createDatabase();
    await postgresBefore(url, 140, (pool) => insertSettingsPostgres(pool, 'departed', settings));
    const store = await PostgresStore.open(url);
    try {
      await expectMovedSkippingBroken(store);
      // Kept in their order, numbered from 0 as on SQLite.
      const probe = createPool(url, { poolSize: 1 });
      const { rows } = await probe
        .query(`SELECT user_id, left_at FROM departed_members WHERE network_id = 'n1' ORDER BY left_at`)
        .finally(() => probe.end());
      expect(rows).toEqual([
        { user_id: '29:a', left_at: '1970-01-01T00:00:00.000000Z' },
        { user_id: '29:b', left_at: '1970-01-01T00:00:00.000001Z' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('a transaction whose ROLLBACK fails does not hand its session, and its locks, back to the pool', async () => {
    const url = await cluster.createDatabase();
    const real = createPool(url, { poolSize: 2 });
    const probe = createPool(url, { poolSize: 1 });
    // The ROLLBACK never reaches the server (a connection cut as it is sent): the session stays in
    // its transaction, holding the advisory xact lock it took.
    const pool = {
      connect: async () => {
        const client = await real.connect();
        const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
        (client as { query: unknown }).query = (...a: unknown[]) =>
          a[0] === 'ROLLBACK' ? Promise.reject(new Error('connection cut')) : query(...a);
        return client;
      },
    } as unknown as pg.Pool;
    try {
      await expect(
        transaction(pool, async (sql) => {
          await sql.get('SELECT pg_advisory_xact_lock(4242)');
          throw new Error('statement failed');
        }),
      ).rejects.toThrow('statement failed');
      // The lock is free once the broken session is gone (its socket is closed; the server ends it).
      // Waited for as an event, not by polling against the wall clock: the probe asks for the same lock
      // and is granted it when the server ends that session. Were the session back in the pool, still in
      // its transaction, the lock would stay held and the wait ends at lock_timeout with an error.
      const waiter = await probe.connect();
      try {
        await waiter.query(`SET lock_timeout = '10s'`);
        await waiter.query('SELECT pg_advisory_lock(4242)');
        const { rows } = await waiter.query<{ n: number }>(
          `SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND granted AND pid <> pg_backend_pid()`,
        );
        expect(rows[0]!.n).toBe(0);
        await waiter.query('SELECT pg_advisory_unlock(4242)');
      } finally {
        waiter.release();
      }
      // And the pool hands out a working session.
      expect((await real.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await real.end();
      await probe.end();
    }
  });
});
