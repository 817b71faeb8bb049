import type { DatabaseSync } from 'node:sqlite';
import type { Store } from '../store.ts';
import { openSqlite } from './database.ts';
import { SqliteNetworks } from './networks.ts';
import { SqlitePeople } from './people.ts';

export class SqliteStore implements Store {
  readonly db: DatabaseSync;
  readonly networks: SqliteNetworks;
  readonly people: SqlitePeople;
  #closed = false;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.networks = new SqliteNetworks(this.db);
    this.people = new SqlitePeople(this.db);
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new Error('store closed');
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.db.close();
  }
}
