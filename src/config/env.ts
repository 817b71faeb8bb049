import { isIP } from 'node:net';
import { z } from 'zod';
import { configText as t } from '../i18n/index.ts';
import { isLoopbackHost } from '../server/loopback.ts';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('nb-NO', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

const databaseUrl = z
  .string()
  .default('sqlite:./data/nettverksboten.db')
  .transform((v, ctx): DatabaseTarget => {
    if (v.startsWith('sqlite:')) {
      const path = v.slice('sqlite:'.length);
      if (path) return { kind: 'sqlite', path };
    }
    if (/^postgres(ql)?:\/\/[^/\s]+/.test(v)) return { kind: 'postgres', url: v };
    ctx.addIssue({ code: 'custom', message: t.databaseUrl });
    return z.NEVER;
  });

/** Settings that only make sense when tests stand in for Azure AD; production refuses them. */
export const TEST_ONLY_SETTINGS = ['BOT_OPENID_METADATA_URL', 'BOT_TOKEN_ISSUER', 'TAB_OPENID_METADATA_URL'] as const;
/** The test-only settings that name a key server: only a stand-in on this machine, whatever NODE_ENV says. */
const TEST_KEY_SERVERS = ['BOT_OPENID_METADATA_URL', 'TAB_OPENID_METADATA_URL'] as const;

/**
 * NODE_ENV as the guard against test settings reads it. A typo in an App Service setting
 * ("Production", " production") must not pass as "not production", so only the three known
 * values are accepted, in any case and spacing.
 */
function nodeEnv(raw: string | undefined): 'production' | 'development' | 'test' | undefined | 'invalid' {
  const v = raw?.trim().toLowerCase();
  if (!v) return undefined;
  return v === 'production' || v === 'development' || v === 'test' ? v : 'invalid';
}

function onLoopback(url: string): boolean {
  try {
    const u = new URL(url.replace(/\{tenant\}/g, 'x'));
    return (u.protocol === 'http:' || u.protocol === 'https:') && isLoopbackHost(u.hostname);
  } catch {
    return false;
  }
}

function isHost(v: string): boolean {
  return isIP(v) !== 0 || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(v);
}

/** The items of a comma-separated setting, trimmed, empty ones dropped. */
const commaList = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * An Entra id (tenant, app, client): 8-4-4-4-12 hex digits, any case. Entra does not promise RFC 4122
 * version or variant digits, so they are not asked for; the one rule for every id variable (attack
 * round 7, A9: ALLOWED_TENANT_IDS refused an id MicrosoftAppTenantId took).
 */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The all-zero GUID is no id Entra issues; a bot given it accepts no real tenant (attack round 7b, A4:
 * it was the example value people copy), so it is refused with the same message as any other non-id.
 */
const NIL_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;
const guid = (message: string) =>
  z
    .string()
    .regex(GUID, { message })
    .refine((v) => !NIL_GUID.test(v), { message });

/** Comma-separated ids, each a GUID (`message` names the setting when one is not). */
const uuidList = (message: string) =>
  z
    .string()
    .optional()
    .transform(commaList)
    .pipe(z.array(guid(message)));

/** A whole number from `min` to `max`, `fallback` when unset; `message` says what is allowed. */
const wholeNumber = (message: string, min: number, max: number, fallback: number) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message).default(fallback);

/** Comma-separated http(s) origins; each entry is reduced to its origin (scheme, host, port). */
const origins = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const out: string[] = [];
    for (const item of commaList(v)) {
      let url: URL | null = null;
      try {
        url = new URL(item);
      } catch {
        /* reported below */
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        ctx.addIssue({ code: 'custom', message: t.serviceUrls });
        return z.NEVER;
      }
      out.push(url.origin);
    }
    return out;
  });

const schema = z.object({
  PORT: z.coerce.number({ message: t.port }).int(t.port).min(0, t.port).max(65535, t.port).default(3978),
  HOST: optionalString.refine((v) => v === undefined || isHost(v), t.host),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z
    .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], { message: t.appType })
    .default('SingleTenant'),
  MicrosoftAppTenantId: optionalString.pipe(guid(t.appTenantId).optional()),
  DATABASE_URL: databaseUrl,
  PUBLIC_BASE_URL: z.url({ message: t.url }).optional(),
  TIMEZONE: z.string().default('Europe/Oslo').refine(isTimeZone, t.timezone),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: t.logLevel }).default('info'),
  ALLOWED_TENANT_IDS: uuidList(t.tenantIds),
  TAB_CLIENT_IDS: uuidList(t.clientIds),
  GUIDELINES_DIR: optionalString,
  ALLOWED_SERVICE_URLS: origins,
  /** Where the bot reads its OpenID metadata; only changed by tests that stand in for Azure AD. */
  BOT_OPENID_METADATA_URL: optionalString,
  BOT_TOKEN_ISSUER: optionalString,
  /** The Entra app the tab's tokens are for (webApplicationInfo.id); defaults to MicrosoftAppId. */
  TAB_APP_ID: optionalString,
  /** Where a tenant's OpenID metadata for tab tokens is read, `{tenant}` standing for its id; only changed by tests. */
  TAB_OPENID_METADATA_URL: optionalString,
  NODE_ENV: z
    .string()
    .optional()
    .transform(nodeEnv)
    .refine((v) => v !== 'invalid', t.nodeEnv),
  PG_POOL_SIZE: wholeNumber(t.poolSize, 1, 200, 10),
  PG_STATEMENT_TIMEOUT_MS: wholeNumber(t.statementTimeout, 100, 600_000, 15_000),
  MIGRATE_ON_START: z.enum(['true', 'false'], { message: t.migrateOnStart }).default('true'),
  INSTANCE_ID: optionalString,
  /** Proxies in front of the server that append to X-Forwarded-For; 0: the header is never read. */
  TRUST_PROXY: wholeNumber(t.trustProxy, 0, 10, 0),
});

