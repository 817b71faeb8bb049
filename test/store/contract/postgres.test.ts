import { afterAll, beforeAll } from 'vitest';
import { PostgresStore } from '../../../src/store/postgres/index.ts';
import { startPostgres, type PgCluster } from '../../support/postgres.ts';
import { storeContract } from './contract.ts';

let cluster: PgCluster;
const TEMPLATE = 'nb_contract_template';

beforeAll(async () => {
  cluster = await startPostgres();
  // Migrate once into a template; each case gets a copy (CREATE DATABASE … TEMPLATE), which is faster than migrating.
  const url = await cluster.createDatabase(TEMPLATE);
  await (await PostgresStore.open(url)).close();
});

afterAll(async () => {
  await cluster?.stop();
});

storeContract('PostgreSQL', async () => {
  const store = await PostgresStore.open(await cluster.createDatabase(undefined, TEMPLATE), { poolSize: 8 });
  return { store, done: () => store.close() };
});
