import type { Request, Response } from 'restify';
import type { Config } from '../src/config/env.ts';
import type { Services } from '../src/app/services.ts';
import { Dispatcher } from '../src/commands/dispatch.ts';
import { leftTeamRefusal } from '../src/conversation/guards.ts';
import type { Feature } from '../src/commands/spec.ts';
import { createFeatures } from '../src/features/index.ts';
import { Scheduler } from '../src/scheduler/scheduler.ts';
import { urlSigner } from '../src/security/secrets.ts';
import type { Logger } from '../src/log.ts';
import { startServer, type RouteMounter, type RunningServer } from '../src/server/http.ts';
import { mountInfoPages } from '../src/server/pages.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { systemClock, type Clock } from '../src/time/clock.ts';
import { createAdapter } from './adapter.ts';
import { NettverksBot } from './bot.ts';
import { TeamsMessenger } from './messenger.ts';
import { ReliableMessenger } from '../src/messaging/reliable.ts';
import { createTab } from '../src/tab/mount.ts';
import { TeamsRoster } from './roster.ts';

export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  store?: Store;
  host?: string;
  /** How often the scheduler looks for due jobs; 0 leaves it to explicit tick() calls (tests, bench). */
  schedulerIntervalMs?: number;
  /** How long a claim holds without a heartbeat before another process may take the job over (default 15 s). */
  schedulerLeaseMs?: number;
  /** How long a shutdown waits for sends in flight before handing their jobs back (default 8 s). */
  shutdownBudgetMs?: number;
  /**
   * The proactive sender's time for rate windows and retry back-off (default: real time). Tests pass a
   * virtual time whose sleep moves it on at once, so the rules hold without waiting for them.
   */
  sendTime?: { now: () => number; sleep: (ms: number) => Promise<void> };
}

/** How a shutdown went: orderly when no send and no incoming activity was cut off. */
export interface ShutdownReport {
  orderly: boolean;
  /** Claimed jobs handed back to the store for the next process. */
  releasedJobs: number;
  /** Proactive sends still running when the budget ran out (their jobs were handed back). */
  cutSends: number;
  /** Incoming activities still being handled when the server closed the store. */
  cutActivities: number;
}

export interface RunningApp extends RunningServer {
  services: Services;
  dispatcher: Dispatcher;
  /** Graceful stop with a verdict: what main turns into the exit code. */
  shutdown(): Promise<ShutdownReport>;
}

/** Activity types that are a person's messages (and their edits and deletions) in a conversation. */
const ORDERED_TYPES = new Set(['message', 'messageUpdate', 'messageDelete']);

/**
 * One conversation's messages are handled one at a time, in the order they arrive (month round 5,
 * N5): Teams delivers a person's lines in order without waiting for the bot, and a meeting line
 * handled before the «neste» sent ahead of it lands under the wrong item, or is confirmed before the
 * item is announced. Invokes (card clicks) are not queued: Teams wants their answer within seconds.
 * In-process only: with several instances behind a load balancer, lines of one conversation can
 * still reach different processes, which this does not order.
 */
function conversationQueue() {
  const tails = new Map<string, Promise<void>>();
  return async function inOrder<T>(body: unknown, run: () => Promise<T>): Promise<T> {
    const activity = (body ?? {}) as { type?: unknown; conversation?: { id?: unknown } };
    const key = activity.conversation?.id;
    if (typeof key !== 'string' || typeof activity.type !== 'string' || !ORDERED_TYPES.has(activity.type)) return run();
    const before = tails.get(key) ?? Promise.resolve();
    const mine = before.then(run);
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return mine;
  };
}

