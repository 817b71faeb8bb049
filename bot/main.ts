import { ConfigError, loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';
import { installProcessGuard } from '../src/server/guard.ts';
import { StoreInUseError } from '../src/store/sqlite/database.ts';
import { startApp } from './compose.ts';
import { exitOnSignals } from './signals.ts';
import { launchText } from '../src/i18n/launch.ts';
import { isLoopbackHost } from '../src/server/http.ts';

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
installProcessGuard(log);
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
  if (!isLoopbackHost(config.host)) {
    log.warn({ host: config.host }, 'local mode listens beyond loopback');
    process.stderr.write(`\n${launchText.openOnNetwork(config.host)}\n\n`);
  }
}

exitOnSignals(app, log);
