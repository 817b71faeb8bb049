import { AsyncLocalStorage } from 'node:async_hooks';
import { lookup as dnsLookup } from 'node:dns';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { LookupFunction } from 'node:net';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import type { Config } from '../src/config/env.ts';
import { helpText, serverText } from '../src/i18n/index.ts';
import type { Logger } from '../src/log.ts';
import { outgoingPrivacy } from './outgoing.ts';
import { createTokenGate, type TokenVerdict } from './token-gate.ts';

/**
 * CloudAdapter with the app's credentials. With no app id (local playground and tests) botbuilder
 * accepts unauthenticated requests and sends unauthenticated replies; config refuses that in production.
 */
export function createAdapter(config: Config, log: Logger): TeamsCloudAdapter {
  const auth = new SenderAwareAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    ...(config.openIdMetadataUrl ? channelOverrides(config.openIdMetadataUrl, config.tokenIssuer) : {}),
  } as Record<string, string>);
  const adapter = new TeamsCloudAdapter(auth);
  adapter.log = log;
  if (config.appId) {
    const gate = createTokenGate({
      appId: config.appId,
      metadataUrl: config.openIdMetadataUrl,
      issuer: config.tokenIssuer,
      log,
    });
    adapter.checkToken = (authorization) => gate.check(authorization);
  }
  adapter.serviceUrlAllowed = config.anonymous ? localServiceUrlRule(config.allowedServiceOrigins) : () => true;
  auth.serviceUrlAllowed = adapter.serviceUrlAllowed;
  // No identity number leaves the bot: every send and update of every turn, replies and proactive alike.
  adapter.use(outgoingPrivacy);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(
      { err: { name: error.name, message: error.message, stack: error.stack }, type: context.activity.type },
      'turn failed',
    );
    if (context.activity.type === 'message') {
      // The person's text was not consumed by a half-finished write; say so and let them retry.
      await context
        .sendActivity(helpText.error)
        .catch((e: unknown) =>
          log.warn({ err: { message: (e as Error).message } }, 'could not tell the sender that the turn failed'),
        );
    }
  };
  return adapter;
}

/**
 * botbuilder switches to fully "parameterized" authentication as soon as one endpoint is given, so
 * the public-cloud values for the rest must come along. Only the inbound token check is redirected
 * (tests stand in for Azure AD with a local OpenID server).
 */
function channelOverrides(metadataUrl: string, issuer: string | undefined): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: issuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Local mode has no token proving the request came from a Bot Connector, so whatever serviceUrl a
 * request names is where replies would go. Only this machine (127.0.0.0/8, ::1, localhost) and the
 * origins in ALLOWED_SERVICE_URLS are accepted; with an app id the token's serviceurl claim vouches for it.
 */
export function localServiceUrlRule(allowedOrigins: readonly string[]): (serviceUrl: unknown) => boolean {
  const allowed = new Set(allowedOrigins);
  return (serviceUrl) => {
    if (typeof serviceUrl !== 'string') return false;
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (allowed.has(url.origin)) return true;
    const host = url.hostname.toLowerCase();
    // WHATWG URL parsing has already normalised IPv4 forms (0x7f.1, 2130706433) to dotted decimal.
    return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  };
}

