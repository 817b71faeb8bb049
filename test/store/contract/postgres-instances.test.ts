import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, migrate, readPgMigrations } from '../../../src/store/postgres/database.ts';
import { PostgresStore } from '../../../src/store/postgres/index.ts';
import { JOBS_CHANNEL, PgListener } from '../../../src/store/postgres/notify.ts';
import { readMigrations } from '../../../src/store/sqlite/database.ts';
import { openStore } from '../../../src/store/open.ts';
import { startPostgres, type PgCluster } from '../../support/postgres.ts';

const now = new Date('2026-11-23T08:00:00Z');
const kari = { id: 'u1', name: 'Kari' };

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

describe('PostgreSQL store: migrations', () => {
  it('has a PostgreSQL twin, same number and name, for every SQLite migration', () => {
    const names = (ms: { version: number; name: string }[]) => ms.map((m) => `${m.version}_${m.name}`);
    expect(names(readPgMigrations())).toEqual(names(readMigrations()));
  });

  it('applies each migration once when instances start together, under the advisory lock', async () => {
    const url = await cluster.createDatabase();
    const pools = [createPool(url), createPool(url), createPool(url)];
    try {
      const runs = await Promise.all(pools.map((p) => migrate(p)));
      const all = readPgMigrations().map((m) => m.version);
      expect(runs.flat().sort((a, b) => a - b)).toEqual(all);
      expect(runs.filter((r) => r.length > 0).length).toBe(1);
      const rows = (
        await pools[0]!.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      ).rows;
      expect(rows.map((r) => r.version)).toEqual(all);
      expect(await migrate(pools[1]!)).toEqual([]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('gives every table tenant_id and network_id, and the bot role is no superuser', async () => {
    const store = await PostgresStore.open(await cluster.createDatabase());
    try {
      const tables = (
        await store.pool.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY 1`,
        )
      ).rows.map((r) => r.table_name);
      expect(tables.length).toBeGreaterThan(10);
      expect(await store.networkData.tables()).toEqual(tables);
      const role = (
        await store.pool.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')
      ).rows[0]!;
      expect(role.rolsuper).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL store: connections', () => {
  it('is what openStore opens for a postgres:// target, migrated on open', async () => {
    const store = await openStore({ kind: 'postgres', url: await cluster.createDatabase() }, { poolSize: 2 });
    try {
      expect(store).toBeInstanceOf(PostgresStore);
      await store.ping();
      expect(
        await store.networks.upsert(
          {
            tenantId: 't',
            networkId: 'n',
            scope: 'groupChat',
            name: 'x',
            teamId: null,
            channelId: null,
            conversation: {
              serviceUrl: 'http://x/',
              channelId: 'msteams',
              conversationId: 'c',
              conversationType: 'groupChat',
              tenantId: 't',
              botId: 'b',
            },
            active: true,
            installedBy: null,
          },
          now,
        ),
      ).toEqual({ created: true, reactivated: false });
    } finally {
      await store.close();
    }
  });

  it('sets a statement timeout on every connection and honours the pool size', async () => {
    const url = await cluster.createDatabase();
    const store = await PostgresStore.open(url, { statementTimeoutMs: 300, poolSize: 3 });
    try {
      expect(
        (await store.pool.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]!.statement_timeout,
      ).toBe('300ms');
      await expect(store.pool.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
      const held = await Promise.all([store.pool.connect(), store.pool.connect(), store.pool.connect()]);
      expect(store.pool.totalCount).toBe(3);
      const fourth = store.pool.connect();
      expect(store.pool.waitingCount).toBe(1);
      held[0]!.release();
      (await fourth).release();
      for (const c of held.slice(1)) c.release();
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL store: two instances on one database', () => {
  let url: string;
  let a: PostgresStore;
  let b: PostgresStore;
  beforeAll(async () => {
    url = await cluster.createDatabase();
    [a, b] = await Promise.all([
      PostgresStore.open(url, { applicationName: 'a' }),
      PostgresStore.open(url, { applicationName: 'b' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('never hands one job to both, however the claims interleave', async () => {
    for (let i = 0; i < 60; i++)
      await a.jobs.plan(
        { tenantId: 't1', networkId: `n${i % 3}`, key: `fan:${i}`, kind: 'nudge', dueAt: now, payload: null },
        now,
      );
    const claimed: { by: string; key: string }[] = [];
    const worker = async (store: PostgresStore, owner: string) => {
      for (;;) {
        const jobs = await store.jobs.claimDue(now, 4, 60_000, owner);
        if (!jobs.length) return;
        claimed.push(...jobs.map((j) => ({ by: owner, key: j.key })));
        for (const j of jobs) await store.jobs.complete(j.id, now);
      }
    };
    await Promise.all([worker(a, 'A'), worker(b, 'B'), worker(a, 'A2'), worker(b, 'B2')]);
    expect(claimed.length).toBe(60);
    expect(new Set(claimed.map((c) => c.key)).size).toBe(60);
    expect(new Set(claimed.map((c) => c.by)).size).toBeGreaterThan(1);
  });

  it('hands out task, meeting and entry ids once across instances', async () => {
    const task = {
      tenantId: 't1',
      networkId: 'n1',
      text: 'x',
      owners: [],
      due: null,
      meetingId: null,
      agendaItem: null,
      entryId: null,
      createdBy: kari,
    };
    const tasks = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).tasks.create(task, now)));
    expect(new Set(tasks.map((t) => t.id)).size).toBe(16);
    const entryIds = await Promise.all(
      Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).meetings.nextEntryId('t1', 'n1')),
    );
    expect(new Set(entryIds).size).toBe(16);
  });

  it('serves one meeting alternately: every entry once, in order', async () => {
    const started = await a.meetings.start({
      tenantId: 't1',
      networkId: 'n9',
      date: '2026-11-27',
      title: 'Møte',
      agenda: [],
      thread: null,
      startedBy: kari,
      startedAt: now.toISOString(),
    });
    await expect(
      b.meetings.start({
        tenantId: 't1',
        networkId: 'n9',
        date: '2026-11-27',
        title: 'Møte',
        agenda: [],
        thread: null,
        startedBy: kari,
        startedAt: now.toISOString(),
      }),
    ).rejects.toThrow();
    for (let i = 0; i < 10; i++) await (i % 2 ? a : b).meetings.append('t1', 'n9', started.id, { i });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).meetings.append('t1', 'n9', started.id, { i: 10 + i })),
    );
    const entries = (await b.meetings.entries('t1', 'n9', started.id)) as { i: number }[];
    expect(entries.slice(0, 10).map((e) => e.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(entries.map((e) => e.i).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

/** Payloads in arrival order; next() resolves with the following one. */
function inbox() {
  const got: string[] = [];
  const waiting: ((p: string) => void)[] = [];
  return {
    push: (p: string) => (waiting.length ? waiting.shift()!(p) : got.push(p)),
    next: () => new Promise<string>((resolve) => (got.length ? resolve(got.shift()!) : waiting.push(resolve))),
  };
}

describe('PostgreSQL store: waking other instances', () => {
  it('tells listeners when jobs are planned, moved, deferred or handed back, and only then', async () => {
    const url = await cluster.createDatabase();
    const a = await PostgresStore.open(url);
    const listener = await PgListener.start(url);
    const box = inbox();
    await listener.listen(JOBS_CHANNEL, box.push);
    try {
      const job = (key: string, at: string) => ({
        tenantId: 't1',
        networkId: 'n1',
        key,
        kind: 'nudge',
        dueAt: new Date(at),
        payload: null,
      });
      expect(await a.jobs.plan(job('k1', '2026-12-01T08:00:00Z'), now)).toBe(true);
      expect(await box.next()).toBe('2026-12-01T08:00:00.000Z');
      // A key planned again changes nothing and says nothing: the next word is the replan's.
      expect(await a.jobs.plan(job('k1', '2026-12-02T08:00:00Z'), now)).toBe(false);
      await a.jobs.replan(job('k1', '2026-11-30T08:00:00Z'), now);
      expect(await box.next()).toBe('2026-11-30T08:00:00.000Z');
      const [claimed] = await a.jobs.claimDue(new Date('2026-11-30T08:00:00Z'), 1, 60_000, 'A');
      await a.jobs.defer(claimed!.id, new Date('2026-11-30T09:00:00Z'), '429');
      expect(await box.next()).toBe('2026-11-30T09:00:00.000Z');
      const [again] = await a.jobs.claimDue(new Date('2026-11-30T09:00:00Z'), 1, 60_000, 'A');
      expect(await a.jobs.release([again!.id], 'A', true)).toBe(1);
      expect(await box.next()).toBe('2026-11-30T09:00:00.000Z');
    } finally {
      await listener.close();
      await a.close();
    }
  });

  it('listens again after its connection is cut, and says so (notifications in the gap are lost)', async () => {
    const url = await cluster.createDatabase();
    const a = await PostgresStore.open(url);
    let reconnected!: () => void;
    const back = new Promise<void>((resolve) => (reconnected = resolve));
    const listener = await PgListener.start(url, { reconnectMs: 20, onReconnect: () => reconnected() });
    const box = inbox();
    await listener.listen(JOBS_CHANNEL, box.push);
    try {
      const cut = await a.pool.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'nettverksboten-listen' AND datname = current_database()`,
      );
      expect(cut.rows).toEqual([{ ok: true }]);
      await back;
      await a.jobs.plan(
        { tenantId: 't1', networkId: 'n1', key: 'after', kind: 'nudge', dueAt: now, payload: null },
        now,
      );
      expect(await box.next()).toBe(now.toISOString());
    } finally {
      await listener.close();
      await a.close();
    }
  });

  it('refuses a channel name that is not a plain identifier', async () => {
    const listener = await PgListener.start(await cluster.createDatabase());
    try {
      await expect(listener.listen('jobs; DROP TABLE jobs', () => {})).rejects.toThrow(/invalid channel/);
    } finally {
      await listener.close();
    }
  });
});
