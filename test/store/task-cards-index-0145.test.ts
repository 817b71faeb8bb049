import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { openByCard } from '../../src/store/rows/tasks.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { clusterPerSuite } from '../support/postgres-suite.ts';

// Migration 0145 (#14): a reaction looks its task up by the card's activity id, so task_cards has an
// index that starts with (tenant_id, activity_id) in both dialects, and listOpenByCard's statement
// reaches the card through it instead of walking every card of the tenant.

const INDEX = 'task_cards_by_activity';
const cluster = clusterPerSuite();

it('SQLite has the index and listOpenByCard’s plan finds the card through it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-0145-'));
  try {
    const path = join(dir, 'db.sqlite');
    await new SqliteStore(path).close();
    const db = new DatabaseSync(path);
    try {
      const cols = (db.prepare(`PRAGMA index_info(${INDEX})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols.slice(0, 2)).toEqual(['tenant_id', 'activity_id']);
      const sql = openByCard("json_extract(t.card_ref, '$.activityId')", '?');
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('t1', 'n1', 'n1', 'a1', 't1', 'a1') as {
          detail: string;
        }[]
      ).map((r) => r.detail);
      expect(
        plan.some((d) => d.includes(`task_cards`) && d.includes(`INDEX ${INDEX} (tenant_id=? AND activity_id=?)`)),
      ).toBe(true);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('PostgreSQL has the same index', async () => {
  const store = await PostgresStore.open(await cluster.createDatabase());
  try {
    const { rows } = await store.pool.query<{ indexdef: string }>(
      'SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexname = $2',
      ['task_cards', INDEX],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.indexdef).toMatch(/\(tenant_id, activity_id\b/);
  } finally {
    await store.close();
  }
});
