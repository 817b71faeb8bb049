import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// Month round 6 (N3, N7): what the playground shows must be what Teams shows.

const open = (context: BrowserContext, t: TestApp) => openReadyPage(context, t, { timeoutMs: 15_000 });

async function send(page: Page, text: string) {
  await page.locator('#text').fill(text);
  await page.keyboard.press('Enter');
}

describe('playground round 6 fidelity (Chromium)', () => {
  // The app is installed in the first tenant (its welcome card posted) by a first message.
  const app = chromiumApp({}, async ({ t }) => {
    await fetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hjelp', as: 'leader', where: 'channel' }),
    });
  });

  it('N3: after a reload the sender still sees her message with the fødselsnummer as typed; the file never holds it; every page says Teams still shows it', async () => {
    const kari = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(kari, app.t);
    await page.locator('.msg.bot').first().waitFor();
    await send(page, 'info: Bufetat kan holde opplæring i mars, kontaktperson har fnr 12057812345');
    const mine = () => page.locator('.msg.user', { hasText: 'Bufetat kan holde opplæring' });
    await mine().waitFor();
    // The bot answered in the message's thread (it refuses the number); the page redrew meanwhile.
    await page.locator('.thread .msg.bot').last().waitFor();
    expect(await mine().locator('.text').textContent()).toContain('12057812345');
    await page.reload();
    await page.locator('body[data-ready]').waitFor();
    await mine().waitFor();
    // As in Teams: the user's own message stays as typed until she deletes it.
    expect(await mine().locator('.text').textContent()).toContain('12057812345');
    expect(await mine().locator('.masked-note').count()).toBe(1);
    expect(await mine().locator('.masked-note').textContent()).toContain('synlig for alle');
    // On disk: masked, and marked as masked.
    const file = join(app.t.dir, 'test.db.playground.json');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').includes('Bufetat kan holde')).toBe(true);
    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain('12057812345');
    const entry = (JSON.parse(saved).entries as { text?: string; masked?: boolean }[]).find((e) =>
      e.text?.includes('Bufetat kan holde'),
    );
    expect(entry?.masked).toBe(true);
    // Another browser (no copy as typed): the masked text, with the note that Teams shows the number to all.
    const other = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const second = await open(other, app.t);
    const there = second.locator('.msg.user', { hasText: 'Bufetat kan holde opplæring' });
    await there.waitFor();
    expect(await there.locator('.text').textContent()).not.toContain('12057812345');
    expect(await there.locator('.masked-note').textContent()).toContain('synlig for alle');
    // A message without a number has no note.
    await send(page, 'info: en vanlig linje uten nummer');
    await page.locator('.msg.user', { hasText: 'en vanlig linje uten nummer' }).waitFor();
    expect(
      await page.locator('.msg.user', { hasText: 'en vanlig linje uten nummer' }).locator('.masked-note').count(),
    ).toBe(0);
    await kari.close();
    await other.close();
  });

  it("N7: «Du skriver som» and the tab's «Du er» follow the bot's roles after «leder + @…» and «leder - @…»", async () => {
    const say = async (text: string, mentions: string[]) =>
      (
        await fetch(`${app.t.app.url}/playground/api/say`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, as: 'leader', where: 'channel', mentions }),
        })
      ).json();
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, app.t);
    const options = (p: Page, select: string) => p.locator(`${select} option`).allTextContents();
    await expect
      .poll(() => options(page, '#as'))
      .toEqual(['Kari Nordmann (leder)', 'Ola Hansen (medlem)', 'Per Olsen (medlem)']);
    expect(await say('@Nettverksboten leder + @Ola Hansen', ['bot', 'member'])).toMatchObject({ delivered: true });
    expect(await say('@Nettverksboten leder - @Kari Nordmann', ['bot', 'leader'])).toMatchObject({ delivered: true });
    await expect
      .poll(() => options(page, '#as'), { timeout: 10_000 })
      .toEqual(['Kari Nordmann (medlem)', 'Ola Hansen (leder)', 'Per Olsen (medlem)']);
    const tab = await context.newPage();
    await tab.goto(`${app.t.app.url}/playground/tab`);
    await tab.locator('body[data-ready]').waitFor();
    await expect
      .poll(() => options(tab, '#host-as'), { timeout: 10_000 })
      .toEqual(['Kari Nordmann (medlem)', 'Ola Hansen (leder)', 'Per Olsen (medlem)']);
    await context.close();
  });

  it('«Forlat teamet» sends what Teams sends when a person leaves (membersRemoved), and «Bli med i teamet» what it sends when one joins', async () => {
    // After the N7 test Ola is the only leader.
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, app.t);
    await page.selectOption('#as', 'member');
    const options = () => page.locator('#as option').allTextContents();
    await expect.poll(() => page.locator('#membership').textContent()).toBe('Forlat teamet');
    await page.click('#membership');
    await expect
      .poll(options)
      .toEqual(['Kari Nordmann (medlem)', 'Ola Hansen (har forlatt teamet)', 'Per Olsen (medlem)']);
    expect(await page.locator('#membership').textContent()).toBe('Bli med i teamet');
    // Ola no longer sees the channel (month round 7, N16, as in Teams); Kari sees the bot's notice.
    await page.locator('#chat .channel-gone').waitFor();
    await page.selectOption('#as', 'leader');
    await page.locator('.msg.bot', { hasText: 'Ola Hansen har forlatt teamet' }).waitFor();
    expect(await page.locator('.msg.bot', { hasText: 'Ola Hansen har forlatt teamet' }).textContent()).toContain(
      'ingen leder',
    );
    await page.selectOption('#as', 'member');
    await page.locator('#chat .channel-gone').waitFor();
    // Someone who left has no compose box in the channel: the line is refused, not sent.
    await send(page, 'hei fra Ola');
    await page.locator('#notice', { hasText: 'har forlatt teamet' }).waitFor();
    expect(await page.locator('.msg.user', { hasText: 'hei fra Ola' }).count()).toBe(0);
    await page.click('#membership');
    await expect.poll(options).toEqual(['Kari Nordmann (medlem)', 'Ola Hansen (medlem)', 'Per Olsen (medlem)']);
    expect(await page.locator('#membership').textContent()).toBe('Forlat teamet');
    await context.close();
  });

  it('N21: «Legg til delmål» on the shared project card opens the form for the clicker only; everyone else keeps the project card, and the bot changes no message for all', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, app.t);
    await page.selectOption('#as', 'member');
    const say = await fetch(`${app.t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: '@Nettverksboten nytt prosjekt Tryggere overganger',
        as: 'member',
        where: 'channel',
        mentions: ['bot'],
      }),
    });
    expect(((await say.json()) as { delivered: boolean }).delivered).toBe(true);
    const projectCard = () =>
      page.locator('.msg.bot', { has: page.locator('.ac-pushButton', { hasText: 'Legg til delmål' }) }).last();
    await projectCard().waitFor();
    const id = await projectCard().getAttribute('data-id');
    const card = () => page.locator(`.msg.bot[data-id="${id}"]`);
    const before = await card().locator('.ac-adaptiveCard').textContent();
    await card().locator('.ac-pushButton', { hasText: 'Legg til delmål' }).click();
    // Ola, who clicked, sees the form in place of the card.
    await card().locator('.ac-adaptiveCard', { hasText: 'Lagre' }).waitFor();
    expect(await card().locator('.ac-pushButton', { hasText: 'Legg til delmål' }).count()).toBe(0);
    // Kari sees the project card as posted: Teams shows an invoke response card to the clicker only.
    await page.selectOption('#as', 'leader');
    await card().locator('.ac-pushButton', { hasText: 'Legg til delmål' }).waitFor();
    expect(await card().locator('.ac-adaptiveCard').textContent()).toBe(before);
    // The shared message itself was not rewritten: it is still the project card for a new viewer.
    const feed = (await (await fetch(`${app.t.app.url}/playground/api/feed?as=leader`)).json()) as {
      entries: { id: string; updated?: boolean; card?: unknown }[];
    };
    const shared = feed.entries.find((e) => e.id === id)!;
    expect(shared.updated).toBeUndefined();
    expect(JSON.stringify(shared.card)).toContain('Legg til delmål');
    await context.close();
  });
});
