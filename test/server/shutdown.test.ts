import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnectorEmulator } from '../../src/dev/connector/emulator.ts';
import { person, personalConversationId, personalMessage } from '../support/teams.ts';

// Start-up of a bot process takes 1–2 s on an idle machine and over 20 s on a loaded shared one.
async function waitReady(url: string, ms = 60_000, bot?: { child: ChildProcess; stderr: () => string }): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    // A process that died (a taken port, say) will never be ready: say why at once.
    if (bot && bot.child.exitCode !== null)
      throw new Error(`exited ${bot.child.exitCode} before ready: ${bot.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not ready');
}

/** A port nobody listens on now: random ones in a fixed range collided with other tests' servers. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nb-stop-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}

/** The real production entry point (bot/main.ts) as its own process. */
async function startMain(dbPath: string): Promise<{
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bot/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${dbPath}`,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { child, url: `http://127.0.0.1:${port}`, stderr: () => err, exited };
}

describe('graceful shutdown', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops on ${signal} within 10 s with exit code 0`, async () => {
      const bot = await startMain(tempDb());
      await waitReady(bot.url, 60_000, bot);
      const t0 = Date.now();
      bot.child.kill(signal);
      const { code, at } = await bot.exited;
      expect(code).toBe(0);
      expect(at - t0).toBeLessThan(10_000);
    }, 90_000);
  }

  it('lets activities being answered finish on SIGTERM and exits 0; when Teams hangs past the budget it cuts them and exits 1', async () => {
    // The connector emulator behind a counter of requests that arrived, answered or not yet.
    const emulator = createConnectorEmulator();
    let arrived = 0;
    const server = createServer((req, res) => {
      arrived++;
      void emulator.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const connector = {
      emulator,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    };
    try {
      for (const [latencyMs, expected] of [
        [1_000, 0],
        [30_000, 1],
      ] as const) {
        const bot = await startMain(tempDb());
        await waitReady(bot.url, 60_000, bot);
        connector.emulator.reset();
        arrived = 0;
        connector.emulator.faults.next(...Array.from({ length: 40 }, () => ({ latencyMs })));
        const users = Array.from({ length: 8 }, (_, i) => person(`Bruker ${i}`, 900 + i));
        const posts = users.map((u) =>
          fetch(`${bot.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(personalMessage(connector.url, '10000000-0000-4000-8000-000000000001', u, 'hjelp')),
          }).then(
            (r) => r.status,
            () => 0,
          ),
        );
        // Every activity is being handled: its reply has reached the (slow) connector.
        const until = Date.now() + 20_000;
        while (arrived < users.length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
        expect(arrived).toBeGreaterThanOrEqual(users.length);
        const t0 = Date.now();
        bot.child.kill('SIGTERM');
        const { code, at } = await bot.exited;
        expect(code).toBe(expected);
        expect(at - t0).toBeLessThan(16_000);
        const statuses = await Promise.all(posts);
        if (expected === 0) {
          // Every user got the answer, and Teams heard 200 for every activity.
          expect(statuses).toEqual(users.map(() => 200));
          for (const u of users)
            expect(
              connector.emulator.calls.some((c) => c.conversationId === personalConversationId(u) && c.status === 200),
            ).toBe(true);
        }
      }
    } finally {
      await connector.close();
    }
  }, 240_000);
});

describe('one process per SQLite file', () => {
  it('refuses a second process on the same file with a Norwegian message that points to PostgreSQL', async () => {
    const db = tempDb();
    const first = await startMain(db);
    await waitReady(first.url, 60_000, first);
    const second = await startMain(db);
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.stderr()).toContain('brukes allerede av en annen Nettverksboten-prosess');
    expect(second.stderr()).toContain('PostgreSQL');
    expect(second.stderr()).toContain('DATABASE_URL=postgres://');
    expect(second.stderr()).not.toMatch(/\bat .+\(.+:\d+:\d+\)/); // no stack trace
    // The first keeps running, undisturbed.
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    // Once the first has stopped, a new process starts on the file.
    const third = await startMain(db);
    await waitReady(third.url, 60_000, third);
  }, 240_000);

  it('starts on a file whose previous process was killed with kill -9', async () => {
    const db = tempDb();
    for (let i = 0; i < 2; i++) {
      const bot = await startMain(db);
      await waitReady(bot.url, 60_000, bot);
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    const bot = await startMain(db);
    await waitReady(bot.url, 60_000, bot);
    expect(bot.stderr()).toBe('');
  }, 240_000);
});
