import restify, { type Next, type Request, type Response, type Server } from 'restify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { checkActivityShape, MAX_ID_LENGTH } from './activity-shape.ts';
import {
  BodyBudget,
  continueWhenRead,
  declaredLength,
  decodeUtf8,
  hasBody,
  isEncoded,
  mediaType,
  parseJson,
  readBody,
} from './body.ts';
import { serverText } from '../i18n/index.ts';
import { redactNumbersOnly } from '../privacy/redact.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { mountTabStatic } from '../tab/static.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { WarnThrottle } from './warn-throttle.ts';
import { isLoopbackHost } from './loopback.ts';
import {
  DOWNLOAD_PREFIX,
  DownloadLimits,
  FEED_PREFIX,
  FEEDS_IN_FLIGHT_PER_ADDRESS,
  FEEDS_PER_ADDRESS,
  FEEDS_PER_LINK,
} from './download-limits.ts';
import { clientAddress } from './client-address.ts';

export type RouteMounter = (server: Server) => void;

/**
 * A check on the headers alone for the routes under `prefix`, awaited before a byte of the body is
 * read: an anonymous request must not make the server buffer and parse half a megabyte of JSON
 * (which holds the event loop for every other request) only to be told 401.
 */
export interface BodyGate {
  prefix: string;
  check(
    req: Request,
  ): Promise<{ ok: true } | { ok: false; status: number; body: unknown; headers?: Record<string, string> }>;
  /** These routes' own body limit, below the server's. */
  maxBodyBytes?: number;
  /**
   * Checked first for every request under the prefix, whatever its method, with the client's
   * address: a refusal (a rate limit) answers before the token is checked or the body read.
   */
  early?(req: { address: string }): { status: number; body: unknown; headers?: Record<string, string> } | null;
}

export interface ServerOptions {
  port: number;
  host?: string;
  log: Logger;
  store: Store;
  /** POST /api/messages: hands the request to the bot adapter. */
  onMessages: (req: Request, res: Response) => Promise<void>;
  /**
   * An app id is configured: /api/messages must carry `Authorization: Bearer <jwt>`. Checked from
   * the headers before the body is read, so an unauthenticated request costs almost nothing; the
   * token itself is validated by the adapter.
   */
  requireBearer?: boolean;
  /**
   * With an app id: the full token check on the headers alone (issuer, audience, signature with the
   * channel's cached keys, expiry), awaited before a byte of the body is read, so a forged token
   * costs no body buffering. 401 when rejected; 503 with Retry-After when the keys cannot be had.
   * The checks that need the body (serviceurl claim, endorsements) the adapter makes afterwards.
   */
  authenticate?: (
    authorization: string | undefined,
  ) => Promise<{ ok: true } | { ok: false; status: 401 | 503; reason: string; retryAfterS?: number }>;
  /** Times the throttle on rejected-token warn lines (default: the system clock). */
  clock?: Clock;
  /** Bytes of request bodies read at once, all requests together (default 32 MB); beyond it 503. */
  maxInFlightBodyBytes?: number;
  /**
   * Local mode (no app id, nothing authenticated): every route answers only requests addressed to
   * this machine by name (Host localhost, 127.0.0.1, [::1] or another IP literal, any port) and
   * state-changing requests from a web page only when the page is this server or on loopback.
   * Defaults to !requireBearer.
   */
  localOnly?: boolean;
  /** Extra routes (playground, downloads, feeds), mounted after the core ones. */
  mounts?: RouteMounter[];
  /** Checks on the headers of routes under a prefix, made before their body is read (the tab's token). */
  bodyGates?: BodyGate[];
  /** The signed download links' rate limits (default: per address and per link, see download-limits.ts). */
  downloadLimits?: DownloadLimits;
  /** The calendar feed's rate limits (default: FEEDS_PER_ADDRESS and FEEDS_PER_LINK, see download-limits.ts). */
  feedLimits?: DownloadLimits;
  /**
   * How many proxies in front of the server append to X-Forwarded-For (TRUST_PROXY): the per-address
   * limits key on the client they report. 0 (default): the socket's address, the header ignored.
   */
  trustProxy?: number;
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
const MAX_IN_FLIGHT_BODY_BYTES = 32 * 1024 * 1024;
/** How long a client is asked to wait when the body budget is spent. */
const BUSY_RETRY_AFTER_S = 5;
const SHUTDOWN_BUDGET_MS = 10_000;
const MESSAGES_PATH = '/api/messages';
const PLAN_UPLOAD = /^\/tab\/api\/networks\/[^/]+\/projects\/import\/?$/;
/** The shape of a bearer JWT: three base64url parts. Anything else cannot pass the adapter's check. */
const BEARER = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The host name of a Host header (no port, lower case, no trailing dot); null when it cannot be read. */
export function hostOf(header: string): string | null {
  const h = header.trim().toLowerCase();
  let name: string;
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    if (end < 0) return null;
    const rest = h.slice(end + 1);
    if (rest && !/^:\d*$/.test(rest)) return null;
    name = h.slice(1, end);
  } else {
    const m = /^([^:]*)(?::\d*)?$/.exec(h);
    if (!m) return null;
    name = m[1]!;
  }
  return name.replace(/\.$/, '');
}

