// The bot process of the fan-out benchmark: runs the scheduler against a prepared database until
// the parent stops (or kills) it. Its clock starts at FANOUT_START and runs in real time. It runs
// with the production scheduler settings (15 s lease with heartbeat, 15 s tick interval).
import { startApp } from '../bot/compose.ts';
import { loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';
import { exitOnSignals } from '../bot/signals.ts';

const start = new Date(process.env.FANOUT_START!).getTime();
const t0 = Date.now();
const clock = { now: () => new Date(start + (Date.now() - t0)) };
const app = await startApp({
  config: loadConfig({
    PORT: '0',
    DATABASE_URL: process.env.DATABASE_URL,
    LOG_LEVEL: 'error',
    // Set by the PostgreSQL scenarios: which instance this is, and its share of the connections.
    ...(process.env.INSTANCE_ID ? { INSTANCE_ID: process.env.INSTANCE_ID } : {}),
    ...(process.env.PG_POOL_SIZE ? { PG_POOL_SIZE: process.env.PG_POOL_SIZE } : {}),
  }),
  log: createLogger('error'),
  clock,
  host: '127.0.0.1',
});
// The scheduler's owner id lets the parent tell this process's claims from another's.
process.stdout.write(`ready ${app.services.scheduler.owner}\n`);
// The same stop as production: unsent claims handed back, exit 0 only when nothing was cut.
exitOnSignals(app, createLogger('error'));
