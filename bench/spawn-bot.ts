import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_FLAGS } from '../bot/start-flags.ts';
import { startConnectorEmulator } from '../test/support/connector-emulator.ts';
import { botAddedToTeam, networkFixture, type NetworkFixture, type TestPerson } from '../test/support/teams.ts';

/**
 * The bot as its own process with `npm start`'s V8 flags, on a fresh SQLite file, with the Bot
 * Connector emulated in the bench process. By default it runs the TypeScript sources (type
 * stripping): the build refuses a tree with type errors, and several people change the tree at once.
 * RSS is then some 25 MB above what `npm start` shows (BENCHMARKS.md, startup); `roundtrip` with
 * BENCH_DIST=1 builds and runs `dist/`, as `npm start` does.
 */
export interface BenchBot {
  url: string;
  child: ChildProcess;
  connector: Awaited<ReturnType<typeof startConnectorEmulator>>;
  post(activity: object): Promise<{ status: number; ms: number }>;
  install(n: number, installer: TestPerson): Promise<NetworkFixture>;
  rssMb(): number;
  /** CPU time the server process has used so far (user + system), in ms: unlike the wall clock, it does not count waiting for a core. */
  cpuMs(): number;
  close(): Promise<void>;
}

/** The V8 flags the bench servers run with: `npm start`'s, or BENCH_NODE_FLAGS (space-separated; empty for Node's defaults). */
export const nodeFlags = (): string[] =>
  process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean) : START_FLAGS;

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

export async function spawnBenchBot(entry = 'bot/main.ts'): Promise<BenchBot> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-bench-'));
  const connector = await startConnectorEmulator();
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags(), entry], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  while (
    !(await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || performance.now() - started > 30_000) {
      child.kill('SIGKILL');
      throw new Error('the bot did not become ready within 30 s');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  // status 0: the connection dropped (a keep-alive socket the server closed as it was reused, seen
  // under heavy load); the caller counts it instead of the whole run failing.
  const post = async (activity: object) => {
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    } catch (err) {
      process.stderr.write(
        `bench: request failed: ${(err as Error).message} ${String((err as { cause?: unknown }).cause ?? '')}\n`,
      );
      return { status: 0, ms: performance.now() - t0 };
    }
  };
  return {
    url,
    child,
    connector,
    post,
    async install(n, installer) {
      const net = networkFixture(connector.url, n);
      const res = await post(botAddedToTeam(net, installer));
      if (res.status >= 300) throw new Error(`install answered ${res.status}`);
      return net;
    },
    rssMb() {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      return Math.round((kb / 1024) * 10) / 10;
    },
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 100 Hz ticks
    },
    async close() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The q-quantile of the values (nearest rank), in ms with two decimals. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return Math.round(v * 100) / 100;
}

export const load = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
