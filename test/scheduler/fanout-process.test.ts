// A fan-out interrupted by SIGTERM or kill -9, with real bot processes (bench/fanout-worker.ts:
// the production scheduler, ReliableMessenger and botbuilder) against the connector emulator.
// Every nudge is due when the worker starts, so nothing waits for a schedule; what is measured
// is wall time from the restart to the last card. The test never sleeps: it waits for what the
// emulator sees (a request arriving, a card answered) and for the processes to exit, each with a
// time-out that fails the test. How fast the restart delivers is measured by `npm run bench`
// (BENCHMARKS.md), not asserted here: a wall-clock bound failed on a loaded CI machine.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimedAtKill, isNudgeCard, seed, startWorker } from '../../bench/fanout.ts';
import { DEADLINE_NUDGE } from '../../src/deadlines/nudges.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { startConnectorEmulator } from '../support/connector-emulator.ts';

const CHANNELS = 150;
type Connector = Awaited<ReturnType<typeof startConnectorEmulator>>;

function exitOf(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - t0 })));
}

function jobCounts(dbPath: string): Record<string, number> {
  const store = new SqliteStore(dbPath);
  try {
    const rows = store.db
      .prepare(`SELECT status, COUNT(*) AS n FROM jobs WHERE kind = ? GROUP BY status`)
      .all(DEADLINE_NUDGE) as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    void store.close();
  }
}

