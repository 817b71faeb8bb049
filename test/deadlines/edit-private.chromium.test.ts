import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// N17 in the playground, as in Teams: Kari's «Endre» form on a deadline card is her own view.
// Ola, looking at the same channel, keeps the deadline card and never sees her half-done form.

async function switchTo(page: Page, who: 'leader' | 'member') {
  await page.selectOption('#as', who);
  await page.locator('#chat .msg').first().waitFor({ timeout: 15_000 });
}

async function send(page: Page, text: string) {
  await page.locator('#text').pressSequentially('@Nett');
  await page.keyboard.press('Enter');
  await page.locator('#text').pressSequentially(text);
  await page.keyboard.press('Enter');
}

describe('playground: «Endre» on a deadline card shows the form to the clicker only (Chromium)', () => {
  const app = chromiumApp();

  it('Kari gets the form; Ola still sees the deadline card with its buttons', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    // Years ahead (never more than ten: attack round 12 A1), so no reminder or question comes in between.
    await send(page, `frist 31.12.${new Date().getFullYear() + 5} Midlene må være brukt`);
    const first = page.locator('.msg.bot', { hasText: 'Frist: Midlene må være brukt' }).last();
    await first.waitFor({ timeout: 20_000 });
    // The message, by its id: its text changes when the form replaces the card.
    const card = page.locator(`.msg.bot[data-id="${await first.getAttribute('data-id')}"]`);
    await card.locator('.ac-pushButton', { hasText: 'Endre' }).click();
    await card.locator('.ac-adaptiveCard', { hasText: 'Endre frist' }).waitFor({ timeout: 15_000 });
    expect(await card.locator('.ac-pushButton', { hasText: 'Lagre' }).count()).toBe(1);

    await switchTo(page, 'member');
    const olaCard = page.locator('.msg.bot', { hasText: 'Frist: Midlene må være brukt' }).last();
    await olaCard.locator('.ac-pushButton', { hasText: 'Påminn meg senere' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#chat').textContent()).not.toContain('Endre frist');
    expect(await page.locator('#chat .ac-pushButton', { hasText: 'Lagre' }).count()).toBe(0);
    await page.close();
  }, 90_000);
});
