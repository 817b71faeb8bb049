import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

/** Types @ and a prefix, then picks from the menu with the given key (Enter, Tab) or a click. */
async function mention(page: Page, prefix: string, name: string, how: 'Enter' | 'Tab' | 'click') {
  await page.locator('#text').pressSequentially(`@${prefix}`);
  const option = page.locator('#mention-menu li', { hasText: `@${name}` });
  await option.waitFor();
  if (how === 'click') await option.click();
  else {
    const options = await page.locator('#mention-menu li').allTextContents();
    for (let i = 0; i < options.indexOf(`@${name}`); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press(how);
  }
  await page.locator('#mention-pills .pill', { hasText: `@${name}` }).waitFor();
}

async function send(page: Page, text: string) {
  await page.locator('#text').pressSequentially(text);
  await page.keyboard.press('Enter');
}

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

  it('@ autocompletes Nettverksboten; the picked mention reaches the bot and the help card renders', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('#text').pressSequentially('@Nett');
    const menu = page.locator('#mention-menu li');
    // The channel «Nettverket» is offered too, as Teams offers the channel (round 8, N14); the bot comes first.
    expect(await menu.allTextContents()).toEqual(['@Nettverksboten', '@Nettverket']);
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#text')).toBe('@Nettverksboten ');
    await page.locator('#mention-pills .pill', { hasText: '@Nettverksboten' }).waitFor();
    await send(page, 'hjelp');
    // The welcome card comes first (install on first use), then the help card in the thread.
    const helpTitle = page.locator('.ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' });
    await helpTitle.first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'Hei! Jeg er Nettverksboten' }).count()).toBe(1);
    // The sent message shows the mention as Teams does, and the composer is empty again.
    await page.locator('.msg.user .mention', { hasText: '@Nettverksboten' }).first().waitFor();
    expect(await page.inputValue('#text')).toBe('');
    await page.screenshot({ path: `${t.dir}/playground.png` });
  });

  it('clicks an Action.Execute button and gets the card back from the bot', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    const button = page.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).first();
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    // The clicked welcome card is replaced (for the clicker) by the help card.
    await page
      .locator('.ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' })
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it('without RSC a message that does not @mention the bot appears in the channel but never reaches the bot', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.check('#no-rsc');
    await page.waitForFunction(async () => (await (await fetch('/playground/api/feed')).json()).rsc === false);
    // Another tenant, another channel: nothing from the first one shows.
    await page.waitForFunction(() => !document.querySelector('.msg'));
    // Typed out in full but not picked: plain text, as in Teams.
    await send(page, '@Nettverksboten hjelp');
    const unseen = page.locator('.msg.user.unseen').last();
    await unseen.waitFor();
    expect(await unseen.locator('.unseen-note').textContent()).toMatch(/ser ikke denne meldingen/);
    expect(await unseen.locator('.mention').count()).toBe(0);
    // Only the welcome card of the installation in this tenant; no answer.
    const botBefore = await page.locator('.msg.bot').count();
    expect(botBefore).toBe(1);
    expect(await page.locator('.msg.bot', { hasText: 'Hei! Jeg er Nettverksboten' }).count()).toBe(1);
    // Picked with Tab: delivered and answered.
    await mention(page, 'nett', 'Nettverksboten', 'Tab');
    await send(page, 'hjelp');
    await page.waitForFunction((n) => document.querySelectorAll('.msg.bot').length > n, botBefore, { timeout: 15_000 });
    await page.uncheck('#no-rsc');
    await page.waitForFunction(async () => (await (await fetch('/playground/api/feed')).json()).rsc === true);
  });

  it('gives Kari and Ola a personal chat each: Ola never sees what the bot told Kari', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.click('.conv[data-where=personal]');
    await send(page, 'hjelp');
    await page.locator('#chat .msg.bot').first().waitFor({ timeout: 15_000 });
    const kari = await page.locator('#chat .msg').count();
    expect(kari).toBeGreaterThan(1);
    // A poll for Kari still under way when the page switches to Ola must not put her chat on his screen.
    let heldBack = 0;
    await page.route('**/playground/api/feed?as=leader*', async (route) => {
      heldBack++;
      await new Promise((r) => setTimeout(r, 1_000));
      await route.continue();
    });
    await page.waitForRequest((r) => r.url().includes('feed?as=leader'));
    const lateForKari = page.waitForResponse((r) => r.url().includes('feed?as=leader'));
    await page.selectOption('#as', 'member');
    await page.waitForFunction(() => document.querySelectorAll('#chat .msg').length === 0);
    await lateForKari;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(heldBack).toBeGreaterThan(0);
    expect(await page.locator('#chat .msg').count()).toBe(0);
    await page.unroute('**/playground/api/feed?as=leader*');
    await send(page, 'hjelp');
    await page.locator('#chat .msg.bot').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#chat .msg.user').count()).toBe(1);
    await page.selectOption('#as', 'leader');
    await page.waitForFunction((n) => document.querySelectorAll('#chat .msg').length === n, kari);
  });

  it("renders the bot's Markdown as Teams does: the export link is a link, in Kari's own chat only", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await mention(page, 'Nett', 'Nettverksboten', 'Enter');
    await send(page, 'eksporter data');
    await page.locator('.msg.bot .text', { hasText: 'personlig melding' }).first().waitFor({ timeout: 15_000 });
    await page.click('.conv[data-where=personal]');
    const link = page.locator('.msg.bot .text a', { hasText: 'Last ned nettverksdata (JSON)' });
    await link.first().waitFor({ timeout: 15_000 });
    expect(await link.first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await page.locator('.msg.bot .text', { hasText: '](' }).count()).toBe(0);
    await page.selectOption('#as', 'member');
    await page.waitForFunction(
      () => !document.querySelector('#as') || (document.querySelector('#as') as HTMLSelectElement).value === 'member',
    );
    await page.waitForFunction(() => !document.body.textContent!.includes('Last ned nettverksdata'));
  });

  it('renders Markdown only after escaping: HTML typed in a message stays text', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.click('.conv[data-where=personal]');
    await send(page, '<img src=x onerror="window.pwned=1"> **fet** [lenke](https://example.org/a_b_c)');
    const msg = page.locator('.msg.user').last();
    await msg.locator('a[href="https://example.org/a_b_c"]').waitFor();
    expect(await msg.locator('strong', { hasText: 'fet' }).count()).toBe(1);
    expect(await msg.locator('img').count()).toBe(0);
    expect(await msg.locator('.text').textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // A card's TextBlock goes through the same renderer, as in Teams: links, bold, lists; HTML as text.
    const card = await page.evaluate(() => {
      const AC = (window as any).AdaptiveCards;
      const c = new AC.AdaptiveCard();
      c.parse({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'TextBlock', wrap: true, text: '**Frist** [Åpne](https://example.org/x) <b>rå</b>\n- én\n- to' },
        ],
      });
      const el = c.render() as HTMLElement;
      return {
        links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        strong: el.querySelectorAll('strong').length,
        items: el.querySelectorAll('li').length,
        b: el.querySelectorAll('b').length,
        text: el.textContent,
      };
    });
    expect(card).toMatchObject({ links: ['https://example.org/x'], strong: 1, items: 2, b: 0 });
    expect(card.text).toContain('<b>rå</b>');
  });

  it("refuses a message over Teams' limit in Norwegian and keeps it in the box", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    const long = 'x'.repeat(30_000);
    await page.fill('#text', long);
    await page.keyboard.press('Enter');
    await page.locator('#notice').waitFor();
    expect(await page.locator('#notice').textContent()).toMatch(/for lang til å sendes.*28 KB/);
    expect((await page.inputValue('#text')).length).toBe(30_000);
    // Far over the server's own body limit the words are the same, not a generic error.
    await page.fill('#text', 'æ'.repeat(400_000));
    await page.keyboard.press('Enter');
    await page.locator('#notice', { hasText: '781,3 KB' }).waitFor();
    expect(await page.locator('#notice').textContent()).toMatch(/for lang til å sendes.*28 KB/);
    expect(await page.locator('.msg.user', { hasText: 'ææææ' }).count()).toBe(0);
  });

  it('runs a month with "Spol fram": the agenda notice, the reminder and a task nudge arrive', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    // A task for Ola with a due date a little over two weeks ahead.
    await mention(page, 'Nett', 'Nettverksboten', 'Enter');
    await page.locator('#text').pressSequentially('oppgave ');
    await mention(page, 'Ola', 'Ola Hansen', 'click');
    await send(page, 'lage samarbeidsplan innen 10.12');
    await page.locator('.ac-adaptiveCard', { hasText: 'samarbeidsplan' }).first().waitFor({ timeout: 45_000 });

    await page.click('.jump[data-jump=next-meeting]');
    await page.locator('#clock-status', { hasText: 'fredag 27. november 2026' }).waitFor({ timeout: 45_000 });
    await page.locator('.ac-adaptiveCard', { hasText: 'Agenda for møtet' }).first().waitFor({ timeout: 45_000 });
    await page
      .locator('.msg.bot .text', { hasText: 'Påminnelse: nettverksmøte i morgen' })
      .first()
      .waitFor({ timeout: 45_000 });
    for (const jump of ['week', 'week'] as const) {
      const before = await page.locator('#clock-status').textContent();
      await page.click(`.jump[data-jump=${jump}]`);
      await page.waitForFunction(
        (b) => document.getElementById('clock-status')!.textContent !== b && !document.querySelector('.jump:disabled'),
        before,
        { timeout: 45_000 },
      );
    }
    // The nudge goes to Ola's own chat.
    await page.selectOption('#as', 'member');
    await page.click('.conv[data-where=personal]');
    await page
      .locator('.msg.bot .text', { hasText: /Påminnelse: oppgave T\d+ har frist om 3 virkedager/ })
      .first()
      .waitFor({ timeout: 45_000 });
    expect(await page.locator('#clock-now').textContent()).toMatch(/desember 2026/);
    await page.screenshot({ path: `${t.dir}/month.png` });
  }, 180_000);

  it('a double click on Send sends the message once, as Teams empties the box on the first', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('.conv[data-where="personal"]').click();
    await page.locator('#text').fill('hjelp med dobbeltklikk');
    await page.locator('#composer button[type="submit"]').dblclick();
    const mine = page.locator('.msg.user', { hasText: 'hjelp med dobbeltklikk' });
    await mine.first().waitFor();
    await page.locator('.msg.bot').last().waitFor();
    // A second send would have been recorded before the first reached the bot: count what the server holds.
    const feed = (await (await fetch(`${t.app.url}/playground/api/feed?as=leader`)).json()) as {
      entries: { from: string; text?: string }[];
    };
    expect(feed.entries.filter((e) => e.from === 'user' && e.text === 'hjelp med dobbeltklikk')).toHaveLength(1);
    expect(await page.inputValue('#text')).toBe('');
  });

  it('is not served when an app id is set', async () => {
    const secured = await startTestApp({
      env: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'x',
        MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
      },
    });
    try {
      expect((await fetch(`${secured.app.url}/playground`)).status).toBe(404);
      expect((await fetch(`${secured.app.url}/playground/api/feed`)).status).toBe(404);
      const jump = await fetch(`${secured.app.url}/playground/api/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"jump":"week"}',
      });
      expect(jump.status).toBe(404);
    } finally {
      await secured.close();
    }
  });
});
