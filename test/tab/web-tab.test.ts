import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';
import type { NetworkFixture } from '../support/teams.ts';
import { artifacts, openTab, seededApp } from './web-support.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core inside the tab's frame: the violations that are serious or critical. */
async function axeProblems(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().includes('/tab/'))!;
  await frame.evaluate(axeSource);
  const result = (await frame.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the tab through the Teams host stand-in (real Chromium)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let browser: Browser;
  /** The entityId the configuration page saved: the network's id. */
  let entityId = '';

  beforeAll(async () => {
    ({ t, net } = await seededApp());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const content = (extra: Parameters<typeof openTab>[2] = {}) => openTab(browser, t, { view: 'content', entityId, ...extra });

  it('configures the tab in the network channel: Lagre only once the bot says it is a network, then the tab opens on Oversikt', async () => {
    const { page, tab, foreign } = await openTab(browser, t, { view: 'config' });
    await tab.locator('body[data-state="valid"]').waitFor();
    expect(await tab.locator('main').textContent()).toContain('Demonettverket');
    const save = page.locator('#host-save');
    expect(await save.isEnabled()).toBe(true);
    await save.click();
    await page.locator('body[data-configured]').waitFor();
    const saved = JSON.parse((await page.locator('body').getAttribute('data-configured'))!);
    expect(saved.entityId).toBeTruthy();
    expect(saved.contentUrl).toBe(`${t.app.url}/tab/overview?network=${encodeURIComponent(saved.entityId)}`);
    expect(saved.suggestedDisplayName).toBe('Nettverket');
    entityId = saved.entityId;
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('h1').first().textContent()).toContain('Demonettverket');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('Oversikt shows the seeded network in Teams\' three themes (screenshots kept), with no serious axe finding', async () => {
    const backgrounds = new Set<string>();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const { page, tab, foreign } = await content({ theme });
      await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor();
      expect(await tab.locator('body').getAttribute('class')).toContain(`theme-${theme}`);
      const text = (await tab.locator('main').textContent())!;
      // The next meeting: the series' last Friday, 27 November, with the standing agenda.
      expect(text).toContain('Neste møte');
      expect(text).toMatch(/fredag 27\. november 2026/);
      expect(text).toContain('Dagsorden');
      // Open tasks by owner and municipality, the overdue one counted.
      expect(text).toContain('Ola Hansen');
      expect(text).toContain('Nes');
      expect(text).toMatch(/3 åpne, 1 forfalt/);
      // Deadlines of the next 12 months, soonest first.
      const deadlines = await tab.locator('ul.deadlines li').allTextContents();
      expect(deadlines[0]).toContain('Søknad om overføring av midler');
      expect(deadlines.join('\n')).toContain('Rapport til Statsforvalteren');
      // The last minutes (20 November) with their approval state: not approved until the next meeting.
      const last = tab.locator('section[aria-labelledby="minutes-title"]');
      expect(await last.textContent()).toContain('20.11.2026');
      expect(await last.locator('.chip').textContent()).toBe('Ikke godkjent');
      backgrounds.add(await tab.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor));
      await page.screenshot({ path: join(artifacts(), `oversikt-${theme}.png`), fullPage: true });
      expect(await axeProblems(page)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }
    expect(backgrounds.size).toBe(3);
  });

  it('follows a theme change in Teams live, without reloading', async () => {
    const { page, tab } = await content();
    await tab.locator('body[data-state="ready"]').waitFor();
    await tab.locator('body').evaluate(() => ((window as any).__sameDocument = true));
    await page.selectOption('#host-theme', 'dark');
    await tab.locator('body.theme-dark').waitFor();
    await page.selectOption('#host-theme', 'contrast');
    await tab.locator('body.theme-contrast').waitFor();
    expect(await tab.locator('body').evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('in a channel of a team without the bot, Lagre stays disabled and the page says how to add the bot first', async () => {
    const { page, tab } = await openTab(browser, t, { view: 'config', channel: 'other' });
    await tab.locator('body[data-state="invalid"]').waitFor();
    expect(await tab.locator('h2').textContent()).toBe('Denne kanalen hører ikke til et nettverk ennå');
    expect((await tab.locator('[role=alert] p').textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator('#host-save').isDisabled()).toBe(true);
    await page.close();
  });
});
