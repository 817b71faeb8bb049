import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './app.ts';
import { launchChromium } from './chromium.ts';

/** The playground's own HTTP API, driven as its page drives it; `E` is the shape of a feed entry. */
export function playgroundApi<E = any>(app: TestApp | (() => TestApp)) {
  const url = () => (typeof app === 'function' ? app() : app).app.url;
  const post = async (path: string, body: object) => {
    const res = await fetch(`${url()}/playground/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async (as: 'leader' | 'member' = 'leader'): Promise<{ version: number; rsc: boolean; entries: E[] }> =>
    (await fetch(`${url()}/playground/api/feed?as=${as}`)).json() as any;
  return {
    say: (body: object) => post('say', body),
    edit: (body: object) => post('edit', body),
    remove: (body: object) => post('delete', body),
    settings: (rsc: boolean) => post('settings', { rsc }),
    clock: (jump: string) => post('clock', { jump }),
    click: (body: object) => post('click', body),
    /** The whole feed answer: its version, the RSC setting and the entries. */
    feed,
    /** Only the feed's entries. */
    entries: async (as: 'leader' | 'member' = 'leader') => (await feed(as)).entries,
  };
}

export type PlaygroundApi<E = any> = ReturnType<typeof playgroundApi<E>>;

/**
 * A describe-level app and its playground client; registers its own beforeAll and afterAll. `app()`
 * gives the running app inside a test.
 */
export function playgroundSuite<E = any>() {
  let t: TestApp | undefined;
  const app = () => {
    if (!t) throw new Error('the app has not started');
    return t;
  };
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });
  return { app, pg: playgroundApi<E>(app) };
}

/**
 * A describe-level app and real Chromium for the playground page; registers its own beforeAll and
 * afterAll. Read the fields inside the tests.
 */
export function chromiumPlayground() {
  const s = {} as { t: TestApp; browser: Browser };
  beforeAll(async () => {
    s.t = await startTestApp();
    s.browser = await launchChromium();
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.t?.close();
  });
  return s;
}

/**
 * A new page on the playground, once it says it is ready. `before` runs on the page before it
 * loads, for listeners that must see the load itself.
 */
export async function openPlayground(
  s: { t: TestApp; browser: Browser },
  timeoutMs: number,
  before?: (page: Page) => void,
): Promise<Page> {
  const page = await s.browser.newPage();
  page.setDefaultTimeout(timeoutMs);
  before?.(page);
  await page.goto(`${s.t.app.url}/playground`);
  await page.locator('body[data-ready]').waitFor();
  return page;
}
