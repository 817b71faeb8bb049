import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL cluster for tests and benches: initdb in a temp folder, started on a free
 * loopback port with its socket in that folder, stopped and removed by stop(). Durability is off
 * (fsync, synchronous_commit, full_page_writes): the data dies with the test anyway.
 *
 * CI runs as root and PostgreSQL refuses root, so then every binary runs as the `postgres` user
 * (runuser) on a folder that user owns. The bot connects as a role that is not a superuser, as on
 * Azure Database for PostgreSQL.
 */
export interface PgCluster {
  /** The superuser's URL: for creating databases, never for the store under test. */
  readonly adminUrl: string;
  readonly port: number;
  /** A new empty database owned by the bot role; returns its URL (as the bot role). */
  createDatabase(name?: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

export const BOT_ROLE = 'nettverksboten';
const BOT_PASSWORD = 'test-only';

const MISSING =
  'PostgreSQL mangler: testene trenger initdb og pg_ctl. Installer Debian-pakken «postgresql» (apt-get install postgresql), ' +
  'eller sett PG_BIN til mappen med initdb.';

/**
 * Debian keeps initdb off PATH, under /usr/lib/postgresql/<version>/bin; the newest version wins.
 * PG_BIN overrides; PATH is the last resort (other systems). Throws the install hint otherwise.
 */
export function postgresBinDir(root = '/usr/lib/postgresql', env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN && existsSync(join(env.PG_BIN, 'initdb'))) return env.PG_BIN;
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0]!, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8', env: { PATH: env.PATH ?? '' } });
  if (which.status === 0 && which.stdout.trim()) return join(which.stdout.trim(), '..');
  throw new Error(MISSING);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function run(bin: string, args: string[]): void {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${bin.split('/').pop()} feilet: ${e.stderr || e.stdout || e.message}`, { cause: err });
  }
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = postgresBinDir();
  // Under root the postgres user must reach the folder, and the socket path must stay short
  // (about 100 bytes): /tmp satisfies both whatever TMPDIR says.
  const dir = mkdtempSync(join(asRoot && existsSync('/tmp') ? '/tmp' : tmpdir(), 'nb-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  // C collation: text sorts and compares by code point, as SQLite's BINARY does (ISO times, ids).
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync']);

  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    const opts = `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=16MB`;
    try {
      run(join(bin, 'pg_ctl'), ['start', '-w', '-t', '30', '-D', data, '-l', join(dir, 'server.log'), '-o', opts]);
      break;
    } catch (err) {
      // Another process took the port between the probe and the start: try another one.
      if (attempt >= 3) throw err;
    }
  }

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${BOT_ROLE} LOGIN PASSWORD '${BOT_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  } finally {
    await admin.end();
  }

  let n = 0;
  let stopped = false;
  // A test process that ends without afterAll (an uncaught error, process.exit) still stops the
  // server: nothing else would, and a leaked postmaster holds memory on a shared machine.
  const stopOnExit = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
    } catch {
      /* already gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  return {
    adminUrl,
    port,
    async createDatabase(name = `nb_${process.pid}_${++n}`, template = 'template0') {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name}" OWNER ${BOT_ROLE} TEMPLATE "${template}"`);
      } finally {
        await c.end();
      }
      return `postgres://${BOT_ROLE}:${BOT_PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopOnExit);
      try {
        run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
