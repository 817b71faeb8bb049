import { describe, expect, it } from 'vitest';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// N9 on the page: a «…» menu on one's own message with «Rediger» and «Slett», as in Teams.

describe('playground in real Chromium: «…» › Rediger / Slett on one’s own message', () => {
  const app = chromiumApp();

  it('edits a message in place (shown «Redigert»), deletes another («Denne meldingen er slettet»), and offers nothing on the bot’s or someone else’s', async () => {
    const page = await openReadyPage(app.browser, app.t, { timeoutMs: 8000 });
    await page.locator('#text').fill('info: første utkast');
    await page.keyboard.press('Enter');
    await page.locator('#text').fill('info: skal bort');
    await page.keyboard.press('Enter');
    await page.locator('.msg.user', { hasText: 'første utkast' }).waitFor();
    // While it is edited the message shows a box instead of its text: found by its id from here on.
    const id = await page.locator('.msg.user', { hasText: 'første utkast' }).getAttribute('data-id');
    const first = page.locator(`.msg[data-id="${id}"]`);

    await first.locator('button.more').click();
    await first.locator('.msg-menu button', { hasText: 'Rediger' }).click();
    const editor = first.locator('textarea.edit-text');
    expect(await editor.inputValue()).toBe('info: første utkast');
    await editor.fill('info: andre utkast');
    await first.locator('button', { hasText: 'Lagre' }).click();
    const edited = page.locator('.msg.user.edited', { hasText: 'andre utkast' });
    await edited.waitFor();
    expect(await edited.locator('.edited-mark').textContent()).toBe('Redigert');

    const gone = page.locator('.msg.user', { hasText: 'skal bort' });
    await gone.locator('button.more').click();
    await gone.locator('.msg-menu button', { hasText: 'Slett' }).click();
    await page.locator('.msg.user.deleted', { hasText: 'Denne meldingen er slettet' }).waitFor();
    expect(await page.locator('.msg', { hasText: 'skal bort' }).count()).toBe(0);
    // A deleted message has nothing left to edit or delete.
    expect(await page.locator('.msg.user.deleted button.more').count()).toBe(0);
    // The bot's messages have no «…» menu; Ola sees none on Kari's.
    expect(await page.locator('.msg.bot button.more').count()).toBe(0);
    await page.selectOption('#as', 'member');
    await page.waitForFunction(
      () => document.querySelectorAll('.msg.user').length > 0 && !document.querySelector('.msg.user button.more'),
    );
    await page.close();
  });
});
