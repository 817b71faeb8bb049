import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions } from './app.ts';
import { startAt } from './chat.ts';
import { launchChromium } from './chromium.ts';
import type { NetworkFixture, TestPerson } from './teams.ts';

/** The real server and the Chromium a describe's tests share; both are there once its `beforeAll` has run. */
export interface ChromiumApp {
  readonly t: TestApp;
  readonly browser: Browser;
}

/**
 * For a describe whose tests drive pages in real Chromium: registers the `beforeAll` that starts the
 * real server and Chromium (then `ready`, for set-up the whole describe shares) and the `afterAll`
 * that closes both.
 */
export function chromiumApp(opts: TestAppOptions = {}, ready?: (app: ChromiumApp) => Promise<void>): ChromiumApp {
  return withChromium(async () => ({ t: await startTestApp(opts), net: undefined }), ready);
}

/** As `chromiumApp`, with the server at `iso` and one network installed by `installer` (its leader). */
export function chromiumAppAt(
  iso: string,
  installer: TestPerson,
  opts: Omit<TestAppOptions, 'clock'> = {},
): ChromiumApp & { readonly net: NetworkFixture } {
  const app = withChromium(() => startAt(iso, installer, 1, opts));
  return {
    get t() {
      return app.t;
    },
    get browser() {
      return app.browser;
    },
    get net() {
      return app.net!;
    },
  };
}

function withChromium<N>(
  start: () => Promise<{ t: TestApp; net: N }>,
  ready?: (app: ChromiumApp) => Promise<void>,
): ChromiumApp & { readonly net: N | undefined } {
  let started: { t: TestApp; net: N } | undefined;
  let browser: Browser | undefined;
  const app = {
    get t() {
      if (!started) throw new Error('chromiumApp: the server is started in beforeAll');
      return started.t;
    },
    get net() {
      return started?.net;
    },
    get browser() {
      if (!browser) throw new Error('chromiumApp: Chromium is started in beforeAll');
      return browser;
    },
  };
  beforeAll(async () => {
    started = await start();
    browser = await launchChromium();
    await ready?.(app);
  });
  afterAll(async () => {
    await browser?.close();
    await started?.t.close();
  });
  return app;
}

export interface OpenPageOptions {
  /** Only for a page of its own (from a Browser); a context keeps the viewport it was made with. */
  viewport?: { width: number; height: number };
  /** The page's default timeout for its waits, in ms. */
  timeoutMs?: number;
  /** The app's page to open; the playground unless said. */
  path?: string;
}

/** A new page on the playground (or `path`), once the page says it has drawn (`body[data-ready]`). */
export async function openReadyPage(
  from: Browser | BrowserContext,
  t: TestApp,
  { viewport, timeoutMs, path = '/playground' }: OpenPageOptions = {},
): Promise<Page> {
  const page = 'newContext' in from ? await from.newPage(viewport ? { viewport } : {}) : await from.newPage();
  if (timeoutMs !== undefined) page.setDefaultTimeout(timeoutMs);
  await page.goto(`${t.app.url}${path}`);
  await page.locator('body[data-ready]').waitFor();
  return page;
}
