import { describe, expect, it } from 'vitest';
import { chromiumPlayground, openPlayground } from '../support/playground.ts';

// Month round 7, N16 on the page: «Forlat teamet» kept its label for 2–4 s while the bot was told,
// so a second click undid the first; and a person who had left still saw the whole channel and its
// buttons. Now the button is disabled while the change is made and then shows the new state, and
// the channel is replaced by what Teams shows someone no longer in the team.

describe('playground in real Chromium: leaving and joining the team', () => {
  const pw = chromiumPlayground();

  it('the button is disabled while it changes; a double click leaves once; the channel is gone until she joins again', async () => {
    const page = await openPlayground(pw, 8000);
    // Picked from the @ menu: a name typed out is plain text, and the bot does not obey it (N24).
    await page.locator('#text').pressSequentially('@Nett');
    await page.keyboard.press('Enter');
    await page.locator('#text').pressSequentially('hjelp');
    await page.keyboard.press('Enter');
    await page.locator('.msg', { hasText: 'Dette kan Nettverksboten' }).waitFor();

    // Hold the change on its way, as a busy server would, until the test lets it go: the button must
    // not take a second click meanwhile. Every change the page sends is counted.
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/playground/api/membership')) sent.push(r.postData() ?? '');
    });
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    let arrived = () => {};
    const held = new Promise<void>((r) => (arrived = r));
    await page.route('**/playground/api/membership', async (route) => {
      arrived();
      await released;
      await route.continue();
    });
    const button = page.locator('#membership');
    await expect(button.textContent()).resolves.toBe('Forlat teamet');
    await button.click();
    await held;
    expect(await button.isDisabled()).toBe(true);
    await button.dispatchEvent('click'); // the second click of N16, on the disabled button
    release();
    await page.locator('#membership:not([disabled])', { hasText: 'Bli med i teamet' }).waitFor();
    // Still left after the polls that follow (a second click would have joined again): two feed
    // answers that arrive after the change, then the label and the one change sent.
    for (let i = 0; i < 2; i++)
      await page.waitForResponse((r) => r.url().includes('/playground/api/feed') && r.status() === 200);
    expect(await button.textContent()).toBe('Bli med i teamet');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).toMatchObject({ change: 'leave' });

    // Like Teams for someone removed: the channel is not shown, nor its cards and buttons.
    await page.locator('#chat .channel-gone', { hasText: 'ikke lenger med i teamet' }).waitFor();
    expect(await page.locator('#chat .msg').count()).toBe(0);

    await page.unroute('**/playground/api/membership');
    await button.click();
    await page.locator('#membership:not([disabled])', { hasText: 'Forlat teamet' }).waitFor();
    await page.locator('.msg', { hasText: 'Dette kan Nettverksboten' }).waitFor();
    expect(await page.locator('#chat .channel-gone').count()).toBe(0);
    await page.close();
  }, 60_000);
});
