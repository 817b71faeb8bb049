import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

// Month round 6b, N12 on the page: a message already edited once (text unchanged) is edited again; the
// editor closes and the new text shows, as in Teams (any number of edits).

describe('playground in real Chromium: a message edited twice', () => {
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

  it('saves the second edit and closes the editor', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('#text').fill('info: Hurdal leverer rutinen innen mars');
    await page.keyboard.press('Enter');
    await page.locator('.msg.user', { hasText: 'innen mars' }).waitFor();
    const id = await page.locator('.msg.user', { hasText: 'innen mars' }).getAttribute('data-id');
    const msg = page.locator(`.msg[data-id="${id}"]`);
    for (const next of ['info: Hurdal leverer rutinen innen mars', 'info: Hurdal leverer rutinen innen april']) {
      await msg.locator('button.more').click();
      await msg.locator('.msg-menu button', { hasText: 'Rediger' }).click();
      await msg.locator('textarea.edit-text').fill(next);
      await msg.locator('button', { hasText: 'Lagre' }).click();
      await msg.locator('textarea.edit-text').waitFor({ state: 'detached' });
    }
    await page.locator('.msg.user.edited', { hasText: 'innen april' }).waitFor();
    expect(await page.locator('.msg.user', { hasText: 'innen mars' }).count()).toBe(0);
    await page.close();
  });
});
