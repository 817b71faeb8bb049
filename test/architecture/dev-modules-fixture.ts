// Started as its own process by dev-modules.test.ts: records every module the start loads (a
// load hook sees each one, static or dynamic), starts the app from the environment as bot/main.ts
// does, asks for /playground, stops, and prints what it saw as one JSON line.
import { registerHooks } from 'node:module';

const loaded: string[] = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});

const { loadConfig } = await import('../../src/config/env.ts');
const { createLogger } = await import('../../src/log.ts');
const { startApp } = await import('../../bot/compose.ts');

const config = loadConfig();
const app = await startApp({ config, log: createLogger('silent'), schedulerIntervalMs: 0 });
const playground = (await fetch(`${app.url}/playground`)).status;
await app.close();
process.stdout.write(`${JSON.stringify({ anonymous: config.anonymous, playground, loaded })}\n`);
