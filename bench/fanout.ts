// Fan-out: one deadline's nudge to 1,000 channels of one tenant, through the connector emulator
// enforcing Teams' limits, with 5 % of calls answered 429 and 1 % 500. With --kill the bot
// process is SIGKILLed mid-way and started again; figures are for the whole run.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConnectorEmulator } from '../test/support/connector-emulator.ts';
import { DEADLINE_NUDGE } from '../src/deadlines/nudges.ts';
import { deadlineText } from '../src/i18n/index.ts';
import type { RecordedCall } from '../src/dev/connector/emulator.ts';
import { SqliteStore } from '../src/store/sqlite/index.ts';
import type { Store } from '../src/store/store.ts';

const CHANNELS = 1000;
const TENANT = '30000000-0000-4000-8000-000000000003';
const START = '2026-12-01T08:00:00Z'; // Tuesday 09:00 in Oslo: inside working hours
const ALLOWED_RPS = 30;

export interface FanoutResult {
  scenario: 'fanout';
  mode: 'normal' | 'kill';
  /** Share of the cards out when the worker is killed (null: no kill). */
  kill_at: number | null;
  channels: number;
  sent: number;
  lost: number;
  duplicates: number;
  in_flight_at_kill: number | null;
  /** Kill mode: from starting the new process to the last card reaching Teams (the rest of the fan-out included). */
  restart_to_last_card_s: number | null;
  /** Kill mode: from starting the new process until every nudge the dead process had claimed but not finished was delivered. */
  restart_to_takeover_s: number | null;
  /** Kill mode: nudges the dead process had claimed and not marked done. */
  claimed_at_kill: number | null;
  calls: number;
  injected_429: number;
  injected_500: number;
  achieved_rps: number;
  /** Every request that reached Teams per second, failures and retries included: what the tenant limit counts. */
  request_rps: number;
  allowed_rps: number;
  /** From spawning the worker to the last card, start-up included. */
  seconds: number;
}

const TITLE = 'Rapport til Statsforvalteren';

/**
 * A deadline card the fan-out sent (a new thread answered 200). Other features' messages that
 * start-up plans for every network (a meeting on a holiday, say) reach the same channels and are
 * not counted.
 */
export const isNudgeCard = (c: RecordedCall) =>
  c.kind === 'create' && c.status === 200 && c.body?.activity?.summary === deadlineText.summary(TITLE);

export async function seed(dbPath: string, serviceUrl: string, channels = CHANNELS): Promise<void> {
  const store = new SqliteStore(dbPath);
  try {
    await seedInto(store, serviceUrl, { channels });
  } finally {
    await store.close();
  }
}

/**
 * `channels` networks of one tenant, each with a deadline whose nudge is due at START; `first`
 * numbers them, so several tenants' channels never share a name.
 */
export async function seedInto(
  store: Store,
  serviceUrl: string,
  opts: { channels: number; tenantId?: string; first?: number },
): Promise<void> {
  const tenantId = opts.tenantId ?? TENANT;
  const now = new Date(START);
  for (let i = opts.first ?? 0; i < (opts.first ?? 0) + opts.channels; i++) {
    const networkId = `19:bench-team-${i}@thread.tacv2`;
    const channelId = `19:bench-channel-${i}@thread.tacv2`;
    await store.networks.upsert(
      {
        tenantId,
        networkId,
        scope: 'team',
        name: `Nettverk ${i}`,
        teamId: networkId,
        channelId,
        conversation: {
          serviceUrl,
          channelId: 'msteams',
          conversationId: channelId,
          conversationType: 'channel',
          tenantId,
          botId: '28:bench',
        },
        active: true,
        installedBy: null,
      },
      now,
    );
    const d = await store.deadlines.create({
      tenantId,
      networkId,
      title: TITLE,
      kind: 'rapportering',
      date: '2026-12-01',
      time: '23:59',
      scope: 'network',
      statsforvalter: null,
      origin: null,
      source: 'Rammer og føringer 2024 (Bufdir)',
      checklist: ['Utfylt rapporteringsmal'],
      yearly: false,
      createdBy: { id: 'bench', name: 'Bench' },
      createdAt: START,
    });
    await store.jobs.plan(
      {
        tenantId,
        networkId,
        key: `deadline:${tenantId}:${networkId}:${d.id}:${d.date}:0`,
        kind: DEADLINE_NUDGE,
        dueAt: now,
        payload: { deadlineId: d.id, date: d.date, offset: 0 },
      },
      now,
    );
  }
}

