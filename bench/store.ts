// The same mix of store operations on SQLite and on PostgreSQL, side by side: appending meeting
// entries (a new entry id, then the append, as a typed note does), claiming and completing due jobs
// (what the scheduler does), and listing a network's open tasks (the agenda's item 3). Eight callers
// at once, as concurrent turns and scheduler workers are. PostgreSQL uses DATABASE_URL when it
// names an empty PostgreSQL database, otherwise a throw-away cluster (as the tests do).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../src/store/postgres/index.ts';
import { SqliteStore } from '../src/store/sqlite/index.ts';
import type { Store } from '../src/store/store.ts';
import { startPostgres, type PgCluster } from '../test/support/postgres.ts';

const NETWORKS = 20;
const OPS = 2000; // per operation kind and engine
const CALLERS = 8;
const TENANT = '50000000-0000-4000-8000-000000000005';
const now = new Date('2026-12-01T08:00:00Z');
const kari = { id: 'u1', name: 'Kari', aadObjectId: 'aad-1' };

export interface OpFigures {
  ops_per_s: number;
  p50_ms: number;
  p99_ms: number;
}

export interface StoreBenchResult {
  scenario: 'store';
  callers: number;
  ops: number;
  sqlite: Record<string, OpFigures>;
  postgres: Record<string, OpFigures>;
  database: 'given' | 'throw-away';
}

const netId = (i: number) => `19:store-team-${i}@thread.tacv2`;

async function seed(store: Store): Promise<void> {
  for (let i = 0; i < NETWORKS; i++) {
    const networkId = netId(i);
    await store.networks.upsert(
      {
        tenantId: TENANT,
        networkId,
        scope: 'team',
        name: `Nettverk ${i}`,
        teamId: networkId,
        channelId: `${networkId}-ch`,
        conversation: {
          serviceUrl: 'http://x/',
          channelId: 'msteams',
          conversationId: `${networkId}-ch`,
          conversationType: 'channel',
          tenantId: TENANT,
          botId: 'b',
        },
        active: true,
        installedBy: kari,
      },
      now,
    );
    await store.meetings.start({
      tenantId: TENANT,
      networkId,
      date: '2026-12-01',
      title: 'Nettverksmøte',
      agenda: [{ n: 1, title: 'Velkommen' }],
      thread: { conversationId: 'c1', threadId: null },
      startedBy: kari,
      startedAt: now.toISOString(),
    });
    for (let t = 0; t < 15; t++) {
      await store.tasks.create(
        {
          tenantId: TENANT,
          networkId,
          text: `Oppgave ${t}`,
          owners: [{ kind: 'person', id: 'u1', aadObjectId: 'aad-1', name: 'Kari' }],
          due: '2026-12-15',
          meetingId: null,
          agendaItem: null,
          entryId: null,
          createdBy: kari,
        },
        now,
      );
    }
  }
}

/** Runs `op(i)` OPS times with CALLERS at once; figures per call. */
async function measure(op: (i: number) => Promise<unknown>): Promise<OpFigures> {
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next < OPS) {
        const i = next++;
        const s = performance.now();
        await op(i);
        times.push(performance.now() - s);
      }
    }),
  );
  const total = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 100) / 100;
  return { ops_per_s: Math.round(OPS / total), p50_ms: at(0.5), p99_ms: at(0.99) };
}

async function mix(store: Store): Promise<Record<string, OpFigures>> {
  await seed(store);
  const out: Record<string, OpFigures> = {};
  out.append_entry = await measure(async (i) => {
    const networkId = netId(i % NETWORKS);
    const id = await store.meetings.nextEntryId(TENANT, networkId);
    await store.meetings.append(TENANT, networkId, 'M1', { id, type: 'note', text: `Notat ${i}`, by: kari });
  });
  for (let i = 0; i < OPS; i++)
    await store.jobs.plan(
      {
        tenantId: TENANT,
        networkId: netId(i % NETWORKS),
        key: `bench:${i}`,
        kind: 'bench',
        dueAt: now,
        payload: { i },
      },
      now,
    );
  out.claim_job = await measure(async () => {
    const [job] = await store.jobs.claimDue(now, 1, 15_000, 'bench');
    if (job) await store.jobs.complete(job.id, now);
  });
  out.list_open_tasks = await measure((i) => store.tasks.listOpen(TENANT, netId(i % NETWORKS)));
  return out;
}

export async function storeBench(): Promise<StoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-store-bench-'));
  let sqlite: Record<string, OpFigures>;
  const lite = new SqliteStore(join(dir, 'bench.db'));
  try {
    sqlite = await mix(lite);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const given = process.env.DATABASE_URL;
  let cluster: PgCluster | null = null;
  let url = given ?? '';
  if (!given || !/^postgres(ql)?:\/\//.test(given)) {
    cluster = await startPostgres();
    url = await cluster.createDatabase('storebench');
  }
  try {
    const pg = await PostgresStore.open(url, { poolSize: CALLERS });
    try {
      const existing = await pg.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM networks');
      if (existing.rows[0]!.n > 0)
        throw new Error('DATABASE_URL must name an empty database: the bench seeds its own networks');
      return {
        scenario: 'store',
        callers: CALLERS,
        ops: OPS,
        sqlite,
        postgres: await mix(pg),
        database: cluster ? 'throw-away' : 'given',
      };
    } finally {
      await pg.close();
    }
  } finally {
    await cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await storeBench()));
}
