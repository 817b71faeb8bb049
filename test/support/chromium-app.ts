import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions } from './app.ts';
import { launchChromium } from './chromium.ts';

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
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  const app: ChromiumApp = {
    get t() {
      if (!t) throw new Error('chromiumApp: the server is started in beforeAll');
      return t;
    },
    get browser() {
      if (!browser) throw new Error('chromiumApp: Chromium is started in beforeAll');
      return browser;
    },
  };
  beforeAll(async () => {
    t = await startTestApp(opts);
    browser = await launchChromium();
    await ready?.(app);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
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
