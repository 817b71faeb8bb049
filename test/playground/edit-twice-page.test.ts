import { describe, expect, it } from 'vitest';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// Month round 6b, N12 on the page: a message already edited once (text unchanged) is edited again; the
// editor closes and the new text shows, as in Teams (any number of edits).

describe('playground in real Chromium: a message edited twice', () => {
  const app = chromiumApp();

  it('saves the second edit and closes the editor', async () => {
    const page = await openReadyPage(app.browser, app.t, { timeoutMs: 8000 });
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