/** A token never reaches a log: anything shaped like a JWT in an error message is masked, and the text is capped. */
function safeReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message
    .replace(/[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, '[token]')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

/**
 * botframework-connector writes some token failures straight to console.error (an expired token's
 * whole stack; the signing key on a bad signature). Inside a token check those go to debug instead;
 * the adapter logs one warn line of its own.
 */
const quietConsole = new AsyncLocalStorage<Logger>();
let consoleWrapped = false;
function wrapConsole(): void {
  if (consoleWrapped) return;
  consoleWrapped = true;
  for (const level of ['error', 'warn', 'log'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      const log = quietConsole.getStore();
      if (!log) return original(...args);
      log.debug({ console: level, detail: args.map((a) => safeReason(a)).join(' ') }, 'botbuilder console output');
    };
  }
}

type HttpRequest = { body?: unknown; headers: Record<string, string | string[] | undefined> };
type HttpResponse = {
  headersSent?: boolean;
  status(code: number): void;
  send(code: number, body?: unknown): void;
  end(): void;
};

/**
 * The HTTP half of CloudAdapter.process, rewritten: src/server has already read and shape-checked
 * the body. botbuilder's version answers a body without type with 500, prints every failure with
 * console.error (a raw stack on stderr for each rejected token) and trusts any serviceUrl.
 *
 * It also answers 401 rather than 500 when the JWT library rejects a token's signature (only
 * botbuilder's own AuthenticationError became 401). A forged token is the caller's fault.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  log: Logger | null = null;
  /**
   * With an app id: the token check on the headers alone, for src/server to run before it reads
   * the body (bot/token-gate.ts). botbuilder checks the whole token again with the activity.
   */
  checkToken: ((authorization: string | undefined) => Promise<TokenVerdict>) | undefined = undefined;
  serviceUrlAllowed: (serviceUrl: unknown) => boolean = () => true;

  override process: CloudAdapter['process'] = async (...args: unknown[]): Promise<void> => {
    const [req, res, logic] = args as [HttpRequest, HttpResponse, (context: TurnContext) => Promise<void>];
    const reply = (status: number, body?: unknown) => {
      if (res.headersSent) return;
      if (body === undefined) {
        res.status(status);
        res.end();
      } else res.send(status, body);
    };
    const body = req.body;
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof (body as { type?: unknown }).type !== 'string'
    ) {
      return reply(400, { message: serverText.notAnActivity });
    }
    const activity = fixTimestamps(body as Record<string, unknown>);
    if (!this.serviceUrlAllowed(activity.serviceUrl)) {
      this.log?.warn(
        { serviceUrl: originOf(activity.serviceUrl) },
        'local mode: request names a serviceUrl outside this machine; nothing sent',
      );
      return reply(403, { message: serverText.serviceUrlRefused });
    }
    const header = req.headers.authorization;
    const authHeader = typeof header === 'string' ? header : '';
    try {
      wrapConsole();
      const invokeResponse = (await quietConsole.run(this.log ?? silentLogger, () =>
        this.processActivity(authHeader, activity as never, logic),
      )) as { status?: number; body?: unknown } | undefined;
      return reply(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (err) {
      if (keysUnreachable(err)) {
        // botbuilder could not fetch the OpenID keys: not the caller's fault, and no stack to show.
        this.log?.warn(
          { reason: safeReason(err), status: 503 },
          'OpenID signing keys could not be fetched; token not checked',
        );
        (res as { header?: (k: string, v: string) => void }).header?.('Retry-After', '30');
        return reply(503, { message: serverText.keysUnavailable });
      }
      if (err instanceof AuthenticationError || TOKEN_ERRORS.has((err as Error)?.name)) {
        this.log?.warn({ reason: safeReason(err), status: 401 }, 'token rejected');
        return reply(401, { message: serverText.unauthorized });
      }
      this.log?.error(
        { err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } },
        'activity failed',
      );
      return reply(500, { message: serverText.internal });
    }
  };

  override processActivity = (async (...args: unknown[]): Promise<unknown> => {
    try {
      return await (
        CloudAdapter.prototype as unknown as { processActivity: (...a: unknown[]) => Promise<unknown> }
      ).processActivity.apply(this, args);
    } catch (err) {
      if (TOKEN_ERRORS.has((err as Error)?.name))
        throw new AuthenticationError(`Unauthorized. ${safeReason(err)}`, 401);
      throw err;
    }
  }) as CloudAdapter['processActivity'];
}

/** botbuilder's key fetch failed (node-fetch's FetchError, or its own 500 "Failed to load openID config/Keys"). */
function keysUnreachable(err: unknown): boolean {
  const e = err as { name?: unknown; statusCode?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.name === 'FetchError' || e.name === 'AbortError') return true;
  return err instanceof AuthenticationError && Number(e.statusCode) >= 500 && /Failed to load/.test(String(e.message));
}

