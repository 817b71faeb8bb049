import type { DatabaseTarget } from '../config/env.ts';
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/index.ts';

export async function openStore(target: DatabaseTarget): Promise<Store> {
  if (target.kind === 'sqlite') return new SqliteStore(target.path, { singleProcess: true });
  // Config already refuses postgres:// until that engine lands; this guards direct callers.
  throw new Error('PostgreSQL støttes ikke ennå');
}