/** How many nudge jobs each owner holds claimed; read-only, beside a running worker. */
function claimsByOwner(dbPath: string): Map<string, number> {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT claimed_by AS owner, COUNT(*) AS n FROM jobs WHERE kind = ? AND status = 'claimed' GROUP BY claimed_by`,
      )
      .all(DEADLINE_NUDGE) as { owner: string; n: number }[];
    return new Map(rows.map((r) => [r.owner, r.n]));
  } finally {
    db.close();
  }
}

describe('a fan-out interrupted by a stop or a crash', () => {
  let dir: string;
  let dbPath: string;
  let connector: Connector;
  const workers: ChildProcess[] = [];
  /** Channel → wall times at which a card reached it (when the emulator answered 200). */
  let cards: Map<string, number[]>;
  /** Channel → wall times at which a request for a card arrived at the emulator (before its latency). */
  let arrivals: Map<string, number[]>;

  const delivered = () => cards.size;
  const duplicates = () => [...cards.values()].reduce((a, t) => a + t.length - 1, 0);
  /** Requests that have reached the emulator, and those of them not yet answered. */
  let arrived = 0;
  let unanswered = 0;
  let changed = () => {};
  /** Resolves once `pred` holds, checked whenever a request arrives or is answered; fails after `ms`. */
  async function until(pred: () => boolean, ms: number): Promise<void> {
    if (pred()) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out; ${delivered()} of ${CHANNELS} delivered`)), ms);
        changed = () => pred() && resolve();
      });
    } finally {
      clearTimeout(timer);
      changed = () => {};
    }
  }
  /**
   * Stops a worker and waits until it has exited and the emulator has answered every request
   * that reached it: nothing more can arrive, so the cards counted are all there will be.
   */
  async function quiet(w: ChildProcess): Promise<void> {
    if (w.exitCode === null && w.signalCode === null) {
      const exited = exitOf(w);
      w.kill('SIGTERM');
      expect((await exited).code).toBe(0);
    }
    await until(() => unanswered === 0, 30_000);
  }
  async function worker(): Promise<ChildProcess> {
    const w = await startWorker(dbPath, 'pipe');
    workers.push(w);
    return w;
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nb-fanout-stop-'));
    dbPath = join(dir, 'fanout.db');
    connector = await startConnectorEmulator();
    // This test's own maps: a hung request of an earlier test's emulator must not count here.
    const mine = { cards: new Map<string, number[]>(), arrivals: new Map<string, number[]>() };
    ({ cards, arrivals } = mine);
    arrived = 0;
    unanswered = 0;
    // The test's server hands every request to the emulator's handle: count them as they arrive
    // and as they are answered (a request held by an injected latency is on the wire meanwhile).
    const em = connector.emulator;
    const handle = em.handle.bind(em);
    em.handle = (req, res) => {
      arrived++;
      unanswered++;
      changed();
      // A request from a killed process may never finish its body, so the emulator's handle never
      // settles; its closed connection ends it as surely as an answer does.
      let over = false;
      const finish = () => {
        if (over) return;
        over = true;
        unanswered--;
        changed();
      };
      res.on('close', finish);
      return handle(req, res).finally(finish);
    };
    em.on('call', (c) => {
      if (!isNudgeCard(c)) return;
      const channel = c.body?.channelData?.channel?.id as string;
      mine.cards.set(channel, [...(mine.cards.get(channel) ?? []), Date.now()]);
      mine.arrivals.set(channel, [...(mine.arrivals.get(channel) ?? []), c.at]);
      changed();
    });
    await seed(dbPath, connector.url, CHANNELS);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) w.kill('SIGKILL');
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM mid-way: lets the sends in flight finish, hands the rest back, exits 0; the next process sends the rest', async () => {
    // A slow Teams: every call takes 300 ms, so the fan-out runs for several seconds.
    connector.emulator.faults.next(...Array.from({ length: 4 * CHANNELS }, () => ({ latencyMs: 300 })));
    const first = await worker();
    await until(() => delivered() >= 20, 30_000);
    const exited = exitOf(first);
    first.kill('SIGTERM');
    const { code, ms } = await exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    const atStop = delivered();
    expect(atStop).toBeLessThan(CHANNELS); // the stop came mid-way, it did not send everything first
    // Nothing is left claimed: what was not sent is planned again, for the next process at once.
    const counts = jobCounts(dbPath);
    expect(counts.claimed ?? 0).toBe(0);
    expect(counts.done).toBe(atStop);
    expect(counts.planned).toBe(CHANNELS - atStop);

    const second = await worker();
    await until(() => delivered() === CHANNELS, 60_000);
    await quiet(second); // a straggler would show up as a duplicate
    expect(duplicates()).toBe(0);
  }, 180_000);

  it('SIGTERM while Teams hangs: the sends that cannot finish in the budget are handed back and the exit code says so', async () => {
    connector.emulator.faults.next(...Array.from({ length: 16 }, () => ({ latencyMs: 20_000 })));
    const first = await worker();
    await until(() => arrived >= 16, 30_000); // the first 16 sends are on the wire, each held 20 s
    const exited = exitOf(first);
    first.kill('SIGTERM');
    const { code, ms } = await exited;
    expect(code).toBe(1);
    expect(ms).toBeLessThan(12_000);
    expect(jobCounts(dbPath).claimed ?? 0).toBe(0);

    await worker();
    await until(() => delivered() === CHANNELS, 60_000);
  }, 180_000);

  it("kill -9 mid-way: the restart takes over the dead process's claims at once and delivers everything", async () => {
    connector.emulator.faults.next(...Array.from({ length: 4 * CHANNELS }, () => ({ latencyMs: 300 })));
    const first = await worker();
    await until(() => delivered() >= 20, 30_000);
    const exited = exitOf(first);
    first.kill('SIGKILL');
    await exited;
    const { claimed } = await claimedAtKill(dbPath, new Set());
    expect(claimed.length).toBeGreaterThan(0); // the crash left claims behind
    const deadOwners = [...claimsByOwner(dbPath).keys()];
    expect(deadOwners.length).toBeGreaterThan(0);

    const restartedAt = Date.now();
    const second = await worker(); // the dead process's lock does not block the start
    // At once: by the time the new process is ready, no job is held by the dead one any more (it does
    // not wait for their leases to run out).
    const left = claimsByOwner(dbPath);
    expect(deadOwners.filter((o) => left.has(o))).toEqual([]);
    await until(() => delivered() === CHANNELS, 60_000);
    // Every channel the dead process had claimed got its card (a claim it held was not lost).
    expect(claimed.filter((c) => !cards.has(c))).toEqual([]);
    await quiet(second); // the dead process's requests still held by the emulator are answered too
    // Only a send the dead process already had at Teams may be repeated: Teams has no idempotency key for a new thread.
    const onTheWire = claimed.filter((c) => (arrivals.get(c) ?? []).some((at) => at < restartedAt));
    const twice = [...cards].filter(([, t]) => t.length > 1).map(([c]) => c);
    expect(
      twice
        .filter((c) => !onTheWire.includes(c))
        .map((c) => ({ c, claimed: claimed.includes(c), arrivals: arrivals.get(c)!.map((t) => t - restartedAt) })),
    ).toEqual([]);
    expect(duplicates()).toBeLessThanOrEqual(onTheWire.length);
  }, 180_000);
});
