import { describe, expect, it } from 'vitest';
import { hasLeft } from '../../src/networks/departed.ts';
import type { Store } from '../../src/store/store.ts';
import { clusterPerSuite } from '../support/postgres-suite.ts';
import {
  checkPostgresUpgrade,
  checkSqliteUpgrade,
  insertSettingsPostgres,
  insertSettingsSqlite,
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
  it('SQLite', () => checkSqliteUpgrade(140, t0, (db) => insertSettingsSqlite(db, 'departed', settings), expectMoved));

  describe('PostgreSQL', () => {
    const cluster = clusterPerSuite();

    it('moves them the same way', async () =>
      checkPostgresUpgrade(
        await cluster.createDatabase(),
        140,
        (pool) => insertSettingsPostgres(pool, 'departed', settings),
        expectMoved,
      ));
  });
});
