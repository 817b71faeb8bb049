import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { nextOccurrence } from '../../src/deadlines/nudges.ts';
import { readMigrations } from '../../src/store/sqlite/database.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

// Month round 7, N12: migration 0135 gives yearly deadlines their own day. Rows from before take the day of
// the first year of their series, so a copy that inherited a moved date (26.02 instead of 1.3) comes back
// on 1.3 the year after; a yearly row without origin keeps its own day; a one-off row gets none.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nb-0135-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('derives the series day of existing rows from the first year of their series', async () => {
  const path = join(dir, 'db.sqlite');
  const t0 = '2027-02-26T10:00:00.000Z';
  const old = new DatabaseSync(path);
  old.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const m of readMigrations().filter((x) => x.version < 135)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, t0);
  }
  const insert = old.prepare(
    `INSERT INTO deadlines (tenant_id, network_id, id, title, kind, date, time, source, checklist, yearly, status, created_by, created_at, origin)
     VALUES ('t1', 'n1', ?, 'Rapport', 'rapportering', ?, '23:59', 'kilde', '[]', ?, ?, '{"id":"29:a","name":"Kari"}', ?, ?)`,
  );
  insert.run('F1', '2026-03-01', 1, 'done', t0, 'y:one');
  insert.run('F2', '2027-02-26', 1, 'done', t0, 'y:one'); // moved that year, and copied on
  insert.run('F3', '2028-02-26', 1, 'open', t0, 'y:one'); // the drifted copy
  insert.run('F4', '2027-06-15', 1, 'open', t0, null);
  insert.run('F5', '2027-01-20', 0, 'open', t0, null);
  old.close();

  const store = new SqliteStore(path);
  try {
    const get = async (id: string) => (await store.deadlines.get('t1', 'n1', id))!;
    expect((await get('F3')).seriesDay).toBe('03-01');
    expect(nextOccurrence(await get('F3'))).toBe('2029-03-01');
    expect((await get('F2')).seriesDay).toBe('03-01');
    expect((await get('F4')).seriesDay).toBe('06-15');
    expect((await get('F5')).seriesDay).toBeNull();
  } finally {
    await store.close();
  }
});

it('the next year of a moved occurrence follows the series day, also across New Year', () => {
  expect(nextOccurrence({ date: '2027-02-26', seriesDay: '03-01' })).toBe('2028-03-01');
  expect(nextOccurrence({ date: '2028-01-04', seriesDay: '12-31' })).toBe('2028-12-31');
  expect(nextOccurrence({ date: '2027-12-20', seriesDay: '01-05' })).toBe('2029-01-05');
  expect(nextOccurrence({ date: '2028-02-29', seriesDay: '02-29' })).toBe('2029-02-28');
  expect(nextOccurrence({ date: '2027-03-01' })).toBe('2028-03-01');
});
