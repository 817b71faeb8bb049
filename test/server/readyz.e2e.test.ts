import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock } from '../../src/time/clock.ts';

describe('readiness probe', () => {
  it('answers 503 when the store cannot be reached and logs why (a silent catch left the cause a guess)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-readyz-'));
    const lines: { level: number; msg: string; err?: { message?: string } }[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        cb();
      },
    });
    const app = await startApp({
      config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'test.db')}`, LOG_LEVEL: 'warn' }),
      log: createLogger('warn', sink),
      clock: new ManualClock('2026-11-23T08:00:00Z'),
      host: '127.0.0.1',
      schedulerIntervalMs: 0,
    });
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      await app.services.store.close();
      const res = await fetch(`${app.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'store unavailable' });
      const line = lines.find((l) => l.msg === 'readiness: store ping failed');
      expect(line?.level).toBe(40);
      expect(line?.err?.message).toBe('store closed');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
