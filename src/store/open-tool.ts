import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/index.ts';

/**
 * A store for an operator's tool (`npm run plan -- import`) that writes beside a running bot: on
 * SQLite it does not take the file's process lock (that keeps a second bot out, and WAL lets the
 * tool's short write wait its turn); on PostgreSQL a small pool, migrations applied as at start.
 * `url` is DATABASE_URL's form: `sqlite:<path>` or `postgres://…`.
 */
export async function openToolStore(url: string, applicationName: string): Promise<Store> {
  if (url.startsWith('sqlite:')) return new SqliteStore(url.slice('sqlite:'.length));
  const { PostgresStore } = await import('./postgres/index.ts');
  return PostgresStore.open(url, { poolSize: 2, applicationName });
}
