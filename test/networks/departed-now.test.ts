import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hasLeft, noteDeparted } from '../../src/networks/departed.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

// Review 1, item 9: the time a leaving is noted comes from the caller's Clock; there is no made-up
// default (it was `new Date(0)`, outside src/time, which ordered such a leaving oldest for the cap).
let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nb-departed-now-'));
  store = new SqliteStore(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('notes a leaving at the time the caller gives, and takes none made up', async () => {
  await noteDeparted(store, 't1', 'n1', { id: 'u1' }, new Date('2026-12-01T08:00:00Z'));
  expect(await hasLeft(store, 't1', 'n1', { id: 'u1' })).toBe(true);
  const noteWithoutTime = noteDeparted as (...a: unknown[]) => Promise<void>;
  await expect(noteWithoutTime(store, 't1', 'n1', { id: 'u2' })).rejects.toThrow();
  expect(await hasLeft(store, 't1', 'n1', { id: 'u2' })).toBe(false);
});
