import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumApp } from '../support/chromium-app.ts';

/** Outside a Teams host teams-js never settles: the tab must say so, and ask nothing of any other host. */
describe('tab outside Teams (real Chromium, no host shim)', () => {
  const app = chromiumApp();

  /** Every URL the page asks for, to prove nothing but this server is contacted (no CDN). */
  function recordRequests(page: Page): string[] {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    // A request the page's CSP blocks never shows as a request: it shows as a violation, counted here too.
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) urls.push(`CSP: ${m.text()}`);
    });
    return urls;
  }

  it('opened on its own, it shows "Åpne denne siden i Teams" with a link into Teams', async () => {
    const page = await app.browser.newPage();
    const urls = recordRequests(page);
    await page.goto(`${app.t.app.url}/tab/overview?network=x`);
    await page.locator('body[data-state="outside"]').waitFor({ timeout: 5000 });
    await expect(page.locator('h1').textContent()).resolves.toBe('Åpne denne siden i Teams');
    expect(await page.locator('a[href="https://teams.microsoft.com/"]').textContent()).toBe('Åpne Microsoft Teams');
    // Local mode: the playground, where the tab does open.
    expect(await page.locator('a[href="/playground"]').count()).toBe(1);
    expect(
      urls.every((u) => u.startsWith(app.t.app.url)),
      urls.join('\n'),
    ).toBe(true);
    await page.close();
  });

  it('framed by a page that is not Teams, it gives up after the timeout and says the same', async () => {
    const page = await app.browser.newPage();
    const urls = recordRequests(page);
    await page.goto(`${app.t.app.url}/personvern`);
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = '/tab/overview?network=x&teamsTimeoutMs=700';
      f.id = 'tab';
      document.body.append(f);
    });
    const frame = page.frameLocator('#tab');
    // Still waiting for a host at first: teams-js has sent 'initialize' and nobody answers.
    await frame.locator('body').waitFor();
    await frame.locator('body[data-state="outside"]').waitFor({ timeout: 5000 });
    const waited = await frame
      .locator('body')
      .evaluate(
        () =>
          performance.getEntriesByName('tab:outside')[0]!.startTime -
          performance.getEntriesByName('tab:start')[0]!.startTime,
      );
    expect(waited).toBeGreaterThanOrEqual(690);
    await expect(frame.locator('h1').textContent()).resolves.toBe('Åpne denne siden i Teams');
    expect(
      urls.every((u) => u.startsWith(app.t.app.url)),
      urls.join('\n'),
    ).toBe(true);
    await page.close();
  });

  it('waits about 3 s by default before it gives up', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.t.app.url}/personvern`);
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = '/tab/overview?network=x';
      f.id = 'tab';
      document.body.append(f);
    });
    const frame = page.frameLocator('#tab');
    await frame.locator('body[data-state="outside"]').waitFor({ timeout: 10_000 });
    // From the page's own marks: when it began waiting for a host and when it gave up.
    const waited = await frame
      .locator('body')
      .evaluate(
        () =>
          performance.getEntriesByName('tab:outside')[0]!.startTime -
          performance.getEntriesByName('tab:start')[0]!.startTime,
      );
    expect(waited).toBeGreaterThanOrEqual(2990);
    expect(waited).toBeLessThan(6000);
    await page.close();
  });
});
