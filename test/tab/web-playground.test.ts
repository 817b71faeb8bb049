import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

/** In local mode the playground opens the network's tab beside the chat, the way a person adds it in Teams. */
describe('the playground opens the tab beside the chat (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('before the bot is in the team the tab cannot be added; after the first message it can, and shows what chat did', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    const toggle = page.locator('#tab-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const host = page.frameLocator('#tab-pane iframe');
    const tab = host.frameLocator('#tab-frame');
    // Nothing said yet, so the bot has not been installed in the demo team: Lagre stays off.
    await tab.locator('body[data-state="invalid"]').waitFor({ timeout: 20_000 });
    expect(await host.locator('#host-save').isDisabled()).toBe(true);

    // Chat installs the bot and records a deadline; the chat and the tab sit side by side.
    await page.locator('#text').pressSequentially('@Nett');
    await page.keyboard.press('Enter');
    await page.locator('#mention-pills .pill', { hasText: '@Nettverksboten' }).waitFor();
    await page.locator('#text').pressSequentially('frist 1. mars Rapport til Statsforvalteren');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot', { hasText: 'Rapport til Statsforvalteren' }).first().waitFor({ timeout: 30_000 });
    const chat = await page.locator('#chat').boundingBox();
    const pane = await page.locator('#tab-pane').boundingBox();
    expect(pane!.x).toBeGreaterThanOrEqual(chat!.x + chat!.width - 1);

    // Reopen the pane: the configuration page now finds the network, and Lagre opens Oversikt.
    await toggle.click();
    await toggle.click();
    await tab.locator('body[data-state="valid"]').waitFor({ timeout: 20_000 });
    await host.locator('#host-save').click();
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('ul.deadlines').textContent()).toContain('Rapport til Statsforvalteren');
    await page.close();
  }, 90_000);
});
