import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { hasLeft } from '../../src/networks/departed.ts';
import type { Store } from '../../src/store/store.ts';
import { clusterPerSuite } from '../support/postgres-suite.ts';
import {
  insertSettingsPostgres,
  insertSettingsSqlite,
  postgresBefore,
  sqliteBefore,
} from '../support/store-upgrade.ts';

// Migration 0140 moves the leavers kept in the one JSON setting «departed» into rows: everyone
// recorded before the upgrade is still refused after it, by either id, and the setting is gone.

const t0 = '2026-12-01T04:00:00.000Z';
const before = [
  { id: '29:a' },
  { id: '29:b', aadObjectId: 'AAD-B' },
  { aadObjectId: 'aad-c' },
  {}, // nothing to recognise them by: dropped
];
const settings: [string, string, string][] = [
  ['t1', 'n1', JSON.stringify(before)],
  ['t1', 'n2', JSON.stringify({ not: 'a list' })],
];

async function expectMoved(store: Store) {
  expect(await hasLeft(store, 't1', 'n1', { id: '29:a' })).toBe(true);
  expect(await hasLeft(store, 't1', 'n1', { aadObjectId: 'aad-b' })).toBe(true);
  expect(await hasLeft(store, 't1', 'n1', { id: '29:c-new', aadObjectId: 'AAD-C' })).toBe(true);
  expect(await hasLeft(store, 't1', 'n1', { id: '29:d' })).toBe(false);
  expect(await hasLeft(store, 't1', 'n2', { id: '29:a' })).toBe(false);
  expect(await store.networks.getSetting('t1', 'n1', 'departed')).toBeNull();
  expect(await store.networks.getSetting('t1', 'n2', 'departed')).toBeNull();
}

describe('migration 0140: leavers from the setting to rows', () => {
  it('SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-0140-'));
    try {
      const path = join(dir, 'db.sqlite');
      const old = sqliteBefore(path, 140, t0);
      insertSettingsSqlite(old, 'departed', settings);
      old.close();
      const store = new SqliteStore(path);
      try {
        await expectMoved(store);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('PostgreSQL', () => {
    const cluster = clusterPerSuite();

    it('moves them the same way', async () => {
      const url = await cluster.createDatabase();
      await postgresBefore(url, 140, (pool) => insertSettingsPostgres(pool, 'departed', settings));
      const store = await PostgresStore.open(url);
      try {
        await expectMoved(store);
      } finally {
        await store.close();
      }
    });
  });
});
