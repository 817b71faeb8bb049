// Helpers for tests that probe the HTTP edge of a real server running in a child process, so a
// crash shows up as an exit instead of taking the test runner down with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BotProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout / stderr so far. */
  out(): string;
  err(): string;
  alive(): boolean;
  /** Resident set size in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export async function waitReady(url: string, ms = 30_000, gone: () => boolean = () => false): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (gone()) throw new Error(`exited before it was ready: ${url}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not ready: ${url}`);
}

/** Starts `script` (default bot/main.ts) on a free port with a fresh SQLite file. */
export async function spawnBot(env: Record<string, string> = {}, script = 'bot/main.ts'): Promise<BotProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-edge-'));
  const port = await freePort();
  let out = '';
  let err = '';
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      NODE_ENV: '',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, 30_000, () => exited);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\nstdout: ${out}\nstderr: ${err}`, { cause: e });
  }
  return {
    url,
    port,
    child,
    out: () => out,
    err: () => err,
    alive: () => !exited && child.exitCode === null,
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
  ms: number;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Send the headers (with their Content-Length) but never the body: shows what is answered before the body is read. */
  withholdBody?: boolean;
  host?: string;
  timeoutMs?: number;
}

/** One HTTP request with exactly the given headers and bytes (fetch would fix some of them up). */
export function raw(port: number, r: RawRequest = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const body = r.body === undefined ? undefined : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
    const headers: Record<string, string | number> = {
      ...(body && !r.withholdBody ? { 'content-length': body.length } : {}),
      ...r.headers,
    };
    const req = request(
      {
        host: r.host ?? '127.0.0.1',
        port,
        method: r.method ?? 'POST',
        path: r.path ?? '/api/messages',
        headers,
        agent: false,
        timeout: r.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = undefined;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON */
          }
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - started });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out waiting for a response')));
    req.on('error', reject);
    if (r.withholdBody) req.flushHeaders();
    else req.end(body);
  });
}

/** A non-loopback IPv4 address of this machine (to show what a non-local client or serviceUrl sees). */
export function externalIPv4(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  throw new Error('this machine has no non-loopback IPv4 address; the test needs one');
}

/** Parsed pino lines from a process's stdout. */
export function logLines(out: string): Array<Record<string, any>> {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, any>;
      } catch {
        return {};
      }
    });
}
