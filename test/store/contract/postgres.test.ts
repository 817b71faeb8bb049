import { afterAll, beforeAll } from 'vitest';
import { PostgresStore } from '../../../src/store/postgres/index.ts';
import { startPostgres, type PgCluster } from '../../support/postgres.ts';
import { storeContract } from './contract.ts';

let cluster: PgCluster;
let url: string;
let tables: string;

beforeAll(async () => {
  cluster = await startPostgres();
  url = await cluster.createDatabase();
  const store = await PostgresStore.open(url);
  tables = (await store.networkData.tables()).join(', ');
  await store.close();
});

afterAll(async () => {
  await cluster?.stop();
});

// One migrated database for the file; each case starts from empty tables (and fresh identity
// counters), which is several times faster than a new database per case.
storeContract('PostgreSQL', async () => {
  const store = await PostgresStore.open(url, { migrate: false, poolSize: 8 });
  await store.pool.query(`TRUNCATE ${tables} RESTART IDENTITY`);
  return { store, done: () => store.close() };
});
