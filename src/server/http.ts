import restify, { type Request, type Response, type Server } from 'restify';
import { randomUUID } from 'node:crypto';
import { serverText } from '../i18n/index.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';

export type RouteMounter = (server: Server) => void;

export interface ServerOptions {
  port: number;
  host?: string;
  log: Logger;
  store: Store;
  /** POST /api/messages: hands the request to the bot adapter. */
  onMessages: (req: Request, res: Response) => Promise<void>;
  /** Extra routes (playground, downloads, feeds), mounted after the core ones. */
  mounts?: RouteMounter[];
  /** Called on shutdown after the listener stops and in-flight requests finish (e.g. stop the scheduler). */
  beforeClose?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 512 * 1024;
const SHUTDOWN_BUDGET_MS = 10_000;

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const server = restify.createServer({ name: 'nettverksboten', handleUncaughtExceptions: false });
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;

  // Slow or stuck clients must not hold a connection (and a shutdown) forever.
  server.server.requestTimeout = 30_000;
  server.server.headersTimeout = 15_000;

  server.pre((req, res, next) => {
    if (closing) {
      res.header('Connection', 'close');
      res.send(503, { message: serverText.shuttingDown });
      return next(false as never);
    }
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (closing && inFlight === 0) drained?.();
    });
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(...restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await opts.store.ping();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'store unavailable' });
    }
  });

  server.post('/api/messages', async (req, res) => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    const started = performance.now();
    try {
      if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
        res.send(400, { message: serverText.notAnActivity });
        return;
      }
      await opts.onMessages(req, res);
    } catch (err) {
      opts.log.error({ requestId, err: { message: (err as Error).message, name: (err as Error).name } }, 'activity failed');
      if (!res.headersSent) res.send(500, { message: serverText.internal });
    } finally {
      opts.log.debug({ requestId, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'activity');
    }
  });

  for (const mount of opts.mounts ?? []) mount(server);

  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; name?: string }, cb: () => void) => {
    if ((err.statusCode ?? 500) >= 500) opts.log.error({ path: req.url, name: err.name }, 'http error');
    cb();
  });

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}`;

  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      const stopListening = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      const budget = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_BUDGET_MS - 1000).unref());
      await Promise.race([idle, budget]);
      await opts.beforeClose?.();
      server.server.closeAllConnections();
      await Promise.race([stopListening, budget]);
      await opts.store.close();
    })());

  return { url, port, server, close };
}
