// Fan-out on PostgreSQL: two bot processes on one database deliver one deadline's nudge to 2,000
// channels in two tenants, through the connector emulator enforcing Teams' limits, with 5 % of
// calls answered 429 and 1 % 500 (as in `fanout`). With --kill one of the two is SIGKILLed once
// 40 % of the cards are out; the survivor takes over its claims when their lease runs out.
// DATABASE_URL naming an empty PostgreSQL database is used as is; otherwise a throw-away cluster
// is started, as the tests do.
import type { ChildProcess } from 'node:child_process';
import type { RecordedCall } from '../src/dev/connector/emulator.ts';
import { DEADLINE_NUDGE } from '../src/deadlines/nudges.ts';
import { PostgresStore } from '../src/store/postgres/index.ts';
import { startConnectorEmulator } from '../test/support/connector-emulator.ts';
import { startPostgres, type PgCluster } from '../test/support/postgres.ts';
import { channelOf, isNudgeCard, isNudgeRequest, ownerOf, seedInto, spawnWorkerNow } from './fanout.ts';

const TENANTS = ['30000000-0000-4000-8000-000000000031', '30000000-0000-4000-8000-000000000032'];
const PER_TENANT = 1000;
const CHANNELS = TENANTS.length * PER_TENANT;
const TENANT_RPS = 30;

export interface FanoutPgResult {
  scenario: 'fanout-pg' | 'fanout-pg-kill';
  instances: number;
  channels: number;
  sent: number;
  lost: number;
  duplicates: number;
  /** Kill mode: nudges the killed instance had claimed and not marked done. */
  claimed_at_kill: number | null;
  /** Kill mode: of those, the ones whose request had reached Teams (the only ones that may repeat). */
  in_flight_at_kill: number | null;
  /** Kill mode: from the kill until every nudge the killed instance held was delivered by the survivor. */
  takeover_s: number | null;
  calls: number;
  injected_429: number;
  injected_500: number;
  /**
   * Requests that reached Teams per second, per tenant summed over tenants: every request over
   * the sending window (first card to last; other features' start-up messages included).
   */
  request_rps: number;
  allowed_rps: number;
  /**
   * The same over the window in which the first 99 % of the cards went out: a send that failed
   * without a status is retried by the scheduler a minute later, and that tail is not throughput.
   */
  request_rps_99: number;
  /** First card to last, and first card to the 99th percentile card. */
  sending_s: number;
  sending_99_s: number;
  /** The highest count of requests for one tenant in any one second (the limit is 30). */
  max_tenant_rps_1s: number;
  /** From spawning the workers to the last card, start-up included. */
  seconds: number;
  /** Per instance, from the spawn until its features had planned for every network (null: killed before). */
  ready_s: (number | null)[];
  database: 'given' | 'throw-away';
}

const tenantOf = (c: RecordedCall): string =>
  c.body?.tenantId ?? c.body?.conversation?.tenantId ?? c.body?.channelData?.tenant?.id ?? 'unknown';

/** Highest number of calls in any window of `ms` starting at a call, per tenant (two pointers over sorted times). */
export function busiestWindow(calls: RecordedCall[], ms = 1000): number {
  const byTenant = new Map<string, number[]>();
  for (const c of calls) {
    const list = byTenant.get(tenantOf(c)) ?? [];
    list.push(c.at);
    byTenant.set(tenantOf(c), list);
  }
  let best = 0;
  for (const times of byTenant.values()) {
    times.sort((a, b) => a - b);
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      while (times[j]! <= times[i]! - ms) j++;
      best = Math.max(best, i - j + 1);
    }
  }
  return best;
}

async function database(): Promise<{ url: string; cluster: PgCluster | null }> {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) return { url: given, cluster: null };
  const cluster = await startPostgres();
  return { url: await cluster.createDatabase('fanout'), cluster };
}

