import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_ENTRY, START_FLAGS } from '../bot/start-flags.ts';
import { startConnectorEmulator } from '../test/support/connector-emulator.ts';
import { botAddedToTeam, channelMessage, networkFixture, person } from '../test/support/teams.ts';

/**
 * What `npm start` runs: package.json's prestart step (the build), then the launcher's V8 flags and entry
 * point. The server is spawned directly, not through the launcher, so RSS is read off the server itself.
 */
const SCRIPTS = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const NODE_FLAGS =
  process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean) : START_FLAGS;
const ENTRY = START_ENTRY;

export interface StartupResult {
  scenario: 'startup';
  ready_ms: number;
  rss_mb: number;
  messages: number;
  messages_per_s: number;
  target_ready_ms: number;
  target_rss_mb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Process start to /readyz 200, then RSS after 1,000 `hjelp` messages through the connector emulator. */
export async function startupBench(messages = 1000): Promise<StartupResult> {
  // npm runs prestart before start; its output goes to stderr so stdout stays one JSON line per scenario.
  if (SCRIPTS.prestart) execSync('npm run --silent prestart', { stdio: ['ignore', process.stderr, 'inherit'] });
  const dir = mkdtempSync(join(tmpdir(), 'nb-bench-'));
  const connector = await startConnectorEmulator();
  const port = 40000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, ENTRY], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    let readyMs = -1;
    while (performance.now() - started < 20_000) {
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) {
        readyMs = Math.round(performance.now() - started);
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    if (readyMs < 0) throw new Error('the bot did not become ready within 20 s');
    const net = networkFixture(connector.url);
    const kari = person('Kari Nordmann', 1);
    const post = (a: object) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(a),
      });
    await post(botAddedToTeam(net, kari));
    const t0 = performance.now();
    for (let i = 0; i < messages; i++) {
      const res = await post(channelMessage(net, kari, 'hjelp'));
      if (!res.ok) throw new Error(`message ${i} answered ${res.status}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    return {
      scenario: 'startup',
      ready_ms: readyMs,
      rss_mb: rssMb(child.pid!),
      messages,
      messages_per_s: Math.round(messages / seconds),
      target_ready_ms: 1500,
      target_rss_mb: 150,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await startupBench()));
}
