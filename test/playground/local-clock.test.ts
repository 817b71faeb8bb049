import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock, ShiftableClock, canAdvance } from '../../src/time/clock.ts';

describe('ShiftableClock', () => {
  it('runs with its base clock and only ever moves forward', () => {
    const base = new ManualClock('2026-11-23T08:00:00Z');
    const clock = new ShiftableClock(base);
    clock.advance(3_600_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    base.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:01:00.000Z');
    clock.advance(-86_400_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:01:00.000Z');
  });
});

describe('the clock of the app as started without a test clock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-clock-'));
  const start = (env: Record<string, string> = {}) =>
    startApp({
      config: loadConfig({
        PORT: '0',
        DATABASE_URL: `sqlite:${join(dir, `${Object.keys(env).length ? 'secured' : 'local'}.db`)}`,
        LOG_LEVEL: 'silent',
        ...env,
      }),
      log: createLogger('silent'),
      host: '127.0.0.1',
      schedulerIntervalMs: 0,
    });
  let local: RunningApp;
  beforeAll(async () => {
    local = await start();
  });
  afterAll(async () => {
    await local?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('in local mode can be moved by "Spol fram"', async () => {
    expect(canAdvance(local.services.clock)).toBe(true);
    const before = local.services.clock.now().getTime();
    const res = await fetch(`${local.url}/playground/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"jump":"day"}',
    });
    expect(res.status).toBe(200);
    const moved = local.services.clock.now().getTime() - before;
    expect(moved).toBeGreaterThanOrEqual(86_400_000);
    expect(moved).toBeLessThan(86_400_000 + 60_000);
  });

  it('with an app id is the system clock, which nothing can move', async () => {
    const secured = await start({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
    });
    try {
      expect(canAdvance(secured.services.clock)).toBe(false);
      expect(Math.abs(secured.services.clock.now().getTime() - Date.now())).toBeLessThan(5_000);
    } finally {
      await secured.close();
    }
  });
});
