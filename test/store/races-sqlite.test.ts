import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { racesContract } from './races-contract.ts';

// One process owns a SQLite file: the "two instances" are the one store, written from side by side.
racesContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-races-'));
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  return {
    a: store,
    b: store,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
