import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CachingDatabase, openSqlite } from '../../src/store/sqlite/database.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { network } from '../support/store-fixtures.ts';

// node:sqlite compiles SQL on every prepare(); the repositories prepare where they run, so without
// a cache the same statements were compiled again on every message (issue #14).
describe('prepared statements', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-stmt-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are compiled once per SQL text and give right answers when reused with other parameters', () => {
    const db = new CachingDatabase(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
    expect(db.prepare(insert)).toBe(db.prepare(insert));
    for (let i = 0; i < 5; i++) db.prepare(insert).run(`k${i}`, i * 10);
    const get = 'SELECT v FROM t WHERE k = ?';
    expect(db.prepare(get).get('k3')).toEqual({ v: 30 });
    expect(db.prepare(get).get('k1')).toEqual({ v: 10 });
    expect(db.prepare(get).get('nope')).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 5 });
    expect(db.cachedStatements).toBe(3);
    db.close();
  });

  it('keep at most the bound, dropping the least recently used (SQL built with a varying IN list cannot grow it without end)', () => {
    const db = new CachingDatabase(':memory:', 3);
    const a = db.prepare('SELECT 1');
    const b = db.prepare('SELECT 2');
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).toBe(a); // used again: now the most recent
    db.prepare('SELECT 4'); // evicts SELECT 2
    expect(db.cachedStatements).toBe(3);
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
    expect(db.prepare('SELECT 2').get()).toEqual({ 2: 2 });
    db.close();
  });

  it('are what the store runs on: a repository call reuses the statement it compiled the first time', async () => {
    const store = new SqliteStore(join(dir, 'db.sqlite'), { clock: new ManualClock('2026-11-23T08:00:00Z') });
    try {
      expect(store.db).toBeInstanceOf(CachingDatabase);
      const db = store.db as CachingDatabase;
      const n = network('t1', 'n1');
      await store.networks.upsert(n, new Date('2026-11-23T08:00:00Z'));
      await store.networks.get(n.tenantId, n.networkId);
      const after = db.cachedStatements;
      for (let i = 0; i < 20; i++) expect((await store.networks.get(n.tenantId, n.networkId))?.name).toBe(n.name);
      expect(db.cachedStatements).toBe(after);
    } finally {
      await store.close();
    }
  });

  it('openSqlite gives the caching database', () => {
    const db = openSqlite(join(dir, 'open.sqlite'), new ManualClock('2026-11-23T08:00:00Z'));
    expect(db).toBeInstanceOf(CachingDatabase);
    db.close();
  });
});
