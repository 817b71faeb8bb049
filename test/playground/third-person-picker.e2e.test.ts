import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

// N14 (month round 9, playground fidelity): after Ola left the team, Kari's «@Ol» still offered @Ola Hansen and
// sent a real mention (Teams' picker suggests current team members only); and only two people existed, so a
// co-leader pair beside a member could not be tried. Per Olsen is the third person; the picker follows the team.

type Entry = { id: string; from: string; text?: string };

describe('the playground’s people: a third one, and an @ list of the team’s members only (N14)', () => {
  let t: TestApp;
  let browser: Browser;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async () => (await api('feed?as=leader&tenant=rsc')).body.entries as Entry[];
  const say = async (text: string, mentions: string[], as = 'leader') => {
    const before = (await feed()).length;
    const sent = await api('say', { tenant: 'rsc', text, as, where: 'channel', mentions });
    expect(sent.status).toBe(200);
    return JSON.stringify((await feed()).slice(before).filter((e) => e.from === 'bot'));
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    await say('@Nettverksboten hjelp', ['bot']);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('Per Olsen writes as a member; a co-leader pair beside him is made with «leder +»', async () => {
    const people = (await api('people?tenant=rsc')).body.people as { key: string; label: string }[];
    expect(people.map((p) => p.label)).toEqual(['Kari Nordmann (leder)', 'Ola Hansen (medlem)', 'Per Olsen (medlem)']);
    expect(await say('@Nettverksboten leder + @Ola Hansen', ['bot', 'member'])).toContain('Ola Hansen');
    const after = (await api('people?tenant=rsc')).body.people as { key: string; label: string }[];
    expect(after.map((p) => p.label)).toEqual(['Kari Nordmann (leder)', 'Ola Hansen (leder)', 'Per Olsen (medlem)']);
    // Per, a member, is refused a leader's command by name, as any member is.
    expect(await say('@Nettverksboten leder + @Per Olsen', ['bot', 'per'], 'per')).toContain('Bare nettverkets ledere');
  });

  it('after Per leaves, the @ list no longer offers him and a typed «@Per Olsen» is no mention', async () => {
    expect((await api('membership', { tenant: 'rsc', who: 'per', change: 'leave' })).status).toBe(200);
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    const menu = page.locator('#mention-menu li');
    await page.locator('#text').pressSequentially('@Ol');
    await expect.poll(() => menu.allTextContents()).toEqual(['@Ola Hansen']);
    await page.keyboard.press('Escape');
    await page.locator('#text').fill('');
    await page.locator('#text').pressSequentially('@Pe');
    await expect.poll(() => menu.count()).toBe(0);
    await page.close();
    // A request naming him anyway (an old page) sends the text without a mention entity.
    const out = await say('@Nettverksboten oppgave @Per Olsen lese korrektur innen 12.04', ['bot', 'per']);
    expect(out).not.toContain('har forlatt teamet');
    const line = (await feed()).filter((e) => e.from !== 'bot').at(-1)!;
    expect(line.text).toContain('@Per Olsen');
    expect(line.text).not.toContain('<at>Per Olsen</at>');
    // Back in the team, he is offered again.
    await api('membership', { tenant: 'rsc', who: 'per', change: 'join' });
    const again = await browser.newPage();
    await again.goto(`${t.app.url}/playground`);
    await again.locator('body[data-ready]').waitFor();
    await again.locator('#text').pressSequentially('@Pe');
    await expect.poll(() => again.locator('#mention-menu li').allTextContents()).toEqual(['@Per Olsen']);
    await again.close();
  });
});