/** A request that carried a deadline card, whatever Teams answered: what a killed process may have had on the wire. */
export const isNudgeRequest = (c: RecordedCall) =>
  c.kind === 'create' && c.body?.activity?.summary === deadlineText.summary(TITLE);

/** The channel a nudge job's network posts in (the seed names them in step). */
export const channelOf = (networkId: string) => networkId.replace('bench-team-', 'bench-channel-');

/**
 * The nudges a dead process had claimed and not marked done, and of those the sends in flight at
 * the kill: the request had already reached Teams. Only those can a restart send twice (Teams
 * has no idempotency key for a new thread), so duplicates must stay at or below that count.
 */
export async function claimedAtKill(
  dbPath: string,
  reachedTeams: Set<string>,
): Promise<{ claimed: string[]; inFlight: number }> {
  const store = new SqliteStore(dbPath);
  try {
    const rows = store.db
      .prepare(`SELECT network_id FROM jobs WHERE status = 'claimed' AND kind = ?`)
      .all(DEADLINE_NUDGE) as { network_id: string }[];
    const claimed = rows.map((r) => channelOf(r.network_id));
    return { claimed, inFlight: claimed.filter((c) => reachedTeams.has(c)).length };
  } finally {
    await store.close();
  }
}

/** The bench's bot process (bench/fanout-worker.ts) on dbPath; resolves once it is ready, rejects if it exits first. */
export function startWorker(dbPath: string, stderr: 'inherit' | 'pipe' = 'inherit'): Promise<ChildProcess> {
  return spawnWorker({ DATABASE_URL: `sqlite:${dbPath}` }, stderr);
}

/** The bench's bot process with these settings (DATABASE_URL, INSTANCE_ID, PG_POOL_SIZE); resolves once it is ready. */
export function spawnWorker(
  env: Record<string, string>,
  stderr: 'inherit' | 'pipe' = 'inherit',
): Promise<ChildProcess> {
  return spawnWorkerNow(env, stderr).ready;
}

/**
 * The same, handing the process over at once: a worker sends while its features still plan at
 * start-up, which on a loaded machine with thousands of networks takes minutes, so a scenario
 * that kills one mid-way cannot wait for 'ready'.
 */
export function spawnWorkerNow(
  env: Record<string, string>,
  stderr: 'inherit' | 'pipe' = 'inherit',
): { child: ChildProcess; ready: Promise<ChildProcess> } {
  const child = spawn(process.execPath, ['bench/fanout-worker.ts'], {
    env: { ...process.env, ...env, FANOUT_START: START },
    stdio: ['ignore', 'pipe', stderr],
  });
  let err = '';
  child.stderr?.on('data', (d) => (err += String(d)));
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      const line = /ready(?: (\S+))?/.exec(String(d));
      if (!line) return;
      if (line[1]) owners.set(child, line[1]);
      resolve(child);
    });
    child.once('exit', (code) => reject(Object.assign(new Error(`worker exited ${code}`), { code, stderr: err })));
  });
  return { child, ready };
}

const owners = new WeakMap<ChildProcess, string>();

/** The scheduler owner id a worker reported when ready: whose claims are whose in the jobs table. */
export const ownerOf = (child: ChildProcess): string => owners.get(child) ?? '';

