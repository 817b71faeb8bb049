import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import type { Job, JobRepository } from '../../src/scheduler/jobs.ts';
import { Scheduler, type JobHandler } from '../../src/scheduler/scheduler.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';

const log = createLogger('silent');
const plan = (tenantId: string, key: string, dueAt: Date) => ({
  tenantId,
  networkId: `n-${key}`,
  key,
  kind: 'k',
  dueAt,
  payload: {},
});

/**
 * A handler whose sends for `blocked` wait until `open()`, as sends wait on a tenant's full send
 * window; `seen(tenant, n)` resolves once n jobs of that tenant have finished.
 */
function gatedSender(blocked: string) {
  const done: Job[] = [];
  const started: Job[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const waiters: { tenant: string; n: number; resolve: () => void }[] = [];
  const count = (tenant: string) => done.filter((j) => j.tenantId === tenant).length;
  const handler: JobHandler = {
    kind: 'k',
    run: async (job) => {
      started.push(job);
      if (job.tenantId === blocked) await gate;
      done.push(job);
      for (const w of waiters.filter((w) => count(w.tenant) >= w.n)) w.resolve();
    },
  };
  const seen = (tenant: string, n: number) =>
    new Promise<void>((resolve) => (count(tenant) >= n ? resolve() : waiters.push({ tenant, n, resolve })));
  return { handler, done, started, seen, open: () => open() };
}

describe('claims spread over tenants where instances share the send windows (PostgreSQL)', () => {
  let cluster: PgCluster;
  let a: PostgresStore;
  let b: PostgresStore;
  let clock: ManualClock;
  const schedulers: Scheduler[] = [];

  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  beforeEach(async () => {
    const url = await cluster.createDatabase();
    a = await PostgresStore.open(url);
    b = await PostgresStore.open(url, { migrate: false });
    clock = new ManualClock('2026-12-01T08:00:00Z');
  });
  afterEach(async () => {
    for (const s of schedulers.splice(0)) await s.stop(1000);
    await a.close();
    await b.close();
  });

  it('a tenant whose window is full holds no more claims: the other tenant is sent meanwhile, its rest stays for any instance', async () => {
    // t1's six are due before t2's six, so a claim in due order fills every worker with t1's.
    const now = clock.now();
    for (let i = 0; i < 6; i++) await a.jobs.plan(plan('t1', `a${i}`, new Date(now.getTime() - 60_000 + i)), now);
    for (let i = 0; i < 6; i++) await a.jobs.plan(plan('t2', `b${i}`, new Date(now.getTime() - 30_000 + i)), now);
    const sender = gatedSender('t1');
    const s = new Scheduler({ jobs: a.jobs, handlers: [sender.handler], clock, log, perTenant: 2, concurrency: 4 });
    schedulers.push(s);
    const ticked = s.tick();
    // Every t2 job is sent while t1's first two wait on their window.
    await sender.seen('t2', 6);
    expect(sender.done.filter((j) => j.tenantId === 't1')).toEqual([]);
    expect(sender.started.map((j) => j.key).slice(0, 2)).toEqual(['a0', 'b0']);
    // t1 holds only the two it is waiting to send; its other four stay planned, and another
    // instance asking now gets none of them (t1's room is taken), nor anything of t2's (done).
    expect((await a.jobs.list('t1', 'n-a0', { status: 'claimed' })).length).toBe(1);
    const t1 = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => a.jobs.list('t1', `n-a${i}`)));
    expect(t1.map(([j]) => j!.status)).toEqual(['claimed', 'claimed', 'planned', 'planned', 'planned', 'planned']);
    expect(await b.jobs.claimDue(clock.now(), 100, 15_000, 'other', { perTenant: 2 })).toEqual([]);
    sender.open();
    expect(await ticked).toEqual({ done: 12, deferred: 0, failed: 0 });
    expect(sender.done.filter((j) => j.tenantId === 't1').map((j) => j.key)).toEqual([
      'a0',
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
    ]);
  });

  it('a stop hands back at once the claimed jobs no worker has started, and lets the running one finish', async () => {
    const now = clock.now();
    for (let i = 0; i < 4; i++) await a.jobs.plan(plan('t1', `a${i}`, new Date(now.getTime() - 60_000 + i)), now);
    const sender = gatedSender('t1');
    const s = new Scheduler({ jobs: a.jobs, handlers: [sender.handler], clock, log, perTenant: 3, concurrency: 1 });
    const ticked = s.tick();
    while (sender.started.length === 0) await new Promise((r) => setImmediate(r));
    const stopped = s.stop(5_000);
    // a1 and a2 were claimed and queued behind a0: back to planned, their attempt refunded.
    const back = async () => (await Promise.all([1, 2, 3].map((i) => a.jobs.list('t1', `n-a${i}`)))).map(([j]) => j!);
    let queued = await back();
    while (queued.some((j) => j.status !== 'planned')) {
      await new Promise((r) => setImmediate(r));
      queued = await back();
    }
    expect(queued.map((j) => j.attempts)).toEqual([0, 0, 0]);
    sender.open();
    expect(await stopped).toEqual({ released: 2, cut: 0 });
    expect(await ticked).toEqual({ done: 1, deferred: 0, failed: 0 });
    expect((await a.jobs.list('t1', 'n-a0'))[0]!.status).toBe('done');
    expect(sender.started.map((j) => j.key)).toEqual(['a0']);
  });

  it('defaults to the store’s cap, and two instances draining together send every job once', async () => {
    expect(a.jobs.claimsPerTenant).toBe(30);
    const now = clock.now();
    for (const tenant of ['t1', 't2', 't3'])
      for (let i = 0; i < 50; i++) await a.jobs.plan(plan(tenant, `${tenant}-${i}`, now), now);
    const ran: string[] = [];
    const handler: JobHandler = { kind: 'k', run: async (job) => void ran.push(job.key) };
    const [sa, sb] = [a, b].map((store) => new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log }));
    schedulers.push(sa!, sb!);
    const [ra, rb] = await Promise.all([sa!.tick(), sb!.tick()]);
    // Whatever one left while the other held the room, a second tick takes.
    const rest = await Promise.all([sa!.tick(), sb!.tick()]);
    const total = [ra!, rb!, ...rest].reduce((n, r) => n + r.done, 0);
    expect(total).toBe(150);
    expect(ran.length).toBe(150);
    expect(new Set(ran).size).toBe(150);
  });
});

