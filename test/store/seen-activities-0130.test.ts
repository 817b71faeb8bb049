import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readMigrations } from '../../src/store/sqlite/database.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

// Migration 0130 rebuilds seen_activities as a WITHOUT ROWID table: an activity claimed before the
// upgrade is still a redelivery after it, and the claim, release and sweep work on the new table.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nb-0130-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps the claims made before 0130 and claims, releases and sweeps after it', async () => {
  const path = join(dir, 'db.sqlite');
  const t0 = new Date('2026-12-01T04:00:00Z');
  const old = new DatabaseSync(path);
  old.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const m of readMigrations().filter((x) => x.version < 130)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, t0.toISOString());
  }
  old
    .prepare('INSERT INTO seen_activities (tenant_id, conversation_id, activity_id, seen_at) VALUES (?, ?, ?, ?)')
    .run('t1', 'c1', 'a1', t0.toISOString());
  old.close();

  const store = new SqliteStore(path);
  try {
    const later = new Date(t0.getTime() + 60_000);
    expect(await store.seenActivities.claim('t1', 'c1', 'a1', later)).toBe(false);
    expect(await store.seenActivities.claim('t1', 'c1', 'a2', later)).toBe(true);
    expect(await store.seenActivities.claim('t1', 'c1', 'a2', later)).toBe(false);
    await store.seenActivities.release('t1', 'c1', 'a2');
    expect(await store.seenActivities.claim('t1', 'c1', 'a2', later)).toBe(true);
    const dayLater = new Date(t0.getTime() + 24 * 60 * 60_000 + 30_000);
    expect(await store.seenActivities.purge(dayLater)).toBe(1);
    expect(await store.seenActivities.claim('t1', 'c1', 'a1', dayLater)).toBe(true);
  } finally {
    await store.close();
  }
  const check = new DatabaseSync(path);
  const sql = (check.prepare("SELECT sql FROM sqlite_master WHERE name = 'seen_activities'").get() as { sql: string })
    .sql;
  check.close();
  expect(sql).toMatch(/WITHOUT ROWID/);
});
