import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startConnectorEmulator } from './connector-emulator.ts';
import { botAddedToTeam, networkFixture, type NetworkFixture, type TestPerson } from './teams.ts';

export type Connector = Awaited<ReturnType<typeof startConnectorEmulator>>;

export interface TestApp {
  app: RunningApp;
  connector: Connector;
  clock: ManualClock;
  dir: string;
  /** POSTs an activity to /api/messages over real HTTP; the bot's replies have reached the connector when it resolves. */
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Stops the server and starts a new one on the same database file. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: ManualClock;
  env?: Record<string, string>;
  connector?: Connector;
  /**
   * true: the proactive sender's rate windows and retry back-off run on virtual time (see
   * `virtualSendTime`), so a test that sends many cards or retries a failing Teams does not wait in
   * real time. Leave it off where a test checks the real spacing of requests at the connector.
   */
  virtualSendTime?: boolean;
}

/**
 * Time for the proactive sender that moves on when it sleeps instead of waiting: the windows and the
 * back-off still decide how long each send waits (and a send never goes before its slot in this time),
 * but the wait costs no wall time. Starts at the real time and never goes back.
 */
export function virtualSendTime(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: () => number } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    sleep: (ms) => {
      offset += Math.max(0, ms);
      return new Promise((resolve) => setImmediate(resolve));
    },
    slept: () => offset,
  };
}

/** The real server (restify, CloudAdapter, SQLite file) with the Bot Connector emulated on loopback. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-'));
  const connector = opts.connector ?? (await startConnectorEmulator());
  const clock = opts.clock ?? new ManualClock('2026-11-23T08:00:00Z');
  const sendTime = opts.virtualSendTime ? virtualSendTime() : null;
  const boot = () =>
    startApp({
      config: loadConfig({
        PORT: '0',
        DATABASE_URL: `sqlite:${join(dir, 'test.db')}`,
        LOG_LEVEL: 'silent',
        ...opts.env,
      }),
      log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      clock,
      host: '127.0.0.1',
      schedulerIntervalMs: 0,
      ...(sendTime ? { sendTime } : {}),
    });
  const t: TestApp = {
    app: await boot(),
    connector,
    clock,
    dir,
    async post(activity, headers = {}) {
      const res = await fetch(`${t.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body };
    },
    async restart() {
      await t.app.close();
      t.app = await boot();
    },
    async close() {
      await t.app.close();
      if (!opts.connector) await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** The real server with `count` networks of one tenant, each installed by `installer` (their leader). */
export async function startWithNetworks(
  count: number,
  installer: TestPerson,
  opts: TestAppOptions = {},
): Promise<{ t: TestApp; nets: NetworkFixture[] }> {
  const t = await startTestApp(opts);
  const nets: NetworkFixture[] = [];
  for (let n = 1; n <= count; n++) {
    const net = networkFixture(t.connector.url, n);
    await t.post(botAddedToTeam(net, installer));
    nets.push(net);
  }
  return { t, nets };
}
