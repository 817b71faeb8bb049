import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The connector emulator and the playground live in src/dev/ and are loaded only in local mode
// (issue #14): a production start must not read a single module from there, so nothing of them
// runs, and nothing of them can be reached, where the bot serves Teams.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/architecture/dev-modules-fixture.ts');
const DEV = new URL('src/dev/', `file://${ROOT}`).href;
const dirs: string[] = [];

type Seen = { anonymous: boolean; playground: number; loaded: string[] };

async function start(env: Record<string, string>): Promise<Seen> {
  const dir = mkdtempSync(join(tmpdir(), 'nvb-dev-modules-'));
  dirs.push(dir);
  const base: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(base)) if (/^(Microsoft|NODE_ENV$|DATABASE_URL$|PORT$|HOST$)/.test(k)) delete base[k];
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [FIXTURE],
      {
        cwd: ROOT,
        env: { ...base, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'bot.db')}`, ...env },
        timeout: 60_000,
      },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
    ),
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Seen;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('dev-only parts (src/dev/)', () => {
  it('a production start (app id set, NODE_ENV=production) loads no module under src/dev/ and serves no playground', async () => {
    const seen = await start({
      NODE_ENV: 'production',
      MicrosoftAppId: '00000000-0000-4000-8000-00000000000a',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-00000000000b',
    });
    expect(seen.anonymous).toBe(false);
    expect(
      seen.loaded.some((u) => u.endsWith('/bot/compose.ts')),
      'the hook saw the start',
    ).toBe(true);
    expect(seen.loaded.filter((u) => u.startsWith(DEV))).toEqual([]);
    expect(seen.playground).toBe(404);
  }, 90_000);

  it('a local start (no app id) loads the playground and the emulator from src/dev/ and serves the page', async () => {
    const seen = await start({});
    expect(seen.anonymous).toBe(true);
    const dev = seen.loaded.filter((u) => u.startsWith(DEV)).map((u) => u.slice(DEV.length));
    expect(dev).toEqual(expect.arrayContaining(['playground/routes.ts', 'connector/emulator.ts']));
    expect(seen.playground).toBe(200);
  }, 90_000);
});
