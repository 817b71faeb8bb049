// The tab's only contact with Teams: initialise teams-js (with a timeout, since outside a Teams
// host it never settles), read the context, follow the theme and ask for the user's token.
import { app, authentication } from '@microsoft/teams-js';

export type Theme = 'default' | 'dark' | 'contrast';

export interface TeamsSession {
  context: app.Context;
  /** A token for the bot's API (Teams' SSO: the app's webApplicationInfo.resource). */
  token(): Promise<string>;
}

/** How long to wait for a Teams host: a query parameter (tests) or a global, else 3 s. */
export function initTimeoutMs(): number {
  const fromQuery = Number(new URLSearchParams(location.search).get('teamsTimeoutMs'));
  const fromGlobal = Number((globalThis as { __tabInitTimeoutMs?: unknown }).__tabInitTimeoutMs);
  if (Number.isFinite(fromQuery) && fromQuery > 0) return fromQuery;
  if (Number.isFinite(fromGlobal) && fromGlobal > 0) return fromGlobal;
  return 3000;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The Teams session, or null when this page is not inside a Teams host. */
export async function connect(timeoutMs = initTimeoutMs()): Promise<TeamsSession | null> {
  try {
    // Top level with no opener: teams-js rejects at once. In someone else's frame: it never settles.
    const ready = await within(
      app.initialize().then(() => true),
      timeoutMs,
    );
    if (!ready) return null;
    const context = await within(app.getContext(), timeoutMs);
    if (!context) return null;
    return { context, token: tokenSource() };
  } catch {
    return null;
  }
}

/** Teams caches the token itself; a copy here saves a round trip per request until a minute before it expires. */
function tokenSource(): () => Promise<string> {
  let cached: { token: string; until: number } | null = null;
  return async () => {
    if (cached && Date.now() < cached.until) return cached.token;
    const token = await authentication.getAuthToken();
    cached = { token, until: expiry(token) - 60_000 };
    return token;
  };
}

function expiry(jwt: string): number {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

export function normaliseTheme(theme: string | undefined): Theme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

export function applyTheme(theme: string | undefined): void {
  const t = normaliseTheme(theme);
  document.body.classList.remove('theme-default', 'theme-dark', 'theme-contrast');
  document.body.classList.add(`theme-${t}`);
  document.body.dataset.theme = t;
}

/** Follows Teams' theme from the context and every later change, live. */
export function followTheme(session: TeamsSession): void {
  applyTheme(session.context.app.theme);
  app.registerOnThemeChangeHandler((theme) => applyTheme(theme));
}