export async function fanoutPgBench(opts: { kill?: boolean } = {}): Promise<FanoutPgResult> {
  const { url, cluster } = await database();
  const connector = await startConnectorEmulator();
  const em = connector.emulator;
  const workers: ChildProcess[] = [];
  try {
    const store = await PostgresStore.open(url);
    try {
      const existing = await store.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM networks');
      if (existing.rows[0]!.n > 0)
        throw new Error('DATABASE_URL must name an empty database: the bench seeds its own networks');
      for (const [i, tenantId] of TENANTS.entries())
        await seedInto(store, connector.url, { channels: PER_TENANT, tenantId, first: i * PER_TENANT });
    } finally {
      await store.close();
    }
    em.faults.enforceTeamsLimits(true);
    em.faults.random({ rate429: 0.05, rate500: 0.01, seed: 42 });
    const delivered = () => em.calls.filter(isNudgeCard);
    const distinct = () => new Set(delivered().map((c) => c.body?.channelData?.channel?.id)).size;

    const t0 = Date.now();
    // Pool of 8 each: 2 instances stay well inside a small Azure tier's connection limit.
    const spawned = ['a', 'b'].map((name) =>
      spawnWorkerNow({ DATABASE_URL: url, INSTANCE_ID: name, PG_POOL_SIZE: '8' }),
    );
    workers.push(...spawned.map((w) => w.child));
    // 'ready' comes after the features' start-up planning; sending starts before it.
    const readyAt: (number | null)[] = spawned.map(() => null);
    spawned.forEach((w, i) =>
      w.ready.then(
        () => (readyAt[i] = Date.now()),
        () => {},
      ),
    );

    let claimed: string[] | null = null;
    let inFlight: number | null = null;
    let killedAt: number | null = null;
    if (opts.kill) {
      while (delivered().length < CHANNELS * 0.4) {
        if (workers.some((w) => w.exitCode !== null)) throw new Error('a worker exited before the kill');
        await new Promise((r) => setTimeout(r, 20));
      }
      const victim = workers[0]!;
      victim.kill('SIGKILL');
      killedAt = Date.now();
      await new Promise((r) => victim.once('exit', r));
      // Requests the dead process had on the wire still land before we look.
      await new Promise((r) => setTimeout(r, 200));
      const check = await PostgresStore.open(url, { migrate: false, poolSize: 1 });
      let held: { network_id: string; claimed_by: string }[];
      try {
        held = (
          await check.pool.query<{ network_id: string; claimed_by: string }>(
            `SELECT network_id, claimed_by FROM jobs WHERE status = 'claimed' AND kind = $1`,
            [DEADLINE_NUDGE],
          )
        ).rows;
      } finally {
        await check.close();
      }
      // The survivor names its scheduler when ready: every other claim held at the kill was the dead one's.
      await spawned[1]!.ready;
      const survivor = ownerOf(workers[1]!);
      // Only a nudge request that reached Teams can be repeated (other features post in the same channels).
      const reached = new Set(em.calls.filter(isNudgeRequest).map((c) => c.body?.channelData?.channel?.id));
      claimed = held.filter((r) => r.claimed_by !== survivor).map((r) => channelOf(r.network_id));
      inFlight = claimed.filter((c) => reached.has(c)).length;
    }

    const deadline = Date.now() + 600_000;
    while (distinct() < CHANNELS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const cardTimes = delivered()
      .map((c) => c.at)
      .sort((a, b) => a - b);
    const sending = Math.max(0.001, (cardTimes.at(-1)! - cardTimes[0]!) / 1000);
    const p99At = cardTimes[Math.floor(0.99 * (cardTimes.length - 1))]!;
    const sending99 = Math.max(0.001, (p99At - cardTimes[0]!) / 1000);
    const seconds = (cardTimes.at(-1)! - t0) / 1000;
    await new Promise((r) => setTimeout(r, 500)); // stragglers would show up as duplicates
    const perChannel = new Map<string, number>();
    for (const c of delivered())
      perChannel.set(c.body?.channelData?.channel?.id, (perChannel.get(c.body?.channelData?.channel?.id) ?? 0) + 1);
    const sent = perChannel.size;
    let takeover: number | null = null;
    if (killedAt !== null && claimed) {
      const held = new Set(claimed);
      const times = delivered()
        .filter((c) => held.has(c.body?.channelData?.channel?.id))
        .map((c) => c.at);
      takeover = times.length ? Math.round((Math.max(...times) - killedAt) / 100) / 10 : 0;
    }
    const writes = em.calls.filter(
      (c) => c.kind === 'create' || c.kind === 'send' || c.kind === 'reply' || c.kind === 'update',
    );
    return {
      scenario: opts.kill ? 'fanout-pg-kill' : 'fanout-pg',
      instances: 2,
      channels: CHANNELS,
      sent,
      lost: CHANNELS - sent,
      duplicates: [...perChannel.values()].reduce((a, n) => a + (n - 1), 0),
      claimed_at_kill: claimed ? claimed.length : null,
      in_flight_at_kill: inFlight,
      takeover_s: takeover,
      calls: em.calls.length,
      injected_429: em.calls.filter((c) => c.status === 429).length,
      injected_500: em.calls.filter((c) => c.status === 500).length,
      request_rps: Math.round((writes.length / sending) * 10) / 10,
      request_rps_99:
        Math.round((writes.filter((c) => c.at >= cardTimes[0]! && c.at <= p99At).length / sending99) * 10) / 10,
      sending_s: Math.round(sending * 10) / 10,
      sending_99_s: Math.round(sending99 * 10) / 10,
      allowed_rps: TENANT_RPS * TENANTS.length,
      max_tenant_rps_1s: busiestWindow(writes),
      seconds: Math.round(seconds * 10) / 10,
      ready_s: readyAt.map((r) => (r === null ? null : Math.round((r - t0) / 100) / 10)),
      database: cluster ? 'throw-away' : 'given',
    };
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    await connector.close();
    await cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await fanoutPgBench({ kill: process.argv.includes('--kill') })));
}
