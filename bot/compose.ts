import type { Request, Response } from 'restify';
import type { Config } from '../src/config/env.ts';
import type { Services } from '../src/app/services.ts';
import { Dispatcher } from '../src/commands/dispatch.ts';
import type { Feature } from '../src/commands/spec.ts';
import { coreFeature } from '../src/features/core.ts';
import type { Logger } from '../src/log.ts';
import { startServer, type RouteMounter, type RunningServer } from '../src/server/http.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { systemClock, type Clock } from '../src/time/clock.ts';
import { createAdapter } from './adapter.ts';
import { NettverksBot } from './bot.ts';
import { TeamsMessenger } from './messenger.ts';

export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  store?: Store;
  host?: string;
}

export interface RunningApp extends RunningServer {
  services: Services;
  dispatcher: Dispatcher;
}

/** The composition root: wires store, features, bot and HTTP server together. */
export async function startApp(opts: AppOptions): Promise<RunningApp> {
  const { config, log } = opts;
  const clock = opts.clock ?? systemClock;
  const store = opts.store ?? (await openStore(config.database));
  const adapter = createAdapter(config, log);
  const messenger = new TeamsMessenger(adapter, config.appId, store, () => clock.now());
  const services: Services = { config, store, clock, log, messenger };

  const features: Feature[] = [];
  features.push(coreFeature(() => dispatcher.commands()));
  const dispatcher = new Dispatcher(features);
  const bot = new NettverksBot(services, dispatcher);

  const mounts: RouteMounter[] = [];
  if (config.anonymous) {
    const { mountPlayground } = await import('../src/playground/routes.ts');
    mounts.push((server) => mountPlayground(server, { log, publicUrl: () => running.url }));
  }

  const running = await startServer({
    port: config.port,
    host: opts.host,
    log,
    store,
    onMessages: (req: Request, res: Response) => adapter.process(req as never, res as never, (ctx) => bot.run(ctx)),
    mounts,
  });
  return { ...running, services, dispatcher };
}
