import { afterAll, beforeAll } from 'vitest';
import { startPostgres } from './postgres.ts';

/**
 * One throw-away PostgreSQL cluster for the enclosing describe (or file): started in beforeAll,
 * stopped in afterAll. `createDatabase()` gives a new empty database's URL, inside a test.
 */
export function clusterPerSuite() {
  let cluster: Awaited<ReturnType<typeof startPostgres>> | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return {
    createDatabase: () => {
      if (!cluster) throw new Error('the PostgreSQL cluster has not started');
      return cluster.createDatabase();
    },
  };
}
