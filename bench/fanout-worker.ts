// The bot process of the fan-out benchmark: runs the scheduler against a prepared database until
// the parent stops (or kills) it. Its clock starts at FANOUT_START and runs in real time.
import { startApp } from '../bot/compose.ts';
import { loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';

const start = new Date(process.env.FANOUT_START!).getTime();
const t0 = Date.now();
const clock = { now: () => new Date(start + (Date.now() - t0)) };
const app = await startApp({
  config: loadConfig({ PORT: '0', DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'error' }),
  log: createLogger('error'),
  clock,
  host: '127.0.0.1',
  schedulerIntervalMs: 50,
  schedulerLeaseMs: 3_000,
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
