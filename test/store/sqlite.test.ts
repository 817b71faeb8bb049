import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { readMigrations } from '../../src/store/sqlite/database.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { network } from '../support/store-fixtures.ts';

const now = new Date('2026-11-23T08:00:00Z');

describe('SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-store-'));
    store = new SqliteStore(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs in WAL mode with every migration applied once', async () => {
    expect((store.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    const applied = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
      version: number;
    }[];
    expect(applied.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    await store.close();
    store = new SqliteStore(join(dir, 'db.sqlite'));
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(
      applied.length,
    );
  });

  it('stamps migrations and the process lock with the injected clock', async () => {
    const clock = new ManualClock('2031-02-03T04:05:06Z');
    const path = join(dir, 'clocked.sqlite');
    const clocked = new SqliteStore(path, { singleProcess: true, clock });
    try {
      const stamps = clocked.db.prepare('SELECT DISTINCT applied_at FROM schema_migrations').all() as {
        applied_at: string;
      }[];
      expect(stamps).toEqual([{ applied_at: '2031-02-03T04:05:06.000Z' }]);
    } finally {
      await clocked.close();
    }
    // The lock file is held exclusively while the store is open; its row stays after.
    const lock = new DatabaseSync(`${path}.lock`, { readOnly: true });
    try {
      expect({ ...(lock.prepare('SELECT started_at FROM holder').get() as object) }).toEqual({
        started_at: '2031-02-03T04:05:06.000Z',
      });
    } finally {
      lock.close();
    }
  });

  it('carries tenant_id and network_id on every table', () => {
    const tables = (
      store.db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const cols = (store.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols, table).toContain('tenant_id');
      expect(cols, table).toContain('network_id');
    }
  });

  it('upserts networks without duplicates and reports news', async () => {
    expect(await store.networks.upsert(network('t1', 'n1'), now)).toEqual({ created: true, reactivated: false });
    expect(await store.networks.upsert(network('t1', 'n1'), now)).toEqual({ created: false, reactivated: false });
    await store.networks.setActive('t1', 'n1', false, now);
    expect(await store.networks.upsert(network('t1', 'n1'), now)).toEqual({ created: false, reactivated: true });
    expect((await store.networks.listActive('t1')).map((n) => n.networkId)).toEqual(['n1']);
  });

  it('keeps roles per network and tenant', async () => {
    await store.people.setRole('t1', 'n1', { id: 'u1', aadObjectId: 'aad1', name: 'Kari' }, 'leader', now);
    expect(await store.people.roleOf('t1', 'n1', { aadObjectId: 'aad1' })).toBe('leader');
    expect(await store.people.roleOf('t1', 'n2', { id: 'u1' })).toBeNull();
    expect(await store.people.roleOf('t2', 'n1', { id: 'u1' })).toBeNull();
    await store.people.removeRole('t1', 'n1', { id: 'u1' });
    expect(await store.people.roleOf('t1', 'n1', { id: 'u1' })).toBeNull();
  });

  it('numbers tasks per network, keeps a history and finds a person’s open tasks across networks', async () => {
    const by = { id: 'u1', name: 'Kari' };
    const owner = { kind: 'person' as const, id: 'u2', aadObjectId: 'aad2', name: 'Ola' };
    const base = {
      owners: [owner],
      due: '2026-12-10',
      meetingId: null,
      agendaItem: null,
      entryId: null,
      createdBy: by,
    };
    const t1 = await store.tasks.create({ ...base, tenantId: 't1', networkId: 'n1', text: 'Sende søknad' }, now);
    const t2 = await store.tasks.create({ ...base, tenantId: 't1', networkId: 'n1', text: 'Lage budsjett' }, now);
    const t3 = await store.tasks.create({ ...base, tenantId: 't1', networkId: 'n2', text: 'Invitere Bufetat' }, now);
    expect([t1.id, t2.id, t3.id]).toEqual(['T1', 'T2', 'T1']);
    await store.tasks.update('t1', 'n1', 'T1', { type: 'status', from: 'open', to: 'done' }, owner, now);
    expect((await store.tasks.listOpen('t1', 'n1')).map((t) => t.id)).toEqual(['T2']);
    expect(
      (await store.tasks.listOpenForPerson('t1', { aadObjectId: 'aad2' })).map((t) => `${t.networkId}/${t.id}`).sort(),
    ).toEqual(['n1/T2', 'n2/T1']);
    expect(await store.tasks.listOpenForPerson('t2', { aadObjectId: 'aad2' })).toEqual([]);
    expect((await store.tasks.history('t1', 'n1', 'T1')).map((e) => e.change.type)).toEqual(['created', 'status']);
  });

  it('is a real file other connections can read', async () => {
    await store.networks.upsert(network('t1', 'n9'), now);
    const other = new DatabaseSync(join(dir, 'db.sqlite'));
    expect((other.prepare('SELECT COUNT(*) AS n FROM networks').get() as { n: number }).n).toBe(1);
    other.close();
  });

  it('export and erase find every table with tenant and network columns, including one a later migration adds', async () => {
    store.db.exec('CREATE TABLE later_feature (tenant_id TEXT, network_id TEXT, note TEXT)');
    store.db.prepare('INSERT INTO later_feature VALUES (?, ?, ?)').run('t1', 'n1', 'ours');
    store.db.prepare('INSERT INTO later_feature VALUES (?, ?, ?)').run('t1', 'n2', 'theirs');
    store.db.prepare('INSERT INTO later_feature VALUES (?, ?, ?)').run('t2', 'n1', 'other tenant');
    await store.networks.upsert(network('t1', 'n1'), now);
    store.db
      .prepare('INSERT INTO secrets (tenant_id, network_id, name, value, created_at) VALUES (?, ?, ?, ?, ?)')
      .run('t1', 'n1', 'key', 'secret', now.toISOString());
    const out = await store.networkData.export('t1', 'n1');
    expect(out.later_feature).toEqual([{ tenant_id: 't1', network_id: 'n1', note: 'ours' }]);
    expect(out.networks).toHaveLength(1);
    expect(out).not.toHaveProperty('secrets');
    expect(out).not.toHaveProperty('id_sequences');

    const removed = await store.networkData.erase('t1', 'n1');
    expect(removed.later_feature).toBe(1);
    expect(removed).not.toHaveProperty('networks');
    const rest = store.db.prepare('SELECT note FROM later_feature ORDER BY note').all() as { note: string }[];
    expect(rest.map((r) => r.note)).toEqual(['other tenant', 'theirs']);
    expect(await store.networks.get('t1', 'n1')).not.toBeNull();
  });
});
