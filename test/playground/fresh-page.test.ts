import { describe, expect, it } from 'vitest';
import { chromiumPlayground, openPlayground } from '../support/playground.ts';

// Month round 8, N3: a fresh playground listed «Kari Nordmann (medlem)» under «Du skriver som» although
// the bot makes her the leader when she adds it (`ledere` → «Ledere i nettverket: Kari Nordmann.»), and
// the page asked for a resource that answered 404 on load.

describe('the playground as first opened (N3, Chromium)', () => {
  const pw = chromiumPlayground();

  it('Kari is shown as leader from the start and after the first message; no request on load fails', async () => {
    const failed: string[] = [];
    const page = await openPlayground(pw, 15_000, (p) => {
      p.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      p.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    });
    const label = async () => (await page.locator('#as option[value="leader"]').textContent())?.trim();
    // The label the first feed answers give must be right, not only the page's own HTML.
    let feeds = 0;
    page.on('response', (r) => {
      if (r.url().includes('/playground/api/feed')) feeds++;
    });
    await expect.poll(() => feeds, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await label()).toBe('Kari Nordmann (leder)');
    expect(await page.locator('#as option[value="member"]').textContent()).toBe('Ola Hansen (medlem)');

    // The first message installs the app; the bot agrees she leads.
    await page.locator('#text').pressSequentially('@Nett');
    await page.keyboard.press('Enter');
    await page.locator('#text').pressSequentially('ledere');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot', { hasText: 'Ledere i nettverket: Kari Nordmann' }).waitFor();
    expect(await label()).toBe('Kari Nordmann (leder)');
    expect(failed).toEqual([]);
    // What a headed browser asks for besides (headless Chromium does not): the page's icon, which
    // without a declared one is /favicon.ico (the 404 in the console), and the card library's source
    // map when the developer tools are open.
    for (const path of ['/playground', '/playground/tab']) {
      await page.goto(`${pw.t.app.url}${path}`);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon, path).toMatch(/^data:image\//);
    }
    const script = await (await fetch(`${pw.t.app.url}/playground/assets/adaptivecards.js`)).text();
    const map = /sourceMappingURL=(\S+)/.exec(script)?.[1];
    if (map) expect((await fetch(new URL(map, `${pw.t.app.url}/playground/assets/adaptivecards.js`))).status).toBe(200);
  });
});
