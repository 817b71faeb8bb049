import { describe, expect, it } from 'vitest';
import { chromiumPlayground, openPlayground } from '../support/playground.ts';

// Finding N17 (month round 8b): the personal chat's @ list offered @Kari Nordmann and @Ola Hansen. In
// Teams a 1:1 chat with a bot has only the user and the bot, so only the bot can be @mentioned there.
describe('N17: the personal chat’s @ list', () => {
  const pw = chromiumPlayground();

  it('offers only the bot in the personal chat, and people still in the channel', async () => {
    const page = await openPlayground(pw, 15_000);
    const menu = page.locator('#mention-menu li');
    await page.locator('#text').pressSequentially('@');
    const channel = await menu.allTextContents();
    expect(channel).toEqual(expect.arrayContaining(['@Nettverksboten', '@Kari Nordmann', '@Ola Hansen']));
    await page.keyboard.press('Escape');
    await page.locator('#text').fill('');
    await page.locator('.conv[data-where="personal"]').click();
    await page.locator('#text').pressSequentially('@');
    expect(await menu.allTextContents()).toEqual(['@Nettverksboten']);
    await page.locator('#text').fill('');
    await page.locator('#text').pressSequentially('@Ola');
    expect(await menu.count()).toBe(0);
    await page.close();
  });
});