/**
 * A name a browser can only be using when it talks to this machine. A DNS name other than
 * localhost may be rebound to 127.0.0.1 by whoever controls it (a page on attacker.example then
 * reads this server as its own origin); an IP literal cannot be rebound, so it is accepted too
 * (HOST=0.0.0.0 reached by the machine's own address keeps working).
 */
export function isLocalHostName(name: string | null): boolean {
  if (name === null) return false;
  return name === 'localhost' || isIP(name) !== 0;
}

/**
 * The Origin of a web page that may change state here: this server itself, or a page on loopback
 * on this server's port (another local web app, a dev server on :5173, must not drive the bot).
 */
export function isLocalOrigin(origin: string, hostHeader: string | undefined, ownPort?: number): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything unreadable
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (hostHeader && url.host === hostHeader.trim().toLowerCase()) return true;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return isLoopbackHost(url.hostname) && (ownPort === undefined || port === ownPort);
}

export { isLoopbackHost };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The path as the router sees it: dot segments, an absolute-form request line and %-escapes resolved. */
function routedPath(req: Request): string {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      .replace(/\/{2,}/g, '/')
      .toLowerCase();
  } catch {
    return pathOf(req);
  }
}

function pathOf(req: Request): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/**
 * Answers early with a JSON message. When a large part of the body has not arrived yet, the
 * connection is closed after the answer (Connection: close): reading and discarding it would cost
 * the server what refusing it meant to save (300 stalled 490 KB uploads refused on their token
 * still churned 80 MB of memory while Node drained them). A small remainder is drained as before,
 * so a client still sending a short body sees this answer rather than a reset.
 */
const DRAIN_AT_MOST = 64 * 1024;
function refuse(res: Response, next: Next, status: number, message: string, retryAfterS?: number): void {
  refuseWith(
    res,
    next,
    status,
    { message },
    retryAfterS === undefined ? undefined : { 'Retry-After': String(retryAfterS) },
  );
}

function refuseWith(res: Response, next: Next, status: number, body: unknown, headers?: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers ?? {})) res.header(name, value);
  const req = (res as unknown as { req?: Request }).req;
  if (
    req &&
    !req.complete &&
    (req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > DRAIN_AT_MOST)
  )
    res.header('Connection', 'close');
  res.send(status, body);
  next(false as never);
}

/**
 * Every JSON answer passes the outgoing privacy guard, as every chat message does: error texts that
 * quote an id from the URL, restify's own 404 text with the path, a tab answer with a stored name.
 */
const maskValue = (_key: string, v: unknown): unknown => (typeof v === 'string' ? redactNumbersOnly(v) : v);

