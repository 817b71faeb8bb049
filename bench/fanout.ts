// Fan-out: one deadline's nudge to 1,000 channels of one tenant, through the connector emulator
// enforcing Teams' limits, with 5 % of calls answered 429 and 1 % 500. With --kill the bot
// process is SIGKILLed mid-way and started again; figures are for the whole run.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConnectorEmulator } from '../test/support/connector-emulator.ts';
import { DEADLINE_NUDGE } from '../src/deadlines/nudges.ts';
import { SqliteStore } from '../src/store/sqlite/index.ts';

const CHANNELS = 1000;
const TENANT = '30000000-0000-4000-8000-000000000003';
const START = '2026-12-01T08:00:00Z'; // Tuesday 09:00 in Oslo: inside working hours
const ALLOWED_RPS = 30;

export interface FanoutResult {
  scenario: 'fanout';
  mode: 'normal' | 'kill';
  channels: number;
  sent: number;
  lost: number;
  duplicates: number;
  in_flight_at_kill: number | null;
  calls: number;
  injected_429: number;
  injected_500: number;
  achieved_rps: number;
  /** Every request that reached Teams per second, failures and retries included: what the tenant limit counts. */
  request_rps: number;
  allowed_rps: number;
  seconds: number;
}

async function seed(dbPath: string, serviceUrl: string): Promise<void> {
  const store = new SqliteStore(dbPath);
  const now = new Date(START);
  for (let i = 0; i < CHANNELS; i++) {
    const networkId = `19:bench-team-${i}@thread.tacv2`;
    const channelId = `19:bench-channel-${i}@thread.tacv2`;
    await store.networks.upsert(
      {
        tenantId: TENANT,
        networkId,
        scope: 'team',
        name: `Nettverk ${i}`,
        teamId: networkId,
        channelId,
        conversation: { serviceUrl, channelId: 'msteams', conversationId: channelId, conversationType: 'channel', tenantId: TENANT, botId: '28:bench' },
        active: true,
        installedBy: null,
      },
      now,
    );
    const d = await store.deadlines.create({
      tenantId: TENANT,
      networkId,
      title: 'Rapport til Statsforvalteren',
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
    await store.jobs.plan({ tenantId: TENANT, networkId, key: `deadline:${TENANT}:${networkId}:${d.id}:${d.date}:0`, kind: DEADLINE_NUDGE, dueAt: now, payload: { deadlineId: d.id, date: d.date, offset: 0 } }, now);
  }
  await store.close();
}

/**
 * Sends in flight at the kill: nudges the dead process had claimed but not marked done, whose
 * request had already reached Teams. Those are the only ones a restart can send twice (Teams
 * has no idempotency key for a new thread), so duplicates must stay at or below this.
 */
async function inFlightAtKill(dbPath: string, reachedTeams: Set<string>): Promise<number> {
  const store = new SqliteStore(dbPath);
  try {
    const rows = store.db.prepare(`SELECT network_id FROM jobs WHERE status = 'claimed' AND kind = ?`).all(DEADLINE_NUDGE) as { network_id: string }[];
    return rows.filter((r) => reachedTeams.has(r.network_id.replace('bench-team-', 'bench-channel-'))).length;
  } finally {
    await store.close();
  }
}

function startWorker(dbPath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bench/fanout-worker.ts'], {
    env: { ...process.env, DATABASE_URL: `sqlite:${dbPath}`, FANOUT_START: START },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
  });
}

export async function fanoutBench(opts: { kill?: boolean } = {}): Promise<FanoutResult> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-fanout-'));
  const dbPath = join(dir, 'fanout.db');
  const connector = await startConnectorEmulator();
  const em = connector.emulator;
  await seed(dbPath, connector.url);
  em.faults.enforceTeamsLimits(true);
  em.faults.random({ rate429: 0.05, rate500: 0.01, seed: 42 });
  const delivered = () => em.calls.filter((c) => c.kind === 'create' && c.status === 200);
  const distinct = () => new Set(delivered().map((c) => c.body?.channelData?.channel?.id)).size;
  let worker = await startWorker(dbPath);
  const t0 = performance.now();
  let inFlight: number | null = null;
  try {
    if (opts.kill) {
      while (delivered().length < CHANNELS * 0.4) await new Promise((r) => setTimeout(r, 20));
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
      // Requests the dead process had on the wire still land before we look.
      await new Promise((r) => setTimeout(r, 200));
      inFlight = await inFlightAtKill(dbPath, new Set(em.calls.map((c) => c.body?.channelData?.channel?.id)));
      worker = await startWorker(dbPath);
    }
    const deadline = performance.now() + 240_000;
    while (distinct() < CHANNELS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const seconds = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 500)); // let stragglers show up as duplicates if any
    const perChannel = new Map<string, number>();
    for (const c of delivered()) perChannel.set(c.body?.channelData?.channel?.id, (perChannel.get(c.body?.channelData?.channel?.id) ?? 0) + 1);
    const sent = perChannel.size;
    const duplicates = [...perChannel.values()].reduce((a, n) => a + (n - 1), 0);
    return {
      scenario: 'fanout',
      mode: opts.kill ? 'kill' : 'normal',
      channels: CHANNELS,
      sent,
      lost: CHANNELS - sent,
      duplicates,
      in_flight_at_kill: inFlight,
      calls: em.calls.length,
      injected_429: em.calls.filter((c) => c.status === 429).length,
      injected_500: em.calls.filter((c) => c.status === 500).length,
      achieved_rps: Math.round((delivered().length / seconds) * 10) / 10,
      request_rps: Math.round((em.calls.length / seconds) * 10) / 10,
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
  console.log(JSON.stringify(await fanoutBench({ kill: process.argv.includes('--kill') })));
}
