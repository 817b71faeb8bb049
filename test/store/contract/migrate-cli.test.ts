import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/store/postgres/migrate-cli.ts';
import { PostgresStore } from '../../../src/store/postgres/index.ts';
import { SqliteStore } from '../../../src/store/sqlite/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { startPostgres, type PgCluster } from '../../support/postgres.ts';

const now = new Date('2026-11-23T08:00:00Z');
const kari = { id: 'u1', name: 'Kari', aadObjectId: 'aad-1' };
const CLI = join(import.meta.dirname, '../../../src/store/postgres/migrate-cli.ts');
const NODE = join(import.meta.dirname, '../../../node_modules/.bin/node');

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE, [CLI, ...args], { env: { PATH: process.env.PATH, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The CLI's main in this process: for the cases that need no separate process. */
async function inProcess(args: string[], env: Record<string, string> = {}) {
  const lines = { stdout: '', stderr: '' };
  const code = await main(args, env, {
    out: (l) => (lines.stdout += `${l}\n`),
    err: (l) => (lines.stderr += `${l}\n`),
  });
  return { code, ...lines };
}

/** A network's life in a few calls: every kind of row the move must carry. */
async function fill(store: Store, networkId: string) {
  const ref = {
    serviceUrl: 'http://x/',
    channelId: 'msteams',
    conversationId: `${networkId}-ch`,
    conversationType: 'channel' as const,
    tenantId: 't1',
    botId: 'b',
  };
  await store.networks.upsert(
    {
      tenantId: 't1',
      networkId,
      scope: 'team',
      name: 'Vest',
      teamId: networkId,
      channelId: `${networkId}-ch`,
      conversation: ref,
      active: true,
      installedBy: kari,
    },
    now,
  );
  await store.networks.setSetting('t1', networkId, 'statsforvalter', 'Vestland');
  await store.people.setRole('t1', networkId, kari, 'leader', now);
  for (let i = 0; i < 3; i++)
    await store.tasks.create(
      {
        tenantId: 't1',
        networkId,
        text: `Oppgave ${i} «æøå»`,
        owners: [{ kind: 'person', ...kari }],
        due: null,
        meetingId: null,
        agendaItem: null,
        entryId: null,
        createdBy: kari,
      },
      now,
    );
  await store.tasks.update('t1', networkId, 'T2', { type: 'status', from: 'open', to: 'done' }, kari, now);
  const m = await store.meetings.start({
    tenantId: 't1',
    networkId,
    date: '2026-11-27',
    title: 'Møte',
    agenda: [{ n: 1 }],
    thread: null,
    startedBy: kari,
    startedAt: now.toISOString(),
  });
  await store.meetings.append('t1', networkId, m.id, {
    id: await store.meetings.nextEntryId('t1', networkId),
    type: 'note',
    text: 'Notat',
  });
  await store.deadlines.create({
    tenantId: 't1',
    networkId,
    title: 'Rapport',
    kind: 'rapportering',
    date: '2027-03-01',
    time: '23:59',
    scope: 'network',
    statsforvalter: null,
    origin: null,
    source: 's',
    checklist: ['A'],
    yearly: true,
    createdBy: kari,
    createdAt: now.toISOString(),
  });
  await store.jobs.plan(
    { tenantId: 't1', networkId, key: `${networkId}:nudge`, kind: 'nudge', dueAt: now, payload: { a: 1 } },
    now,
  );
  await store.deliveries.record({
    tenantId: 't1',
    networkId,
    key: '',
    conversation: 'c',
    operation: 'send',
    outcome: 'sent',
    status: 201,
    attempts: 1,
    at: now,
  });
}

/** Rows compared as sets: neither engine promises an order for a bare SELECT. */
const canonical = (rows: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(rows).map(([t, rs]) => [t, rs.map((r) => JSON.stringify(r)).sort()]));

let cluster: PgCluster;
let dir: string;
beforeAll(async () => {
  cluster = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'nb-migrate-'));
});
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run migrate', () => {
  it('says what it needs when DATABASE_URL is no PostgreSQL address', async () => {
    const r = await inProcess([], { DATABASE_URL: 'sqlite:./data/x.db' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DATABASE_URL må være en PostgreSQL-adresse');
  });

  it('migrates once, then finds nothing left to do', async () => {
    const url = await cluster.createDatabase();
    const first = await inProcess([], { DATABASE_URL: url });
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^Migreringer kjørt: 1, 2, 3/);
    const again = await inProcess([url]);
    expect(again).toMatchObject({ code: 0, stdout: 'Databasen er allerede oppdatert.\n' });
  });

  it('moves a SQLite database into an empty PostgreSQL one: same rows, ids continue, never twice', async () => {
    const path = join(dir, 'bot.db');
    const sqlite = new SqliteStore(path);
    await fill(sqlite, 'n1');
    await fill(sqlite, 'n2');
    const key = await sqlite.secrets.getOrCreate('url-signing', () => Buffer.from('the-key'), now);
    await sqlite.close();

    const url = await cluster.createDatabase();
    const moved = await cli([url, '--from', `sqlite:${path}`]);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/Flyttet \d+ rader fra \d+ tabeller til PostgreSQL\./);

    const source = new SqliteStore(path);
    const pg = await PostgresStore.open(url, { migrate: false });
    try {
      for (const n of ['n1', 'n2'])
        expect(canonical(await pg.networkData.export('t1', n))).toEqual(
          canonical(await source.networkData.export('t1', n)),
        );
      expect((await pg.secrets.getOrCreate('url-signing', () => Buffer.from('other'), now)).equals(key)).toBe(true);
      expect(
        (
          await pg.tasks.create(
            {
              tenantId: 't1',
              networkId: 'n1',
              text: 'ny',
              owners: [],
              due: null,
              meetingId: null,
              agendaItem: null,
              entryId: null,
              createdBy: kari,
            },
            now,
          )
        ).id,
      ).toBe('T4');
      expect(await pg.meetings.nextEntryId('t1', 'n1')).toBe('e-2');
      await pg.jobs.plan(
        { tenantId: 't1', networkId: 'n1', key: 'after-move', kind: 'nudge', dueAt: now, payload: null },
        now,
      );
      const ids = (await pg.jobs.list('t1', 'n1')).map((j) => j.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(Math.max(...ids)).toBe(3);
    } finally {
      await pg.close();
      await source.close();
    }

    const twice = await inProcess([url, `--from=sqlite:${path}`]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('har allerede data');
  });

  it('refuses a SQLite file a running bot holds (another process: the lock is per process)', async () => {
    const path = join(dir, 'running.db');
    const running = new SqliteStore(path, { singleProcess: true });
    try {
      const r = await cli([await cluster.createDatabase(), '--from', `sqlite:${path}`]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('brukes allerede av en annen Nettverksboten-prosess');
    } finally {
      await running.close();
    }
  });

  it('refuses a source that is not there or not SQLite, saying how to write it', async () => {
    const url = await cluster.createDatabase();
    const missing = await inProcess([url, '--from', `sqlite:${join(dir, 'nope.db')}`]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('Finner ikke SQLite-filen');
    const bad = await inProcess([url, '--from', 'mysql://x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from sqlite:./data/nettverksboten.db');
  });
});