export async function fanoutBench(opts: { kill?: boolean; killAt?: number } = {}): Promise<FanoutResult> {
  const killAt = opts.killAt ?? 0.4;
  const dir = mkdtempSync(join(tmpdir(), 'nb-fanout-'));
  const dbPath = join(dir, 'fanout.db');
  const connector = await startConnectorEmulator();
  const em = connector.emulator;
  await seed(dbPath, connector.url);
  em.faults.enforceTeamsLimits(true);
  em.faults.random({ rate429: 0.05, rate500: 0.01, seed: 42 });
  const delivered = () => em.calls.filter(isNudgeCard);
  const distinct = () => new Set(delivered().map((c) => c.body?.channelData?.channel?.id)).size;
  // From the spawn: the worker sends while its features still plan at start-up, so the clock
  // cannot start at 'ready'.
  const t0 = performance.now();
  let worker = await startWorker(dbPath);
  let inFlight: number | null = null;
  let claimed: string[] | null = null;
  let restartedAt: number | null = null;
  try {
    if (opts.kill) {
      while (delivered().length < CHANNELS * killAt) await new Promise((r) => setTimeout(r, 20));
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
      // Requests the dead process had on the wire still land before we look.
      await new Promise((r) => setTimeout(r, 200));
      ({ claimed, inFlight } = await claimedAtKill(
        dbPath,
        new Set(
          em.calls
            .filter((c) => c.body?.activity?.summary === deadlineText.summary(TITLE))
            .map((c) => c.body?.channelData?.channel?.id),
        ),
      ));
      restartedAt = Date.now();
      worker = await startWorker(dbPath);
    }
    const deadline = performance.now() + 240_000;
    while (distinct() < CHANNELS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const seconds = (performance.now() - t0) / 1000;
    // The rate counts the sending window, first card to last, as before start-up overlapped it.
    const cardTimes = delivered().map((c) => c.at);
    const sending = Math.max(0.001, (Math.max(...cardTimes) - Math.min(...cardTimes)) / 1000);
    await new Promise((r) => setTimeout(r, 500)); // let stragglers show up as duplicates if any
    const after = (channels: Set<string> | null) => {
      if (restartedAt === null) return null;
      const times = delivered()
        .filter((c) => c.at >= restartedAt! && (!channels || channels.has(c.body?.channelData?.channel?.id)))
        .map((c) => c.at);
      return times.length ? Math.round((Math.max(...times) - restartedAt) / 100) / 10 : 0;
    };
    const perChannel = new Map<string, number>();
    for (const c of delivered())
      perChannel.set(c.body?.channelData?.channel?.id, (perChannel.get(c.body?.channelData?.channel?.id) ?? 0) + 1);
    const sent = perChannel.size;
    const duplicates = [...perChannel.values()].reduce((a, n) => a + (n - 1), 0);
    return {
      scenario: 'fanout',
      mode: opts.kill ? 'kill' : 'normal',
      kill_at: opts.kill ? killAt : null,
      channels: CHANNELS,
      sent,
      lost: CHANNELS - sent,
      duplicates,
      in_flight_at_kill: inFlight,
      restart_to_last_card_s: after(null),
      restart_to_takeover_s: claimed ? after(new Set(claimed)) : null,
      claimed_at_kill: claimed ? claimed.length : null,
      calls: em.calls.length,
      injected_429: em.calls.filter((c) => c.status === 429).length,
      injected_500: em.calls.filter((c) => c.status === 500).length,
      achieved_rps: Math.round((delivered().length / sending) * 10) / 10,
      request_rps: Math.round((em.calls.length / sending) * 10) / 10,
      allowed_rps: ALLOWED_RPS,
      seconds: Math.round(seconds * 10) / 10,
    };
  } finally {
    worker.kill('SIGKILL');
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --kill-at=0.6 moves the kill later: the time from restart to the last card is bounded below
  // by the cards still to send at 30 requests/s, so the default 0.4 cannot go under about 21 s.
  const at = process.argv.find((a) => a.startsWith('--kill-at='));
  console.log(
    JSON.stringify(
      await fanoutBench({
        kill: process.argv.includes('--kill') || !!at,
        killAt: at ? Number(at.slice(10)) : undefined,
      }),
    ),
  );
}
