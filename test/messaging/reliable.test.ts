import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  IN_FLIGHT_MARGIN_MS,
  LocalSendWindows,
  SlidingWindows,
  TENANT_LIMITS,
  THREAD_LIMITS,
  type SendWindows,
} from '../../src/messaging/rate-limit.ts';
import { ReliableMessenger } from '../../src/messaging/reliable.ts';
import type { Messenger } from '../../src/messaging/messenger.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

describe('sliding-window limits', () => {
  it('allows 7 sends in a second on one thread, then asks to wait', () => {
    const w = new SlidingWindows(THREAD_LIMITS);
    for (let i = 0; i < 7; i++) expect(w.reserve('thread', 1000 + i)).toBe(0);
    const wait = w.reserve('thread', 1010);
    expect(wait).toBe(1000 - 10);
    // Other threads are not held up by this one.
    expect(w.reserve('other', 1010)).toBe(0);
  });

  it('holds the 8-in-2-seconds and 60-in-30-seconds windows too', () => {
    const w = new SlidingWindows(THREAD_LIMITS);
    let now = 0;
    let sent = 0;
    // Simulate a sender that always waits as told, for 30 simulated seconds.
    while (now < 30_000) {
      const wait = w.reserve('t', now);
      if (wait === 0) sent++;
      now += wait || 1;
    }
    expect(sent).toBeLessThanOrEqual(60);
    expect(sent).toBeGreaterThanOrEqual(55);
  });

  it('keeps a tenant at 30 per second', () => {
    const w = new SlidingWindows(TENANT_LIMITS);
    let granted = 0;
    for (let i = 0; i < 100; i++) if (w.reserve('tenant', 5000) === 0) granted++;
    expect(granted).toBe(30);
  });
});

describe('retry policy with an injected clock', () => {
  const store = {
    networks: { setActive: async () => undefined, listActive: async () => [] },
    deliveries: { record: async () => undefined },
  } as never;
  const failing = (statuses: number[], retryAfter?: string): Messenger => {
    let i = 0;
    const fail = async () => {
      const status = statuses[i++];
      if (status === undefined) return { conversationId: 'c', activityId: 'a' };
      throw Object.assign(new Error(`status ${status}`), {
        statusCode: status,
        response: { headers: { get: (h: string) => (h === 'retry-after' ? retryAfter : undefined) } },
      });
    };
    return { startThread: fail, send: fail, update: fail as never, sendToPerson: fail };
  };
  it('retries 429, 412, 502 and 504 with growing, jittered delays', async () => {
    const waits: number[] = [];
    const m = new ReliableMessenger(failing([429, 412, 502, 504]), {
      store,
      log: createLogger('silent'),
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
      now: () => 0,
    });
    await expect(m.send(ref, { text: 'hei' })).resolves.toEqual({ conversationId: 'c', activityId: 'a' });
    expect(waits).toEqual([375, 750, 1500, 3000]);
  });

  it('honours Retry-After', async () => {
    const waits: number[] = [];
    const m = new ReliableMessenger(failing([429], '7'), {
      store,
      log: createLogger('silent'),
      sleep: async (ms) => void waits.push(ms),
      now: () => 0,
    });
    await m.send(ref, { text: 'hei' });
    expect(waits).toEqual([7000]);
  });

  it('gives up after a bounded number of tries, and at once on a 400', async () => {
    const m = new ReliableMessenger(failing([503, 503, 503, 503, 503, 503, 503]), {
      store,
      log: createLogger('silent'),
      sleep: async () => undefined,
      now: () => 0,
    });
    await expect(m.send(ref, { text: 'x' })).rejects.toThrow('503');
    const bad = new ReliableMessenger(failing([400]), {
      store,
      log: createLogger('silent'),
      sleep: async () => undefined,
      now: () => 0,
    });
    await expect(bad.send(ref, { text: 'x' })).rejects.toThrow('400');
  });
});

const ref = {
  serviceUrl: 'x',
  channelId: 'msteams',
  conversationId: 'c',
  conversationType: 'channel' as const,
  tenantId: 't',
  botId: 'b',
};