function guardedJson(_req: Request, res: Response, body: unknown): string {
  // Each string value masked once, then written once (review 2, item 5): the mask over the whole JSON
  // took 112 ms for 233 KB and read «\\nEmma» as «nEmma». The tab's answers are stored data (its forms'
  // values among them), guarded on the way in: identity numbers and controls are masked, names are not
  // rewritten (a value saved back would carry the mark).
  // The replacer sees each string value once, after toJSON (restify's errors, dates) as it is written.
  const data = body === undefined ? 'null' : (JSON.stringify(body, maskValue) ?? 'null');
  res.setHeader('Content-Length', Buffer.byteLength(data));
  return data;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  // restify 12 reads `formatters` though its types no longer list it.
  const serverOptions = {
    name: 'nettverksboten',
    handleUncaughtExceptions: false,
    formatters: { 'application/json': guardedJson },
    // «100 Continue» is sent by readBody when the body is wanted (see checkContinue below).
    noWriteContinue: true,
  };
  const server = restify.createServer(serverOptions);
  let inFlight = 0;
  let closing = false;
  const localOnly = opts.localOnly ?? !opts.requireBearer;
  /** The port this server listens on, once it does: a loopback page elsewhere is not this server's. */
  let listening: number | undefined = undefined;
  const budget = new BodyBudget(opts.maxInFlightBodyBytes ?? MAX_IN_FLIGHT_BODY_BYTES);
  const downloads = opts.downloadLimits ?? new DownloadLimits();
  const feeds =
    opts.feedLimits ??
    new DownloadLimits({
      perAddress: FEEDS_PER_ADDRESS,
      perLink: FEEDS_PER_LINK,
      inFlightPerAddress: FEEDS_IN_FLIGHT_PER_ADDRESS,
    });
  const limiters = [
    { prefix: DOWNLOAD_PREFIX, limits: downloads, tooMany: serverText.tooManyDownloads },
    { prefix: FEED_PREFIX, limits: feeds, tooMany: serverText.tooManyFeedFetches },
  ];
  const trustProxy = opts.trustProxy ?? 0;
  let drained: (() => void) | null = null;

  // Expect: 100-continue (attack round 6, A6): restify would answer «100 Continue» at once. With
  // noWriteContinue it passes the request on through the same checks as any other, and the 100 is
  // sent only when its body is about to be read (readBody): a request refused on its headers (no
  // token: 401; too large: 413) gets that answer alone, and its client need not upload the body.
  // Prepended, so the request is marked before restify's own listener starts handling it.
  server.server.prependListener('checkContinue', (req: IncomingMessage, res: ServerResponse) =>
    continueWhenRead(req, res),
  );

  // Slow or stuck clients must not hold a connection (and a shutdown) forever.
  server.server.requestTimeout = 30_000;
  server.server.headersTimeout = 15_000;
  // Node times headers only from their first byte: a connection that never sends one stayed open for good,
  // so idle sockets piled up until the process ran out of file descriptors (attack round 10, A5: 3,000 of
  // them still open after a minute). Until its first request a connection gets the headers' time; the
  // socket timeout with no listener of ours makes Node close it. From the first request on, Node's own
  // timeouts (request, headers, keep-alive) take over, as before.
  server.server.on('connection', (socket: Socket) => socket.setTimeout(server.server.headersTimeout));
  const firstRequest = (req: IncomingMessage) => req.socket.setTimeout(0);
  server.server.prependListener('request', firstRequest);
  server.server.prependListener('checkContinue', firstRequest);

  server.pre((req, res, next) => {
    if (closing) {
      res.header('Connection', 'close');
      res.send(503, { message: serverText.shuttingDown });
      return next(false as never);
    }
    inFlight++;
    // Every answer is what it says it is, and nothing the bot serves is kept by a cache on the way
    // (minutes, exports and calendar feeds are private); routes that may be cached (the tab's hashed
    // assets) set their own Cache-Control, which replaces this one.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.on('close', () => {
      inFlight--;
      if (closing && inFlight === 0) drained?.();
    });
    if (localOnly) {
      const host = req.headers.host;
      if (host !== undefined && !isLocalHostName(hostOf(host))) return refuse(res, next, 421, serverText.hostRefused);
      const origin = req.headers.origin;
      if (
        origin !== undefined &&
        !SAFE_METHODS.has(req.method ?? '') &&
        !isLocalOrigin(String(origin), host, listening)
      )
        return refuse(res, next, 403, serverText.originRefused);
    }
    const routed = routedPath(req);
    // One client address for every per-address limit (downloads, the tab's early bucket).
    const address = clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
    // Downloads and calendar feeds are each limited per address and per link, before any work.
    const limiter = limiters.find((l) => routed.startsWith(l.prefix));
    if (limiter) {
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      const limited = limiter.limits.take(address, routed, query);
      if (limited) {
        res.writeHead(429, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': String(limited.retryAfterS),
        });
        res.end(limiter.tooMany(limited.retryAfterS));
        return next(false as never);
      }
      res.on('close', limiter.limits.enter(address));
    }
    const early = opts.bodyGates?.find((g) => g.early && routed.startsWith(g.prefix));
    const refused = early?.early?.({ address });
    if (refused) return refuseWith(res, next, refused.status, refused.body, refused.headers);
    // HEAD is GET without the body: Node's response drops the body of a HEAD request by itself.
    if (req.method === 'HEAD') req.method = 'GET';
    // The auth scheme is case-insensitive (RFC 7235 §2.1): «bearer x» is «Bearer x» for every route
    // and for botbuilder, which compares it exactly (attack round 6, A9).
    const authorization = req.headers.authorization;
    if (typeof authorization === 'string' && /^bearer /i.test(authorization) && !authorization.startsWith('Bearer '))
      req.headers.authorization = `Bearer ${authorization.slice(7)}`;
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Our own body reader (src/server/body.ts); restify's bodyParser must never be mounted.
  server.use((req, res, next) => {
    if (req.method === 'POST' && pathOf(req) === MESSAGES_PATH) return next();
    // A plan upload (up to 10 MB) is read by its own route after the token check (src/tab/projects-api.ts).
    if (req.method === 'POST' && PLAN_UPLOAD.test(pathOf(req))) return next();
    if (!hasBody(req)) return next();
    if (isEncoded(req)) return refuse(res, next, 415, serverText.encoded);
    const path = pathOf(req);
    const gate = opts.bodyGates?.find((g) => path.startsWith(g.prefix));
    if (!gate) return readAnyBody(req, res, next, MAX_BODY_BYTES);
    // The body waits unread (the socket is paused) while the headers are checked.
    gate.check(req).then(
      (verdict) =>
        verdict.ok
          ? readAnyBody(req, res, next, gate.maxBodyBytes ?? MAX_BODY_BYTES)
          : refuseWith(res, next, verdict.status, verdict.body, verdict.headers),
      (err: unknown) => next(err),
    );
  });
  const readAnyBody = (req: Request, res: Response, next: Next, limit: number) => {
    readBody(req, limit, budget).then(
      (r) => {
        if (r.kind === 'aborted') return next(false as never);
        if (r.kind === 'too-large') return refuse(res, next, 413, serverText.tooLarge(limit / 1024));
        if (r.kind === 'busy') return refuse(res, next, 503, serverText.busy, BUSY_RETRY_AFTER_S);
        const type = mediaType(req);
        const text = decodeUtf8(r.bytes);
        if (type.json) {
          const parsed =
            text === null || !type.utf8
              ? { ok: false as const }
              : text
                ? parseJson(text)
                : { ok: true as const, value: undefined };
          if (!parsed.ok) return refuse(res, next, 400, serverText.badJson);
          req.body = parsed.value;
        } else if (type.form && text !== null) {
          req.body = Object.fromEntries(new URLSearchParams(text));
        } else {
          req.body = text ?? r.bytes;
        }
        return next();
      },
      (err: unknown) => next(err),
    );
  };

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  // /readyz answers anyone (App Service's health check path is public), and each answer asked the store:
  // a flood of probes queued that many pings in PostgreSQL's pool ahead of the bot's own queries, and with
  // the store down wrote a warn line each (attack round 10, A3). Probes arriving while a ping runs share it,
  // so at most one is ever waiting for the store, and the failure lines are throttled as rejected tokens are.
  const notReady = new WarnThrottle(opts.log, opts.clock ?? systemClock, { message: 'readiness: store ping failed' });
  let ping: Promise<boolean> | null = null;
  const storeAnswers = (): Promise<boolean> => {
    // Through a promise first, so a ping that throws at once is a failed ping too.
    ping ??= Promise.resolve()
      .then(() => opts.store.ping())
      .then(
        () => true,
        (err: unknown) => {
          // The probe answers 503 either way; the log says why, or a failing readiness check is a guess.
          const e = { name: (err as Error)?.name, message: (err as Error)?.message };
          notReady.warn({ reason: String(e.message), err: e });
          return false;
        },
      )
      .then((ok) => {
        ping = null;
        return ok;
      });
    return ping;
  };
  server.get('/readyz', async (_req, res) => {
    if (await storeAnswers()) res.send(200, { status: 'ready' });
    else res.send(503, { status: 'store unavailable' });
  });

  // Cheap checks on the headers first, then the body with its byte limit, then its shape: a request
  // that fails early is answered before its body is read (Node discards what still arrives).
  const rejected = new WarnThrottle(opts.log, opts.clock ?? systemClock, { message: 'token rejected' });
  const messagesGate = (req: Request, res: Response, next: Next) => {
    if (isEncoded(req)) return refuse(res, next, 415, serverText.encoded);
    if (opts.requireBearer && !BEARER.test(String(req.headers.authorization ?? '')))
      return refuse(res, next, 401, serverText.unauthorized);
    const type = mediaType(req);
    if (!type.json || !type.utf8) return refuse(res, next, 400, serverText.notJson);
    const authenticate = opts.authenticate;
    if (!authenticate) return readActivity(req, res, next);
    // The body waits unread (the socket is paused) while the token is checked.
    authenticate(req.headers.authorization).then(
      (verdict) => {
        if (verdict.ok) return readActivity(req, res, next);
        if (verdict.status === 503) {
          opts.log.debug({ reason: verdict.reason }, 'token not checked');
          return refuse(res, next, 503, serverText.keysUnavailable, verdict.retryAfterS ?? 30);
        }
        rejected.warn({ reason: verdict.reason, status: 401 });
        return refuse(res, next, 401, serverText.unauthorized);
      },
      (err: unknown) => next(err),
    );
  };
  const readActivity = (req: Request, res: Response, next: Next) => {
    readBody(req, MAX_BODY_BYTES, budget).then(
      (r) => {
        if (r.kind === 'aborted') return next(false as never);
        if (r.kind === 'too-large') return refuse(res, next, 413, serverText.tooLarge(MAX_BODY_BYTES / 1024));
        if (r.kind === 'busy') return refuse(res, next, 503, serverText.busy, BUSY_RETRY_AFTER_S);
        const text = decodeUtf8(r.bytes);
        const parsed = text === null ? { ok: false as const } : parseJson(text);
        if (!parsed.ok) return refuse(res, next, 400, serverText.badJson);
        const shape = checkActivityShape(parsed.value);
        if (!shape.ok) {
          if (shape.notImplemented) return refuse(res, next, 501, serverText.invokeNotUsed);
          const message = !shape.field
            ? serverText.notAnActivity
            : shape.tooLong
              ? serverText.fieldTooLong(shape.field, shape.max ?? MAX_ID_LENGTH)
              : serverText.badField(shape.field);
          return refuse(res, next, 400, message);
        }
        req.body = shape.activity;
        return next();
      },
      (err: unknown) => next(err),
    );
  };

  // restify routes "/api/./messages", "/api/x/../messages" or an absolute-form request line here too,
  // but the body reader above and the adapter only know the path as written: such a request ended
  // in restify's 500 «reached the end of the handler chain» (attack round 6b, A10). Not found.
  const exactPath = (req: Request, res: Response, next: Next) =>
    pathOf(req) === MESSAGES_PATH
      ? next()
      : refuse(res, next, 404, localOnly ? serverText.notFound : serverText.notFoundHere);
  server.post(MESSAGES_PATH, exactPath, messagesGate, async (req, res) => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    const started = performance.now();
    try {
      await opts.onMessages(req, res);
    } catch (err) {
      opts.log.error(
        { requestId, err: { message: (err as Error).message, name: (err as Error).name } },
        'activity failed',
      );
      if (!res.headersSent) res.send(500, { message: serverText.internal });
    } finally {
      opts.log.debug({ requestId, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'activity');
    }
  });

  mountTabStatic(server, {
    playground: localOnly,
    onError: (err) => opts.log.error({ err: { message: (err as Error).message } }, 'tab build failed'),
  });
  for (const mount of opts.mounts ?? []) mount(server);

  server.on(
    'restifyError',
    (req: Request, res: Response, err: { statusCode?: number; name?: string; body?: unknown }, cb: () => void) => {
      // The path alone (attack round 12 A3): the query of a signed link is the link (a feed's lasts until
      // «ny kalenderlenke»), and an error log is read by more people than the network's members.
      if ((err.statusCode ?? 500) >= 500) opts.log.error({ path: pathOf(req), name: err.name }, 'http error');
      // restify names the path in its 404 and 405; a path can carry an identity number spelt in
      // percent-encoding that the outgoing check never sees decoded, so the answer names no path.
      // The playground hint only where the playground is served (attack round 6, A4).
      if (err.statusCode === 404)
        err.body = { code: 'ResourceNotFound', message: localOnly ? serverText.notFound : serverText.notFoundHere };
      if (err.statusCode === 405) err.body = { code: 'MethodNotAllowed', message: serverText.methodNotAllowed };
      cb();
    },
  );

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '127.0.0.1', resolve));
  const port = server.address().port;
  listening = port;
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
