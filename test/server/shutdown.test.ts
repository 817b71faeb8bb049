import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function waitReady(url: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not ready');
}

describe('graceful shutdown', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops on ${signal} within 10 s with exit code 0`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'nb-stop-'));
      const port = 41000 + Math.floor(Math.random() * 10000);
      const child = spawn(process.execPath, ['bot/main.ts'], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      try {
        await waitReady(`http://127.0.0.1:${port}`);
        const exited = new Promise<{ code: number | null; ms: number }>((resolve) => {
          const t0 = Date.now();
          child.once('exit', (code) => resolve({ code, ms: Date.now() - t0 }));
        });
        child.kill(signal);
        const { code, ms } = await exited;
        expect(code).toBe(0);
        expect(ms).toBeLessThan(10_000);
      } finally {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