describe('the sender under a tenant-wide fan-out, with an injected clock', () => {
  it('never lets more than 30 requests start in any second of one tenant, and waits instead of failing', async () => {
    let now = 0;
    const starts: number[] = [];
    const inner: Messenger = {
      startThread: async () => {
        starts.push(now);
        return { conversationId: 'c', activityId: 'a' };
      },
      send: async () => ({ conversationId: 'c', activityId: 'a' }),
      update: async () => undefined,
      sendToPerson: async () => null,
    };
    const store = { deliveries: { record: async () => undefined } } as never;
    const m = new ReliableMessenger(inner, {
      store,
      log: createLogger('silent'),
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    const network = (i: number) =>
      ({ tenantId: 't', networkId: `n${i}`, channelId: `c${i}`, conversation: { conversationId: `c${i}` } }) as never;
    for (let i = 0; i < 300; i++) await m.startThread(network(i), { text: 'x' });
    expect(starts).toHaveLength(300);
    for (const s of starts) expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(30);
    // Waiting, not idling: 300 sends at 30 per (slightly wide) second take about ten seconds.
    expect(now).toBeLessThan(10 * 1030 + 1);
    expect(now).toBeGreaterThanOrEqual(9 * 1000);
  });

  it('gives a sender that meets a full tenant window its moment ahead: it asks once and sends then', async () => {
    // A virtual timer: sleepers wake in time order, each when the time has come to its moment.
    let now = 0;
    const timers: { at: number; wake: () => void }[] = [];
    const sleep = (ms: number) => new Promise<void>((wake) => timers.push({ at: now + ms, wake }));
    const starts: number[] = [];
    const inner = {
      startThread: async () => (starts.push(now), { conversationId: 'c', activityId: 'a' }),
    } as unknown as Messenger;
    const local = new LocalSendWindows();
    let asked = 0;
    const windows: SendWindows = { reserve: (...a) => (asked++, local.reserve(...a)) };
    const store = { deliveries: { record: async () => undefined } } as never;
    const m = new ReliableMessenger(inner, { store, log: createLogger('silent'), now: () => now, sleep, windows });
    const network = (i: number) =>
      ({ tenantId: 't', networkId: `n${i}`, channelId: `c${i}`, conversation: { conversationId: `c${i}` } }) as never;
    // 90 sends, 16 at a time, as the scheduler's workers send.
    let next = 0;
    const worker = async () => {
      while (next < 90) await m.startThread(network(next++), { text: 'x' });
    };
    let finished = false;
    const all = Promise.all(Array.from({ length: 16 }, worker)).then(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setImmediate(r));
      timers.sort((a, b) => a.at - b.at);
      const t = timers.shift();
      if (!t) continue;
      now = Math.max(now, t.at);
      t.wake();
    }
    await all;
    expect(starts).toHaveLength(90);
    // One reservation per send: no sender asked again when a slot freed.
    expect(asked).toBe(90);
    for (const s of starts) expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(30);
    // Each sent at its booked moment: thirty at once, then a (slightly wide) window on, twice.
    const at = [...new Set(starts)].sort((a, b) => a - b);
    expect(at).toEqual([0, TENANT_LIMITS[0]!.ms, 2 * TENANT_LIMITS[0]!.ms]);
    for (const t of at) expect(starts.filter((x) => x === t)).toHaveLength(30);
  });

  it('gives back a slot booked ahead when its job is stopped while it waits, so the next sender takes that moment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-slot-release-'));
    const sqlite = new SqliteStore(join(dir, 's.db'));
    try {
      const clock = new ManualClock('2026-12-01T08:00:00Z');
      const local = new LocalSendWindows();
      const released: number[] = [];
      const windows: SendWindows = {
        reserve: async (...a) => {
          const slot = await local.reserve(...a);
          const release = slot.release;
          return release ? { ...slot, release: () => (released.push(slot.wait), release()) } : slot;
        },
      };
      // Thirty sends fill the tenant's window at the moment 0 of the senders' time.
      for (let i = 0; i < 30; i++) expect((await local.reserve('t', `c${i}`, 0)).wait).toBe(0);
      let waiting = () => {};
      const asleep = new Promise<void>((r) => (waiting = r));
      const m = new ReliableMessenger(
        { startThread: async () => ({ conversationId: 'c', activityId: 'a' }) } as unknown as Messenger,
        {
          store: sqlite,
          log: createLogger('silent'),
          now: () => 0,
          // The booked moment never comes: the sender is still waiting when the scheduler stops.
          sleep: () => (waiting(), new Promise<void>(() => undefined)),
          windows,
        },
      );
      const net = { tenantId: 't', networkId: 'n', channelId: 'c30', conversation: { conversationId: 'c30' } } as never;
      await sqlite.jobs.plan(
        { tenantId: 't', networkId: 'n', key: 'nudge', kind: 'k', dueAt: clock.now(), payload: {} },
        clock.now(),
      );
      const s = new Scheduler({
        jobs: sqlite.jobs,
        handlers: [{ kind: 'k', run: async () => void (await m.startThread(net, { text: 'x' })) }],
        clock,
        log: createLogger('silent'),
      });
      const tick = s.tick();
      await asleep;
      expect(await s.stop(5_000)).toMatchObject({ cut: 0 });
      await tick;
      // Its slot, one window on, was given back, and the job is planned again untouched.
      expect(released).toEqual([TENANT_LIMITS[0]!.ms + IN_FLIGHT_MARGIN_MS]);
      expect((await sqlite.jobs.list('t', 'n', { status: 'planned' })).map((j) => j.key)).toEqual(['nudge']);
      // The next sender is given that same moment, not the one after it.
      expect(await local.reserve('t', 'c31', 0)).toMatchObject({
        booked: true,
        wait: TENANT_LIMITS[0]!.ms + IN_FLIGHT_MARGIN_MS,
      });
    } finally {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one thread within 7 per second and 8 per two seconds', async () => {
    let now = 0;
    const starts: number[] = [];
    const inner = {
      send: async () => (starts.push(now), { conversationId: 'c', activityId: 'a' }),
    } as unknown as Messenger;
    const store = { deliveries: { record: async () => undefined } } as never;
    const m = new ReliableMessenger(inner, {
      store,
      log: createLogger('silent'),
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    for (let i = 0; i < 20; i++) await m.send(ref, { text: 'x' }, 'thread-1');
    for (const s of starts) {
      expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(7);
      expect(starts.filter((x) => x >= s && x < s + 2000).length).toBeLessThanOrEqual(8);
    }
  });
});

describe('reliable delivery through the connector emulator', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    await t.post(botAddedToTeam(net, person('Kari Nordmann', 1)));
  });
  afterAll(async () => t?.close());

  it('gets a message through 429 without Retry-After and a 500, and records the tries', async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    t.connector.emulator.faults.next({ status: 429 }, { status: 500 });
    const before = t.connector.emulator.calls.length;
    await t.app.services.messenger.startThread(network, { text: 'Påminnelse' });
    const calls = t.connector.emulator.calls.slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 500, 200]);
    // Every try is the sender's own (the connector client's retries are off), so each is booked and recorded.
    const outcomes = (await t.app.services.store.deliveries.list(net.tenantId, net.teamId))
      .slice(-3)
      .map(({ outcome, status, attempts }) => ({ outcome, status, attempts }));
    expect(outcomes).toEqual([
      { outcome: 'retried', status: 429, attempts: 1 },
      { outcome: 'retried', status: 500, attempts: 2 },
      { outcome: 'sent', status: 200, attempts: 3 },
    ]);
  });

  it('lets a 429 with Retry-After be waited out, and records one send', async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    t.connector.emulator.faults.next({ status: 429, retryAfterSeconds: 0 });
    const before = t.connector.emulator.calls.length;
    await t.app.services.messenger.startThread(network, { text: 'Påminnelse med Retry-After' });
    expect(t.connector.emulator.calls.slice(before).map((c) => c.status)).toEqual([429, 200]);
    const last = (await t.app.services.store.deliveries.list(net.tenantId, net.teamId))
      .slice(-2)
      .map(({ outcome, status }) => ({ outcome, status }));
    expect(last).toEqual([
      { outcome: 'retried', status: 429 },
      { outcome: 'sent', status: 200 },
    ]);
  });

  it('makes exactly as many requests as the sender counts when Teams keeps failing', async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    t.connector.emulator.faults.next({ status: 502 }, { status: 504 }, { status: 503 });
    const before = t.connector.emulator.calls.length;
    await t.app.services.messenger.startThread(network, { text: 'Gjennom tre feil' });
    const statuses = t.connector.emulator.calls.slice(before).map((c) => c.status);
    const recorded = (await t.app.services.store.deliveries.list(net.tenantId, net.teamId))
      .slice(-4)
      .map((r) => r.status);
    expect(statuses).toEqual([502, 504, 503, 200]);
    expect(recorded).toEqual(statuses);
  });

  it('records the job key of a send made inside a scheduled job', async () => {
    const { withDeliveryKey } = await import('../../src/messaging/deliveries.ts');
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    await withDeliveryKey('deadline:test:key:0', network.networkId, () =>
      t.app.services.messenger.startThread(network, { text: 'Med nøkkel' }),
    );
    const rows = await t.app.services.store.deliveries.list(net.tenantId, net.teamId, { key: 'deadline:test:key:0' });
    expect(rows.map((r) => r.outcome)).toEqual(['sent']);
  });

  it('marks the installation inactive on 403 and stops', async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    t.connector.emulator.faults.next({ status: 403 });
    await expect(t.app.services.messenger.startThread(network, { text: 'x' })).rejects.toThrow(/403/);
    expect((await t.app.services.store.networks.get(net.tenantId, net.teamId))!.active).toBe(false);
  });
});
