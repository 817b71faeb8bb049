import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { RecordedCall } from '../../src/dev/connector/emulator.ts';
import { createLogger } from '../../src/log.ts';
import type { Messenger } from '../../src/messaging/messenger.ts';
import { IN_FLIGHT_MARGIN_MS, LocalSendWindows, type Slot } from '../../src/messaging/rate-limit.ts';
import { ReliableMessenger } from '../../src/messaging/reliable.ts';
import type { Network } from '../../src/networks/network.ts';
import type { PostgresStore } from '../../src/store/postgres/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startConnectorEmulator } from '../support/connector-emulator.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';

const TENANT = '40000000-0000-4000-8000-000000000004';
const PER_INSTANCE = 45;
const now = new Date('2026-12-01T08:00:00Z');

const networkOf = (serviceUrl: string, i: number): Network => ({
  tenantId: TENANT,
  networkId: `19:win-team-${i}@thread.tacv2`,
  scope: 'team',
  name: `Nettverk ${i}`,
  teamId: `19:win-team-${i}@thread.tacv2`,
  channelId: `19:win-channel-${i}@thread.tacv2`,
  conversation: {
    serviceUrl,
    channelId: 'msteams',
    conversationId: `19:win-channel-${i}@thread.tacv2`,
    conversationType: 'channel',
    tenantId: TENANT,
    botId: '28:bot',
  },
  active: true,
  installedBy: null,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

/** Sends each network's new thread with `width` sends at once, as the scheduler's workers do. */
async function fanOut(m: Messenger, networks: Network[], width = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < networks.length) await m.startThread(networks[next++]!, { text: 'Påminnelse' });
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** The most requests that reached Teams for the tenant in any one second. */
const busiestSecond = (calls: RecordedCall[]) =>
  Math.max(...calls.map((c) => calls.filter((d) => d.at >= c.at && d.at < c.at + 1000).length));

/** The most of `times` (ms) in any window of `ms` starting at one of them. */
const busiest = (times: number[], ms: number) =>
  Math.max(0, ...times.map((s) => times.filter((x) => x >= s && x < s + ms).length));

/**
 * Teams counts 30 requests per second per app per tenant, whatever the number of processes. The
 * emulator enforces that count (429 beyond it); two instances each booking their own windows send
 * up to twice that.
 */
describe('Teams send windows shared by two instances on one PostgreSQL database', () => {
  let cluster: PgCluster;
  let connector: Awaited<ReturnType<typeof startConnectorEmulator>>;
  let url: string;
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    cluster = await startPostgres();
    connector = await startConnectorEmulator();
    url = await cluster.createDatabase();
    for (const name of ['a', 'b']) {
      const config = loadConfig({
        PORT: '0',
        DATABASE_URL: url,
        PG_POOL_SIZE: '4',
        INSTANCE_ID: name,
        LOG_LEVEL: 'silent',
      });
      apps.push(
        await startApp({
          config,
          log: createLogger('silent'),
          clock: new ManualClock(now),
          host: '127.0.0.1',
          schedulerIntervalMs: 0,
        }),
      );
    }
    for (let i = 0; i < 2 * PER_INSTANCE; i++)
      await apps[0]!.services.store.networks.upsert(networkOf(connector.url, i), now);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await connector?.close();
    await cluster?.stop();
  });

  it('keeps the tenant within 30 requests a second: the two instances never book more than 30 in a window', async () => {
    const em = connector.emulator;
    em.reset();
    em.faults.enforceTeamsLimits(true);
    const store = apps[0]!.services.store as PostgresStore;
    // Every slot as it was booked (settling later moves a booking to its answer time): the rule is
    // about these, whichever instance booked them. A test-only copy made by a trigger.
    await store.pool.query(`
      CREATE TABLE booked_slots (tenant_id TEXT NOT NULL, at TIMESTAMPTZ NOT NULL);
      CREATE FUNCTION copy_booked_slot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.bucket = '' THEN INSERT INTO booked_slots VALUES (NEW.tenant_id, NEW.at); END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER copy_booked_slot AFTER INSERT ON send_window_hits FOR EACH ROW EXECUTE FUNCTION copy_booked_slot();
    `);
    const nets = Array.from({ length: 2 * PER_INSTANCE }, (_, i) => networkOf(connector.url, i));
    await Promise.all([
      fanOut(apps[0]!.services.messenger, nets.slice(0, PER_INSTANCE)),
      fanOut(apps[1]!.services.messenger, nets.slice(PER_INSTANCE)),
    ]);
    const created = em.calls.filter((c) => c.kind === 'create');
    expect(created.filter((c) => c.status === 200)).toHaveLength(2 * PER_INSTANCE);
    expect(busiestSecond(created.filter((c) => c.status === 200))).toBeLessThanOrEqual(30);
    // The two instances together never booked more than 30 requests in a tenant window. (How many
    // 429s the emulator gives depends on when each request arrives, which a loaded machine delays;
    // a retried 429 is counted among the bookings, so it cannot hide here.)
    const { rows: booked } = await store.pool.query<{ at: number }>(
      `SELECT extract(epoch FROM at)::float8 * 1000 AS at FROM booked_slots WHERE tenant_id = $1`,
      [TENANT],
    );
    expect(booked.length).toBeGreaterThanOrEqual(2 * PER_INSTANCE);
    expect(
      busiest(
        booked.map((r) => r.at),
        1030,
      ),
    ).toBeLessThanOrEqual(30);
    // The store holds the bookings, one tenant row and one thread row per request.
    const { rows } = await store.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM send_window_hits WHERE tenant_id = $1 AND bucket <> ''`,
      [TENANT],
    );
    expect(rows[0]!.n).toBe(created.length);
  });

  it('where each instance counts only its own sends (windows in memory), the two book twice the budget at once', async () => {
    const em = connector.emulator;
    em.reset();
    em.faults.enforceTeamsLimits(true);
    const nets = Array.from({ length: 2 * PER_INSTANCE }, (_, i) => networkOf(connector.url, 100 + i));
    // The inner messenger is the plain HTTP call the Teams messenger makes for a new channel thread.
    const http: Messenger = {
      async startThread(n) {
        const res = await fetch(`${connector.url}v3/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            isGroup: true,
            channelData: { channel: { id: n.channelId }, tenant: { id: n.tenantId } },
            activity: { type: 'message', text: 'x' },
            tenantId: n.tenantId,
          }),
        });
        if (!res.ok) throw Object.assign(new Error(`status ${res.status}`), { statusCode: res.status });
        const body = (await res.json()) as { id: string };
        return { conversationId: body.id, activityId: '' };
      },
      send: async () => ({ conversationId: '', activityId: '' }),
      update: async () => undefined,
      sendToPerson: async () => null,
    };
    const store = apps[0]!.services.store;
    const separate = () =>
      new ReliableMessenger(http, { store, log: createLogger('silent'), windows: new LocalSendWindows() });
    await Promise.all([fanOut(separate(), nets.slice(0, PER_INSTANCE)), fanOut(separate(), nets.slice(PER_INSTANCE))]);
    const created = em.calls.filter((c) => c.kind === 'create');
    // Whatever Teams refused (429, how many depends on when requests arrive) was sent again until it went through.
    expect(created.filter((c) => c.status === 200)).toHaveLength(2 * PER_INSTANCE);
    expect(created.every((c) => c.status === 200 || c.status === 429)).toBe(true);
    // The rule itself, without the wall clock: at one moment each instance's own windows give 30 sends
    // of the tenant «now», so together they send 60 where Teams takes 30. The shared windows give 30
    // (the booking test below).
    const at = Date.now();
    const slots = await Promise.all(
      [new LocalSendWindows(), new LocalSendWindows()].flatMap((w, k) =>
        Array.from({ length: 31 }, (_, i) => w.reserve(TENANT, `thread-sep-${k}-${i}`, at)),
      ),
    );
    expect(slots.filter((x) => x.booked && x.wait === 0)).toHaveLength(60);
  });

  it('books both windows or none: a full thread window does not use up the tenant budget', async () => {
    const store = apps[1]!.services.store as PostgresStore;
    const windows = store.sendWindows;
    // Seven sends fill the thread's one-second window; the eighth must wait, and is not booked.
    for (let i = 0; i < 7; i++) expect((await windows.reserve('t-book', 'thread-x', 0)).wait).toBe(0);
    const { wait, settle } = await windows.reserve('t-book', 'thread-x', 0);
    expect(settle).toBeUndefined();
    expect(wait).toBeGreaterThan(0);
    // Its seven are not answered yet: they count as reaching Teams no earlier than now plus the margin.
    expect(wait).toBeLessThanOrEqual(1000 + IN_FLIGHT_MARGIN_MS + 1);
    const { rows } = await store.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM send_window_hits WHERE tenant_id = 't-book' AND bucket = ''`,
    );
    expect(rows[0]!.n).toBe(7);
    // Another thread of the tenant still has room.
    const other = await windows.reserve('t-book', 'thread-y', 0);
    expect(other.wait).toBe(0);
    // Settling moves the booking to the time the request was answered.
    const at = async () =>
      (
        await store.pool.query<{ n: number; times: number; t: number }>(
          `SELECT COUNT(*)::int AS n, COUNT(DISTINCT at)::int AS times, MAX(extract(epoch FROM at))::float8 AS t FROM send_window_hits
         WHERE booking = (SELECT booking FROM send_window_hits WHERE tenant_id = 't-book' AND bucket = 'thread-y')`,
        )
      ).rows[0]!;
    const before = await at();
    await other.settle!(0);
    const after = await at();
    expect(after).toMatchObject({ n: 2, times: 1 });
    expect(after.t).toBeGreaterThan(before.t);
  });

  it('books slots ahead: two instances booking at once get one slot each on their first ask, never over 30 in any window', async () => {
    const stores = apps.map((a) => a.services.store as PostgresStore);
    const tenant = 't-ahead';
    const slots: Slot[] = [];
    // 36 senders per instance, 12 at a time each: the first 30 go now, the rest are given their moments ahead.
    await Promise.all(
      stores.flatMap((store, s) =>
        Array.from({ length: 12 }, async (_, w) => {
          for (let i = 0; i < 3; i++) slots.push(await store.sendWindows.reserve(tenant, `thread-${s}-${w}-${i}`, 0));
        }),
      ),
    );
    expect(slots).toHaveLength(72);
    // No sender has to ask again: each got its own slot, at most 30 now and the rest ahead. (How many
    // go at once depends on the database clock moving while they ask: a CI run under load gave 27.)
    expect(slots.filter((s) => !s.booked)).toEqual([]);
    const now = slots.filter((s) => s.wait === 0).length;
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThanOrEqual(30);
    const { rows } = await stores[0]!.pool.query<{ at: number }>(
      `SELECT extract(epoch FROM at)::float8 * 1000 AS at FROM send_window_hits WHERE tenant_id = $1 AND bucket = '' ORDER BY at`,
      [tenant],
    );
    const at = rows.map((r) => r.at);
    expect(at).toHaveLength(72);
    for (const s of at) expect(at.filter((x) => x >= s && x < s + 1030).length).toBeLessThanOrEqual(30);
    // Three windows' worth: the bookings ahead are packed one window apart, not spread by polling.
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(2 * 1030);
    expect(at.at(-1)! - at[0]!).toBeLessThan(3 * 1030);
    // A slot given back is free for the next sender, at the same moment.
    const last = slots.at(-1)!;
    await last.release!();
    const again = await stores[1]!.sendWindows.reserve(tenant, 'thread-again', 0);
    expect(again.booked).toBe(true);
    const { rows: after } = await stores[0]!.pool.query<{ n: number; last: number }>(
      `SELECT COUNT(*)::int AS n, MAX(extract(epoch FROM at))::float8 * 1000 AS last FROM send_window_hits WHERE tenant_id = $1 AND bucket = ''`,
      [tenant],
    );
    expect(after[0]).toEqual({ n: 72, last: at.at(-1)! });
  });
});