/** Rules between variables, checked on the raw values so they are reported even when others are invalid. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const has = (k: string) => Boolean(env[k]?.trim());
  const appType = env.MicrosoftAppType?.trim() || 'SingleTenant';
  const problems: string[] = [];
  if (has('MicrosoftAppId') && !has('MicrosoftAppPassword') && appType !== 'UserAssignedMSI') {
    problems.push(`MicrosoftAppPassword: ${t.passwordRequired}`);
  }
  if (has('MicrosoftAppId') && appType === 'SingleTenant' && !has('MicrosoftAppTenantId')) {
    problems.push(`MicrosoftAppTenantId: ${t.tenantRequired}`);
  }
  const production = nodeEnv(env.NODE_ENV) === 'production';
  if (production && !has('MicrosoftAppId')) {
    problems.push(`MicrosoftAppId: ${t.productionPlayground}`);
  }
  const testHooks = TEST_ONLY_SETTINGS.filter(has);
  if (production && testHooks.length) {
    problems.push(`${testHooks.join(', ')}: ${t.productionTestHooks}`);
  }
  for (const name of TEST_KEY_SERVERS) {
    const url = env[name]?.trim();
    if (!production && url && !onLoopback(url)) problems.push(`${name}: ${t.testHookLoopback}`);
  }
  return problems;
}

type Parsed = z.infer<typeof schema>;

export interface Config {
  port: number;
  /** Listening address: HOST, else 127.0.0.1 in local mode (no authentication) and all interfaces with an app id. */
  host: string;
  appId: string | undefined;
  appPassword: string | undefined;
  appType: Parsed['MicrosoftAppType'];
  appTenantId: string | undefined;
  database: DatabaseTarget;
  /** PostgreSQL only: pool size, statement timeout, whether to migrate at start, and this instance's name. */
  postgres: { poolSize: number; statementTimeoutMs: number; migrate: boolean; instanceId: string | undefined };
  publicBaseUrl: string | undefined;
  timezone: string;
  logLevel: Parsed['LOG_LEVEL'];
  allowedTenantIds: string[];
  /** ALLOWED_TENANT_IDS as set, empty when unset: the tenants an operator listed as taking part. */
  listedTenantIds: string[];
  guidelinesDir: string | undefined;
  /** Local mode only: origins besides loopback the bot may post replies to (ALLOWED_SERVICE_URLS). */
  allowedServiceOrigins: string[];
  openIdMetadataUrl: string | undefined;
  tokenIssuer: string | undefined;
  /** The tab's Entra app id (TAB_APP_ID, else the bot's app id); tab tokens are checked against it. */
  tabAppId: string | undefined;
  /** Client apps besides Teams whose tab tokens are taken (TAB_CLIENT_IDS), e.g. Outlook or the Microsoft 365 app. */
  tabClientIds: string[];
  /** Test-only: the tenant OpenID metadata URL template for tab tokens ({tenant} is replaced). */
  tabOpenIdMetadataUrl: string | undefined;
  production: boolean;
  /** Anonymous mode (no app id): the playground is served and tokens are not checked. */
  anonymous: boolean;
  /** TRUST_PROXY: how many proxies' X-Forwarded-For entries are trusted for the client address (0: none). */
  trustProxy: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super([t.header, ...problems.map((p) => `  - ${p}`), t.footer].join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the whole environment at once so an operator sees every mistake in one go. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  const problems = new Set<string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      // List items (ALLOWED_TENANT_IDS.0) are reported once, under the variable's own name.
      const name = String(issue.path[0] ?? 'miljø');
      problems.add(`${name}: ${issue.message || t.generic}`);
    }
  }
  for (const p of crossFieldProblems(env)) problems.add(p);
  if (!result.success || problems.size) throw new ConfigError([...problems]);
  const c = result.data;
  return {
    port: c.PORT,
    host: c.HOST ?? (c.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    appId: c.MicrosoftAppId,
    appPassword: c.MicrosoftAppPassword,
    appType: c.MicrosoftAppType,
    appTenantId: c.MicrosoftAppTenantId,
    database: c.DATABASE_URL,
    postgres: {
      poolSize: c.PG_POOL_SIZE,
      statementTimeoutMs: c.PG_STATEMENT_TIMEOUT_MS,
      migrate: c.MIGRATE_ON_START === 'true',
      instanceId: c.INSTANCE_ID,
    },
    publicBaseUrl: c.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    timezone: c.TIMEZONE,
    logLevel: c.LOG_LEVEL,
    allowedTenantIds: c.ALLOWED_TENANT_IDS.length
      ? c.ALLOWED_TENANT_IDS
      : c.MicrosoftAppTenantId
        ? [c.MicrosoftAppTenantId]
        : [],
    listedTenantIds: c.ALLOWED_TENANT_IDS,
    guidelinesDir: c.GUIDELINES_DIR,
    allowedServiceOrigins: c.ALLOWED_SERVICE_URLS,
    openIdMetadataUrl: c.BOT_OPENID_METADATA_URL,
    tokenIssuer: c.BOT_TOKEN_ISSUER,
    tabAppId: c.TAB_APP_ID ?? c.MicrosoftAppId,
    tabClientIds: c.TAB_CLIENT_IDS,
    tabOpenIdMetadataUrl: c.TAB_OPENID_METADATA_URL,
    production: c.NODE_ENV === 'production',
    anonymous: !c.MicrosoftAppId,
    trustProxy: c.TRUST_PROXY,
  };
}
