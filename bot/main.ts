import { ConfigError, loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';
import { StoreInUseError } from '../src/store/sqlite/database.ts';
import { startApp } from './compose.ts';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    // An operator's mistake, not a crash: the message lists every variable to fix.
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const log = createLogger(config.logLevel);
let app;
try {
  app = await startApp({ config, log });
} catch (err) {
  if (err instanceof StoreInUseError) {
    // Another process owns the database file: say so and which way leads to several instances.
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
log.info({ url: app.url, anonymous: config.anonymous }, 'Nettverksboten kjører');
if (config.anonymous) {
  process.stdout.write(`\nNettverksboten kjører. Åpne lekeplassen: http://localhost:${app.port}/playground\n\n`);
}

// Past the shutdown budget (8 s for sends, 9 s for requests) something hangs: end with an error.
const HARD_STOP_MS = 15_000;
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => process.exit(1), HARD_STOP_MS);
    hardStop.unref();
    app.shutdown().then(
      (r) => {
        // Exit 0 only when nothing was cut: a supervisor then knows a non-zero stop lost work in flight.
        log.info({ ...r }, 'stopped');
        process.exit(r.orderly ? 0 : 1);
      },
      (err) => {
        log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
