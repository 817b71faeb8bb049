import { afterAll, beforeAll } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';
import { racesContract } from './races-contract.ts';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

// Two instances: two stores, each with its own pool, on one database.
racesContract('PostgreSQL, two instances', async () => {
  const url = await cluster.createDatabase();
  const a = await PostgresStore.open(url);
  const b = await PostgresStore.open(url, { migrate: false });
  return { a, b, done: async () => void (await Promise.all([a.close(), b.close()])) };
});
