import { describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { chromiumApp } from '../support/chromium-app.ts';

// Month round 13, #16: with Ola made co-leader, the tab's «Du er» offered only «Kari Nordmann (leder)» and
// «Ola Hansen (leder)», and «Du skriver som: Per Olsen (medlem)» opened the tab as Kari, so a member's
// view of the tab could not be tried. Per is now one of the tab's people too, and the tab opens as him.
describe('the playground’s tab as a member (Chromium)', () => {
  const app = chromiumApp();
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${app.t.app.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const say = (text: string, mentions: string[]) =>
    api('/playground/api/say', { tenant: 'rsc', text, as: 'leader', where: 'channel', mentions });

  it('«Du er» offers Per, a member, and the tab signs in as him with a member’s role', async () => {
    expect((await say('@Nettverksboten hjelp', ['bot'])).status).toBe(200);
    expect((await say('@Nettverksboten leder + @Ola Hansen', ['bot', 'member'])).status).toBe(200);

    const page = await app.browser.newPage();
    await page.goto(`${app.t.app.url}/playground/tab?as=per`);
    await page.locator('body[data-ready]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#host-as').inputValue()).toBe('per');
    await expect
      .poll(() => page.locator('#host-as option').allTextContents(), { timeout: 10_000 })
      .toEqual(['Kari Nordmann (leder)', 'Ola Hansen (leder)', 'Per Olsen (medlem)']);
    await page.close();

    // The token the page asks for is Per's, and the tab API treats him as the member he is.
    const token = await api('/playground/tab-token', { who: 'per', tenant: 'rsc' });
    expect(token.status).toBe(200);
    expect(token.body.name).toBe('Per Olsen');
    const res = await fetch(`${app.t.app.url}${tabApi.overview(token.body.teamId)}`, {
      headers: { authorization: `Bearer ${token.body.token}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).role).toBe('member');
  }, 90_000);
});
