import { expect } from 'vitest';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import type { ManualClock } from '../../src/time/clock.ts';
import { startConnectorEmulator } from './connector-emulator.ts';
import { startPostgres, type PgCluster } from './postgres.ts';

/**
 * Two bot instances behind one load balancer on one throw-away PostgreSQL database, replying to one
 * connector emulator. Each opens the database from its own DATABASE_URL, as a deployment does.
 */
export interface TwoInstances {
  cluster: PgCluster;
  connector: Awaited<ReturnType<typeof startConnectorEmulator>>;
  apps: RunningApp[];
  /** Posts an activity to one instance as the balancer would; expects 200 and gives the body. */
  post(app: RunningApp, activity: object): Promise<string>;
  close(): Promise<void>;
}

export async function startTwoInstances(clock: ManualClock): Promise<TwoInstances> {
  const cluster = await startPostgres();
  const connector = await startConnectorEmulator();
  const url = await cluster.createDatabase();
  const apps: RunningApp[] = [];
  for (const name of ['a', 'b']) {
    const config = loadConfig({
      PORT: '0',
      DATABASE_URL: url,
      PG_POOL_SIZE: '4',
      INSTANCE_ID: name,
      LOG_LEVEL: 'silent',
    });
    apps.push(
      await startApp({ config, log: createLogger('silent'), clock, host: '127.0.0.1', schedulerIntervalMs: 0 }),
    );
  }
  return {
    cluster,
    connector,
    apps,
    async post(app, activity) {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(200);
      return res.text();
    },
    async close() {
      for (const app of apps.splice(0)) await app.close();
      await connector.close();
      await cluster.stop();
    },
  };
}
