import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

describe('playground in real Chromium', () => {
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

  it('sends hjelp and shows the help card rendered by the Adaptive Cards renderer', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.fill('#text', 'hjelp');
    await page.click('#composer button[type=submit]');
    // The welcome card comes first (install on first use), then the help card in the thread.
    const helpTitle = page.locator('.ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' });
    await helpTitle.first().waitFor({ timeout: 15_000 });
    expect(await helpTitle.count()).toBeGreaterThan(0);
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'Hei! Jeg er Nettverksboten' }).count()).toBe(1);
    await page.screenshot({ path: `${t.dir}/playground.png` });
  });

  it('clicks an Action.Execute button and gets the card back from the bot', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    const button = page.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).first();
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    // The clicked welcome card is replaced (for the clicker) by the help card.
    await page.locator('.ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' }).first().waitFor({ timeout: 15_000 });
  });

  it('is not served when an app id is set', async () => {
    const secured = await startTestApp({
      env: { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001' },
    });
    try {
      expect((await fetch(`${secured.app.url}/playground`)).status).toBe(404);
      expect((await fetch(`${secured.app.url}/playground/api/feed`)).status).toBe(404);
    } finally {
      await secured.close();
    }
  });
});
