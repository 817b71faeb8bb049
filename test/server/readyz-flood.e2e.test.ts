// Attack round 10, A3: /readyz is public and asked the store on every request; a flood of probes
// queued as many pings (in PostgreSQL: ahead of the bot's own queries in the pool), and with the
// store down each wrote a warn line. The real app, as in readyz.e2e.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock } from '../../src/time/clock.ts';

const lines: { level: number; msg: string; err?: { message?: string }; suppressed?: number }[] = [];
let dir: string;
let app: Awaited<ReturnType<typeof startApp>>;
let pings = 0;
let inFlight = 0;
let mostAtOnce = 0;
let failing = false;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nettverksboten-readyz-flood-'));
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  app = await startApp({
    config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'test.db')}`, LOG_LEVEL: 'warn' }),
    log: createLogger('warn', sink),
    clock: new ManualClock('2026-11-23T08:00:00Z'),
    host: '127.0.0.1',
    schedulerIntervalMs: 0,
  });
  // Counts the pings and, when asked, fails them slowly, as a PostgreSQL that does not answer would.
  const store = app.services.store;
  const ping = store.ping.bind(store);
  store.ping = async () => {
    pings++;
    mostAtOnce = Math.max(mostAtOnce, ++inFlight);
    try {
      await new Promise((r) => setTimeout(r, failing ? 50 : 5));
      if (failing) throw new Error('store closed');
      return await ping();
    } finally {
      inFlight--;
    }
  };
}, 60_000);
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const probes = (n: number) =>
  Promise.all(
    Array.from({ length: n }, async () => {
      const r = await fetch(`${app.url}/readyz`);
      await r.arrayBuffer();
      return r.status;
    }),
  );

it('300 probes at once keep at most one ping waiting for the store, far fewer than 300, and all say ready', async () => {
  pings = 0;
  const statuses = await probes(300);
  expect(statuses.every((s) => s === 200)).toBe(true);
  expect(mostAtOnce).toBe(1);
  expect(pings).toBeLessThan(100);
});

it('with the store down, 300 probes are all 503, and the log gets at most 20 warn lines, each with the cause', async () => {
  failing = true;
  const before = lines.length;
  for (let i = 0; i < 3; i++) {
    const statuses = await probes(100);
    expect(statuses.every((s) => s === 503)).toBe(true);
  }
  const warned = lines.slice(before).filter((l) => l.msg.startsWith('readiness: store ping failed'));
  expect(warned.length).toBeGreaterThan(0);
  expect(warned.length).toBeLessThanOrEqual(20);
  expect(warned[0]!.level).toBe(40);
  expect(warned[0]!.err?.message).toBe('store closed');
});

it('ready again as soon as the store answers', async () => {
  failing = false;
  expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
});
