import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogCache } from '../../src/meetings/log-cache.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

// The cache of running meetings' logs (issue #14) on a real SQLite store.
let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nb-logcache-'));
  store = new SqliteStore(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const kari = { id: 'u1', name: 'Kari' };
const note = (n: number) => ({
  id: `e-${n}`,
  at: '2026-11-27T08:00:00.000Z',
  author: kari,
  item: 0,
  kind: 'note',
  text: `n${n}`,
});
const start = (networkId: string) =>
  store.meetings.start({
    tenantId: 't1',
    networkId,
    date: '2026-11-27',
    title: 'Møte',
    agenda: [],
    thread: null,
    startedBy: kari,
    startedAt: '2026-11-27T08:00:00.000Z',
  });

describe('LogCache', () => {
  it('reads only what was appended since, and the whole log again when rows it held are gone', async () => {
    const m = await start('n1');
    for (let i = 1; i <= 3; i++) await store.meetings.append('t1', 'n1', m.id, note(i));
    const cache = new LogCache();
    const seen: number[] = [];
    const counting = {
      entriesAfter: async (...a: Parameters<typeof store.meetings.entriesAfter>) => {
        seen.push(a[3]);
        return store.meetings.entriesAfter(...a);
      },
    };
    expect((await cache.read(counting, m)).map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3']);
    await store.meetings.append('t1', 'n1', m.id, note(4));
    expect((await cache.read(counting, m)).map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3', 'e-4']);
    expect(seen).toEqual([0, 3]);
    // Erased under it: the count no longer lines up, so it reads from the start.
    await store.networkData.erase('t1', 'n1');
    expect(await cache.read(counting, m)).toEqual([]);
    expect(seen).toEqual([0, 3, 4, 0]);
  });

  it('hands out frozen entries in an array of the caller’s own', async () => {
    const m = await start('n1');
    await store.meetings.append('t1', 'n1', m.id, note(1));
    const cache = new LogCache();
    const a = await cache.read(store.meetings, m);
    expect(() => {
      (a[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (a[0]!.author as { name: string }).name = 'x';
    }).toThrow(TypeError);
    a.push(note(9) as never);
    expect((await cache.read(store.meetings, m)).map((e) => e.id)).toEqual(['e-1']);
  });

  it('drops a meeting that ended, and holds at most its cap of networks', async () => {
    const cache = new LogCache(2);
    const ms = [await start('n1'), await start('n2'), await start('n3')];
    for (const m of ms) await cache.read(store.meetings, m);
    expect(cache.size).toBe(2);
    cache.keepOnly('t1', 'n3', ms[2]!.id);
    expect(cache.size).toBe(2);
    cache.keepOnly('t1', 'n3', null);
    expect(cache.size).toBe(1);
  });
});