describe('one process on SQLite', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-spread-'));
    store = new SqliteStore(join(dir, 's.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps claiming in due order, a batch at a time, unless told to spread', async () => {
    expect((store.jobs as JobRepository).claimsPerTenant).toBeUndefined();
    const clock = new ManualClock('2026-12-01T08:00:00Z');
    const now = clock.now();
    for (let i = 0; i < 3; i++) await store.jobs.plan(plan('t1', `a${i}`, new Date(now.getTime() - 60_000 + i)), now);
    for (let i = 0; i < 3; i++) await store.jobs.plan(plan('t2', `b${i}`, new Date(now.getTime() - 30_000 + i)), now);
    const order: string[] = [];
    const handler: JobHandler = { kind: 'k', run: async (job) => void order.push(job.key) };
    await new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log, concurrency: 1 }).tick();
    expect(order).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'b2']);
    for (let i = 3; i < 6; i++) await store.jobs.plan(plan('t1', `a${i}`, new Date(now.getTime() - 60_000 + i)), now);
    for (let i = 3; i < 6; i++) await store.jobs.plan(plan('t2', `b${i}`, new Date(now.getTime() - 30_000 + i)), now);
    order.length = 0;
    const spread = new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log, concurrency: 1, perTenant: 2 });
    expect(await spread.tick()).toEqual({ done: 6, deferred: 0, failed: 0 });
    expect(order).toEqual(['a3', 'b3', 'a4', 'b4', 'a5', 'b5']);
  });
});
