import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { PermanentJobError } from '../../src/jobs/errors.ts';
import { Scheduler, type JobHandler } from '../../src/scheduler/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';

const log = createLogger('silent');
const plan = (key: string, dueAt: string) => ({
  tenantId: 't',
  networkId: 'n',
  key,
  kind: 'k',
  dueAt: new Date(dueAt),
  payload: { key },
});

describe('durable scheduler on a real SQLite file', () => {
  let dir: string;
  let store: SqliteStore;
  let clock: ManualClock;
  const sent: string[] = [];
  const handler: JobHandler = { kind: 'k', run: async (job) => void sent.push(job.key) };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-sched-'));
    store = new SqliteStore(join(dir, 's.db'));
    clock = new ManualClock('2026-12-01T08:00:00Z');
    sent.length = 0;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a job once when it becomes due, and never twice', async () => {
    expect(await store.jobs.plan(plan('a', '2026-12-01T09:00:00Z'), clock.now())).toBe(true);
    expect(await store.jobs.plan(plan('a', '2026-12-01T09:00:00Z'), clock.now())).toBe(false);
    const s = new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log });
    expect(await s.tick()).toEqual({ done: 0, deferred: 0, failed: 0 });
    clock.set('2026-12-01T09:00:00Z');
    expect((await s.tick()).done).toBe(1);
    expect((await s.tick()).done).toBe(0);
    expect(sent).toEqual(['a']);
  });

  it('survives a restart between planning and sending', async () => {
    await store.jobs.plan(plan('b', '2026-12-01T09:00:00Z'), clock.now());
    await store.close();
    store = new SqliteStore(join(dir, 's.db'));
    clock.set('2026-12-02T09:00:00Z');
    await new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log }).tick();
    expect(sent).toEqual(['b']);
  });

  it('takes over a job whose sender died after claiming it, once the lease has run out', async () => {
    await store.jobs.plan(plan('c', '2026-12-01T08:00:00Z'), clock.now());
    const claimed = await store.jobs.claimDue(clock.now(), 10, 60_000);
    expect(claimed).toHaveLength(1);
    const s = new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log, leaseMs: 60_000 });
    expect((await s.tick()).done).toBe(0);
    clock.advance(61_000);
    expect((await s.tick()).done).toBe(1);
    expect(sent).toEqual(['c']);
  });

  it('defers when the handler asks, retries errors with backoff, and stops on permanent errors', async () => {
    let calls = 0;
    const flaky: JobHandler = {
      kind: 'k',
      run: async (job) => {
        calls++;
        if (job.key === 'later' && calls === 1) return { deferUntil: new Date('2026-12-01T10:00:00Z') };
        if (job.key === 'boom') throw new Error('Teams svarte 502');
        if (job.key === 'gone') throw new PermanentJobError('404');
      },
    };
    await store.jobs.plan(plan('later', '2026-12-01T08:00:00Z'), clock.now());
    const s = new Scheduler({ jobs: store.jobs, handlers: [flaky], clock, log });
    expect(await s.tick()).toMatchObject({ deferred: 1 });
    clock.set('2026-12-01T10:00:00Z');
    expect(await s.tick()).toMatchObject({ done: 1 });

    await store.jobs.plan(plan('boom', '2026-12-01T10:00:00Z'), clock.now());
    expect(await s.tick()).toMatchObject({ deferred: 1 });
    const [boom] = await store.jobs.list('t', 'n', { status: 'planned' });
    expect(boom!.dueAt.getTime()).toBe(new Date('2026-12-01T10:01:00Z').getTime());

    await store.jobs.plan(plan('gone', '2026-12-01T10:00:00Z'), clock.now());
    clock.set('2026-12-01T10:00:30Z');
    expect(await s.tick()).toMatchObject({ failed: 1 });
  });

  it('cancels planned jobs by key prefix, within one network only', async () => {
    await store.jobs.plan(plan('deadline:1:30', '2026-12-05T08:00:00Z'), clock.now());
    await store.jobs.plan(plan('deadline:1:7', '2026-12-06T08:00:00Z'), clock.now());
    await store.jobs.plan({ ...plan('deadline:1:x', '2026-12-06T08:00:00Z'), networkId: 'other' }, clock.now());
    expect(await store.jobs.cancel('t', 'n', 'deadline:1:')).toBe(2);
    clock.set('2027-01-01T00:00:00Z');
    await new Scheduler({ jobs: store.jobs, handlers: [handler], clock, log }).tick();
    expect(sent).toEqual(['deadline:1:x']);
  });
});