/** The composition root: wires store, features, bot and HTTP server together. */
export async function startApp(opts: AppOptions): Promise<RunningApp> {
  const { config, log } = opts;
  // Local mode runs on a clock the playground's "Spol fram" can move (as far as the last run had
  // moved it); production on the system clock.
  // The dev-only parts (src/dev/) load only in local mode, so a production start never reads them.
  const clock =
    opts.clock ??
    (config.anonymous
      ? (await import('../src/dev/playground/saved-state.ts')).playgroundClock(config.database)
      : systemClock);
  const pg = config.postgres;
  const store =
    opts.store ??
    (await openStore(config.database, {
      poolSize: pg.poolSize,
      statementTimeoutMs: pg.statementTimeoutMs,
      migrate: pg.migrate,
      applicationName: pg.instanceId ? `nettverksboten-${pg.instanceId}` : 'nettverksboten',
      onIdleError: (err) => log.warn({ err: { message: err.message } }, 'database connection dropped'),
    }));
  const adapter = createAdapter(config, log);
  const messenger = new ReliableMessenger(new TeamsMessenger(adapter, config.appId, store, () => clock.now()), {
    store,
    log,
    clock: () => clock.now(),
    ...opts.sendTime,
  });
  const scheduler = new Scheduler({
    jobs: store.jobs,
    handlers: [],
    clock,
    log,
    ...(opts.schedulerLeaseMs ? { leaseMs: opts.schedulerLeaseMs } : {}),
  });
  // Card updates Teams did not take at once are sent again by the scheduler (month round 7, N8).
  scheduler.register(messenger.cardUpdateJob());
  let baseUrl = config.publicBaseUrl ?? '';
  const signer = await urlSigner(store.secrets, clock.now());
  const services: Services = {
    config,
    store,
    clock,
    log,
    messenger,
    scheduler,
    publicUrl: () => baseUrl,
    signer,
    roster: new TeamsRoster(adapter, config.appId),
  };

  const features: Feature[] = createFeatures(services, () => dispatcher.commands());
  const dispatcher = new Dispatcher(features, (ctx, data) => leftTeamRefusal(services, ctx, data));
  for (const f of features) for (const h of f.jobs ?? []) scheduler.register(h);
  const bot = new NettverksBot(services, dispatcher);

  const tab = createTab(services, dispatcher);
  const mounts: RouteMounter[] = [
    mountInfoPages,
    (server) => tab.mount(server as never),
    ...features.flatMap((f) => (f.mount ? [f.mount] : [])),
  ];
  if (config.anonymous) {
    const { mountPlayground } = await import('../src/dev/playground/routes.ts');
    mounts.push((server) => mountPlayground(server, { log, publicUrl: () => running.url, services }));
    const { mountTabToken } = await import('../src/dev/playground/tab-token.ts');
    mounts.push((server) => mountTabToken(server as never, tab.localSigner!));
  }

  const inConversationOrder = conversationQueue();
  let activities = 0;
  let unfinished = 0;
  const budgetMs = opts.shutdownBudgetMs ?? 8_000;
  const running = await startServer({
    port: config.port,
    host: opts.host ?? config.host,
    requireBearer: !config.anonymous,
    authenticate: adapter.checkToken,
    bodyGates: [tab.bodyGate],
    trustProxy: config.trustProxy,
    log,
    store,
    clock,
    onMessages: async (req: Request, res: Response) => {
      activities++;
      try {
        await inConversationOrder(req.body, () => adapter.process(req as never, res as never, (ctx) => bot.run(ctx)));
      } finally {
        activities--;
      }
    },
    mounts,
    // Called once the HTTP drain ended (all answered, or its budget ran out), before connections
    // are cut and the store closes: activities still running now are the ones being cut.
    beforeClose: async () => {
      unfinished = activities;
      await scheduler.stop(budgetMs);
    },
  });
  baseUrl ||= running.url;
  // The scheduler starts before the features' start-up planning: jobs already due (a dead
  // process's nudges) must not wait for it (with 1,000 networks it took half a minute); what
  // start-up plans is picked up by the next tick.
  const interval = opts.schedulerIntervalMs ?? 15_000;
  if (interval > 0) scheduler.start(interval);
  for (const f of features) await f.start?.();
  let report: Promise<ShutdownReport> | null = null;
  const shutdown = () =>
    (report ??= (async () => {
      // The scheduler stops at once, in parallel with the HTTP drain: unsent claims go back to the
      // store now, and sends in flight get the whole budget.
      const stopped = scheduler.stop(budgetMs);
      await running.close();
      const { released, cut } = await stopped;
      const cutActivities = unfinished;
      if (cutActivities) log.warn({ cutActivities }, 'shutdown cut incoming activities still being handled');
      return { orderly: cut === 0 && cutActivities === 0, releasedJobs: released, cutSends: cut, cutActivities };
    })());
  return { ...running, close: () => shutdown().then(() => undefined), shutdown, services, dispatcher };
}
