import { ConfigError, loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';
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
const app = await startApp({ config, log });
log.info({ url: app.url, anonymous: config.anonymous }, 'Nettverksboten kjører');
if (config.anonymous) {
  process.stdout.write(`\nNettverksboten kjører. Åpne lekeplassen: http://localhost:${app.port}/playground\n\n`);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => process.exit(1), 10_000);
    hardStop.unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
