import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` as an operator runs it, stopped by its PID: nothing of it may stay behind. The
// prestart build is skipped (--ignore-scripts) and the launcher is pointed at the sources, so the
// test does not rebuild dist/ under the other tests; the chain npm → sh → launcher → server is the real one.

const ROOT = join(import.meta.dirname, '..', '..');

/** Living processes (zombies count as gone) and their parents, from /proc. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') table.set(Number(name), Number(ppid));
    } catch {
      /* gone while reading */
    }
  }
  return table;
}

function descendants(root: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const [child, parent] of table)
      if (parent === pid && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
  }
  return found;
}

const alive = (pid: number) => processTable().has(pid);
const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

async function until(what: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the server when npm is stopped by its PID (SIGTERM), leaving no process behind', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      DATABASE_URL: `sqlite:${join(dir, 'start.db')}`,
      LOG_LEVEL: 'warn',
    };
    for (const k of [
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppTenantId',
      'HOST',
      'npm_lifecycle_event',
      'npm_lifecycle_script',
    ])
      delete env[k];
    const npm = spawn('npm', ['start', '--ignore-scripts', '--', 'bot/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout.on('data', (b) => (out += b));
    npm.stderr.on('data', (b) => (out += b));
    const exited = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
    let tree: number[] = [];
    try {
      expect(await until(() => /localhost:\d+\/playground/.test(out), 60_000), out).toBe(true);
      const port = Number(/localhost:(\d+)\/playground/.exec(out)![1]);
      expect(await portOpen(port)).toBe(true);
      tree = descendants(npm.pid!);
      // npm, its shell, the launcher and the server itself.
      expect(tree.length).toBeGreaterThanOrEqual(2);
      expect(existsSync(`/proc/${npm.pid}`)).toBe(true);

      process.kill(npm.pid!, 'SIGTERM');
      await exited;
      expect(await until(async () => !(await portOpen(port)), 20_000)).toBe(true);
      expect(
        await until(() => tree.every((pid) => !alive(pid)), 20_000),
        `still running: ${tree.filter(alive).join(', ')}`,
      ).toBe(true);
    } finally {
      for (const pid of new Set([npm.pid!, ...tree, ...descendants(npm.pid!)]))
        if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 90_000);
});
