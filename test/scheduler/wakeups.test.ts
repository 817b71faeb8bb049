import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import type { Job, JobRepository } from '../../src/scheduler/jobs.ts';
import { Scheduler, type JobHandler } from '../../src/scheduler/scheduler.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const log = createLogger('silent');
/** Far longer than any test may take: a scheduler that waits for its interval fails the test by timeout. */
const INTERVAL = 10 * 60_000;
const plan = (key: string, dueAt: Date) => ({ tenantId: 't', networkId: 'n', key, kind: 'k', dueAt, payload: {} });

/** A handler that records each job and resolves `seen(n)` once n jobs ran. */
function recorder() {
  const ran: Job[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const handler: JobHandler = {
    kind: 'k',
    run: async (job) => {
      ran.push(job);
      for (const w of waiters.filter((w) => ran.length >= w.n)) w.resolve();
    },
  };
  const seen = (n: number) =>
    new Promise<void>((resolve) => (ran.length >= n ? resolve() : waiters.push({ n, resolve })));
  return { handler, ran, seen };
}

/**
 * Listens on the store's job news; `heard` resolves with the next due time reported, after every
 * earlier listener (the scheduler's) has run. Wrapped in an object: an awaited promise would be
 * flattened into the news itself.
 */
async function nextNews(store: PostgresStore): Promise<{ heard: Promise<Date | null> }> {
  let resolve!: (d: Date | null) => void;
  const heard = new Promise<Date | null>((r) => (resolve = r));
  const stop = await store.jobs.onDue((due) => {
    stop();
    resolve(due);
  });
  return { heard };
}

describe('scheduler wake-ups across instances (LISTEN/NOTIFY)', () => {
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
    b = await PostgresStore.open(url);
    clock = new ManualClock('2026-12-01T08:00:00Z');
  });
  afterEach(async () => {
    for (const s of schedulers.splice(0)) await s.stop(1000);
    await a.close();
    await b.close();
  });
  const scheduler = (store: PostgresStore, handler: JobHandler, opts: { concurrency?: number } = {}) => {
    const s = new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log, ...opts });
    schedulers.push(s);
    return s;
  };

  it('a job another instance plans for now runs at once, not at the next tick', async () => {
    const rec = recorder();
    const sb = scheduler(b, rec.handler);
    sb.start(INTERVAL);
    await sb.listening;
    expect(await b.jobs.plan(plan('now-1', clock.now()), clock.now())).toBe(true);
    // Planned through instance A's store: B hears of it and ticks.
    await a.jobs.plan(plan('now-2', clock.now()), clock.now());
    await rec.seen(2);
    expect(rec.ran.map((j) => j.key).sort()).toEqual(['now-1', 'now-2']);
  });

  it('a job moved to sooner than the next tick moves the tick to its due time; a later one leaves it', async () => {
    const sb = scheduler(b, recorder().handler);
    sb.start(INTERVAL);
    await sb.listening;
    // The first tick found nothing; the next one waits the whole interval.
    const idle = await sb.settled();
    expect(idle.getTime()).toBe(clock.now().getTime() + INTERVAL);

    const in30s = new Date(clock.now().getTime() + 30_000);
    let news = await nextNews(b);
    await a.jobs.plan(plan('soon', new Date(clock.now().getTime() + 5 * 60 * 60_000)), clock.now());
    expect((await news.heard)!.getTime()).toBe(clock.now().getTime() + 5 * 60 * 60_000);
    expect(sb.nextTickAt()).toEqual(idle); // due after the next tick: nothing changes

    news = await nextNews(b);
    await a.jobs.replan(plan('soon', in30s), clock.now());
    expect(await news.heard).toEqual(in30s);
    expect(sb.nextTickAt()).toEqual(in30s);
  });

  it('claims a shutting-down instance hands back are taken by a peer at once', async () => {
    for (let i = 1; i <= 3; i++) await a.jobs.plan(plan(`job-${i}`, clock.now()), clock.now());
    // A runs one job at a time; the first hangs until the test lets it go.
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    let firstStarted!: () => void;
    const started = new Promise<void>((r) => (firstStarted = r));
    const ranOnA: string[] = [];
    const sa = scheduler(
      a,
      {
        kind: 'k',
        run: async (job) => {
          ranOnA.push(job.key);
          firstStarted();
          await hanging;
        },
      },
      { concurrency: 1 },
    );
    const tickA = sa.tick();
    await started;

    const rec = recorder();
    const sb = scheduler(b, rec.handler);
    sb.start(INTERVAL);
    await sb.listening;
    await sb.settled(); // A holds every claim with a fresh lease: nothing for B yet
    expect(rec.ran).toHaveLength(0);

    const stopped = sa.stop(60_000);
    await rec.seen(2);
    expect(rec.ran.map((j) => j.key).sort()).toEqual(['job-2', 'job-3']);
    release();
    expect(await stopped).toEqual({ released: 2, cut: 0 });
    await tickA;
    await sb.settled(); // B's tick has marked its jobs done
    expect(ranOnA).toEqual(['job-1']);
    expect((await a.jobs.list('t', 'n', { status: 'done' })).map((j) => j.key).sort()).toEqual([
      'job-1',
      'job-2',
      'job-3',
    ]);
  });

  it('keeps no listener on a store that never asks, and stops listening when stopped', async () => {
    const rows = async () =>
      (
        await a.pool.query<{ n: number }>(
          `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE application_name = 'nettverksboten-listen' AND datname = current_database()`,
        )
      ).rows[0]!.n;
    expect(await rows()).toBe(0);
    const sb = scheduler(b, recorder().handler);
    sb.start(INTERVAL);
    await sb.listening;
    expect(await rows()).toBe(1);
  });
});

describe('scheduler on SQLite (one process)', () => {
  it('has no peers to listen to, and ticks as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-wake-'));
    const store = new SqliteStore(join(dir, 's.db'));
    try {
      expect((store.jobs as JobRepository).onDue).toBeUndefined();
      const clock = new ManualClock('2026-12-01T08:00:00Z');
      const rec = recorder();
      const s = new Scheduler({ jobs: store.jobs, handlers: [rec.handler], clock, log });
      await store.jobs.plan(plan('x', clock.now()), clock.now());
      s.start(INTERVAL);
      await s.listening;
      await rec.seen(1);
      await s.stop(1000);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