const silentLogger = { debug: () => undefined } as unknown as Logger;

function originOf(serviceUrl: unknown): string {
  try {
    return new URL(String(serviceUrl)).origin;
  } catch {
    return typeof serviceUrl === 'string' ? serviceUrl.slice(0, 100) : typeof serviceUrl;
  }
}

/** What botbuilder's validateAndFixActivity does (not exported): timestamps arrive as ISO strings. */
function fixTimestamps(activity: Record<string, unknown>): Record<string, unknown> {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field] as string);
    }
  }
  return activity;
}

const ownRetries = new AsyncLocalStorage<true>();

/**
 * Runs a proactive send with the connector client's built-in retries switched off. Our sender
 * (src/messaging/reliable.ts) books every request against Teams' thread and tenant windows and
 * retries with its own backoff; the Azure pipeline's hidden retries would add requests that no
 * window counted (up to three per attempt) and records that never saw them.
 */
export function withOwnRetries<T>(fn: () => Promise<T>): Promise<T> {
  return ownRetries.run(true, fn);
}

/** Hands out connector clients without the Azure retry phase while inside withOwnRetries. */
class SenderAwareAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** Set in local mode: every connector client, proactive ones included, is refused for other hosts. */
  serviceUrlAllowed: (serviceUrl: unknown) => boolean = () => true;

  /** The connector factory of a turn's replies gets the IPv6 fix too (see withIpv6Literals). */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const inner = result.connectorFactory;
    if (!inner) return result;
    return {
      ...result,
      connectorFactory: {
        async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
          return withIpv6Literals(await inner.create(serviceUrl, audience));
        },
      } as ConnectorFactory,
    };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const allowed = this.serviceUrlAllowed;
    return {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (!allowed(serviceUrl))
          throw new Error(
            'local mode: refusing to send to a serviceUrl outside this machine (see ALLOWED_SERVICE_URLS)',
          );
        const client = withIpv6Literals(await inner.create(serviceUrl, audience));
        if (ownRetries.getStore()) {
          const pipeline = (
            client as unknown as { client?: { pipeline?: { removePolicy(o: { phase: 'Retry' }): unknown } } }
          ).client?.pipeline;
          if (!pipeline) throw new Error('connector client has no pipeline: botbuilder changed, review withOwnRetries');
          pipeline.removePolicy({ phase: 'Retry' });
        }
        return client;
      },
    } as ConnectorFactory;
  }
}

/**
 * A serviceUrl with an IPv6 literal (http://[::1]:3978/) passes the loopback rule, but the Azure
 * HTTP client hands the bracketed host name to DNS ("getaddrinfo ENOTFOUND [::1]") and every reply
 * failed. Requests to such a URL go through agents whose lookup drops the brackets.
 */
const unbracketed: LookupFunction = (hostname, options, callback) =>
  dnsLookup(hostname.replace(/^\[(.*)\]$/, '$1'), options, callback);
const ipv6Agents = { http: new HttpAgent({ lookup: unbracketed }), https: new HttpsAgent({ lookup: unbracketed }) };
const IPV6_POLICY = 'nettverksboten-ipv6-literal-host';

type Pipeline = {
  addPolicy(policy: {
    name: string;
    sendRequest(request: { url: string; agent?: unknown }, next: (r: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies?(): Array<{ name: string }>;
};

function withIpv6Literals(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline) throw new Error('connector client has no pipeline: botbuilder changed, review withIpv6Literals');
  if (pipeline.getOrderedPolicies?.().some((p) => p.name === IPV6_POLICY)) return client;
  pipeline.addPolicy({
    name: IPV6_POLICY,
    sendRequest(request, next) {
      if (/^https?:\/\/\[/i.test(request.url))
        request.agent = request.url.toLowerCase().startsWith('https:') ? ipv6Agents.https : ipv6Agents.http;
      return next(request);
    },
  });
  return client;
}
