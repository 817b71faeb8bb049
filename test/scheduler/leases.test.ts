import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { ReliableMessenger } from '../../src/messaging/reliable.ts';
import type { Messenger } from '../../src/messaging/messenger.ts';
import { Scheduler, type JobHandler } from '../../src/scheduler/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';

const log = createLogger('silent');
const plan = (key: string, dueAt = '2026-12-01T08:00:00Z') => ({
  tenantId: 't',
  networkId: 'n',
  key,
  kind: 'k',
  dueAt: new Date(dueAt),
  payload: {},
});

/** A handler whose sends hang until the test lets them go. */
function gate() {
  const started: string[] = [];
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const handler: JobHandler = {
    kind: 'k',
    run: async (job) => {
      started.push(job.key);
      await opened;
    },
  };
  return { handler, started, open: () => open() };
}

describe('short job leases, heartbeats and handing claims back', () => {
  let dir: string;
  let store: SqliteStore;
  let clock: ManualClock;
  const rows = () =>
    store.db.prepare('SELECT key, status, claimed_at, claimed_by, attempts FROM jobs ORDER BY id').all() as {
      key: string;
      status: string;
      claimed_at: string | null;
      claimed_by: string | null;
      attempts: number;
    }[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-lease-'));
    store = new SqliteStore(join(dir, 's.db'));
    clock = new ManualClock('2026-12-01T08:00:00Z');
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a renewed claim holds; one no heartbeat renewed is taken over once the 15 s lease runs out', async () => {
    await store.jobs.plan(plan('a'), clock.now());
    await store.jobs.plan(plan('b'), clock.now());
    const claimed = await store.jobs.claimDue(clock.now(), 10, 15_000, 'alive');
    expect(claimed).toHaveLength(2);
    const id = (key: string) => claimed.find((j) => j.key === key)!.id;
    clock.advance(10_000);
    await store.jobs.renew([id('a')], 'alive', clock.now()); // only 'a' beats
    clock.advance(6_000); // 16 s after the claim, 6 s after the heartbeat
    const taken = await store.jobs.claimDue(clock.now(), 10, 15_000, 'other');
    expect(taken.map((j) => j.key)).toEqual(['b']);
    // The other process's heartbeat cannot renew a claim it no longer holds.
    await store.jobs.renew([id('b')], 'alive', clock.now());
    expect(rows().find((r) => r.key === 'b')!.claimed_by).toBe('other');
    // When the store says the next claimable moment is: 'a' runs out 15 s after its heartbeat.
    expect((await store.jobs.nextClaimable(15_000, 'other'))?.toISOString()).toBe('2026-12-01T08:00:25.000Z');
  });

  it('the scheduler renews the claims of jobs it holds every third of the lease while they run', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await store.jobs.plan(plan('slow'), clock.now());
    const g = gate();
    const s = new Scheduler({ jobs: store.jobs, handlers: [g.handler], clock, log });
    const tick = s.tick();
    await vi.waitFor(() => expect(g.started).toEqual(['slow']));
    clock.advance(60_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(rows()[0]).toMatchObject({ status: 'claimed', claimed_at: '2026-12-01T08:01:00.000Z', claimed_by: s.owner });
    // Another process looking now sees a fresh claim, not an abandoned one.
    expect(await store.jobs.claimDue(clock.now(), 10, 15_000, 'other')).toEqual([]);
    g.open();
    expect((await tick).done).toBe(1);
  });

  it('stop hands back the claimed jobs no send started on at once, and waits for the sends in flight', async () => {
    for (let i = 0; i < 40; i++) await store.jobs.plan(plan(`j${String(i).padStart(2, '0')}`), clock.now());
    const g = gate();
    const s = new Scheduler({ jobs: store.jobs, handlers: [g.handler], clock, log, concurrency: 4 });
    const tick = s.tick();
    await vi.waitFor(() => expect(g.started).toHaveLength(4));
    const stopped = s.stop(5_000);
    await vi.waitFor(() => expect(rows().filter((r) => r.status === 'planned')).toHaveLength(36));
    // Handed back as if never tried: the attempt the claim counted is refunded.
    expect(
      rows()
        .filter((r) => r.status === 'planned')
        .every((r) => r.attempts === 0 && r.claimed_by === null),
    ).toBe(true);
    g.open();
    expect(await stopped).toEqual({ released: 36, cut: 0 });
    expect((await tick).done).toBe(4);
    expect(
      rows()
        .filter((r) => r.status === 'done')
        .map((r) => r.key),
    ).toEqual(['j00', 'j01', 'j02', 'j03']);
    expect(g.started).toHaveLength(4);
  });

  it('stop reports sends still running after the budget as cut, and hands their jobs back too', async () => {
    for (let i = 0; i < 6; i++) await store.jobs.plan(plan(`j${i}`), clock.now());
    const g = gate();
    const s = new Scheduler({ jobs: store.jobs, handlers: [g.handler], clock, log, concurrency: 2 });
    void s.tick();
    await vi.waitFor(() => expect(g.started).toHaveLength(2));
    expect(await s.stop(50)).toEqual({ released: 6, cut: 2 });
    expect(rows().every((r) => r.status === 'planned' && r.claimed_at === null)).toBe(true);
    g.open();
  });

  it('a store opened as the single process hands back the claims a killed process left', async () => {
    await store.jobs.plan(plan('orphan'), clock.now());
    await store.jobs.claimDue(clock.now(), 10, 15_000, 'killed');
    await store.close();
    store = new SqliteStore(join(dir, 's.db'), { singleProcess: true });
    expect(rows()[0]).toMatchObject({ status: 'planned', claimed_at: null, claimed_by: null });
  });

  it('a send waiting out a Retry-After gives up its wait on stop: nothing was sent, so the job is handed back, not cut', async () => {
    await store.jobs.plan(plan('throttled'), clock.now());
    let calls = 0;
    const teams: Messenger = {
      startThread: async () => ({ conversationId: 'c', activityId: 'a' }),
      update: async () => undefined,
      sendToPerson: async () => null,
      send: async () => {
        calls++;
        throw Object.assign(new Error('status 429'), {
          statusCode: 429,
          response: { headers: { get: (h: string) => (h === 'retry-after' ? '30' : undefined) } },
        });
      },
    };
    const messenger = new ReliableMessenger(teams, { store, log });
    const ref = {
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
      conversationId: 'c',
      conversationType: 'channel' as const,
      tenantId: 't',
      botId: 'b',
    };
    const s = new Scheduler({
      jobs: store.jobs,
      handlers: [{ kind: 'k', run: async () => void (await messenger.send(ref, { text: 'x' })) }],
      clock,
      log,
    });
    const tick = s.tick();
    await vi.waitFor(() => expect(calls).toBe(1)); // answered 429, now waiting 30 s
    const t0 = Date.now();
    expect(await s.stop(8_000)).toEqual({ released: 1, cut: 0 });
    expect(Date.now() - t0).toBeLessThan(2_000);
    await tick;
    expect(calls).toBe(1);
    expect(rows()[0]).toMatchObject({ status: 'planned', claimed_by: null, attempts: 0 });
  });
});
