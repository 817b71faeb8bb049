import type { DatabaseTarget } from '../config/env.ts';
import type { Store } from './store.ts';
import type { PostgresStoreOptions } from './postgres/index.ts';
import { SqliteStore } from './sqlite/index.ts';

/**
 * `pg` is loaded only when the target is PostgreSQL, so a SQLite start carries none of it. The
 * options (pool size, statement timeout, MIGRATE_ON_START) come from config; defaults otherwise.
 */
export async function openStore(target: DatabaseTarget, pgOptions: PostgresStoreOptions = {}): Promise<Store> {
  if (target.kind === 'sqlite') return new SqliteStore(target.path, { singleProcess: true });
  const { PostgresStore } = await import('./postgres/index.ts');
  return PostgresStore.open(target.url, pgOptions);
}
