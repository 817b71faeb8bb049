import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync, readFileSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// Month round 5 (N12, N9, N4, N14): what the playground shows must be what Teams shows.
// The server runs in this process, so a lost loopback call (the «fetch failed» / «socket hang up»
// the tester saw under load) is made by failing the playground's own call to /api/messages
// (a node:http request since round 6, N16: seen through the http client's diagnostics channel).

let dropToBot = false;
/** The text of every message activity that reached /api/messages, with its id. */
const reachedBot: { id: string; text: string }[] = [];
const realFetch = globalThis.fetch;
/** Each playground call to /api/messages: dropped as a reset connection while `dropToBot`, else recorded. */
const onRequest = (message: unknown) => {
  const request = (message as { request: ClientRequest }).request;
  if (request.path !== '/api/messages') return;
  if (dropToBot) {
    request.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    return;
  }
  const end = request.end.bind(request) as (chunk?: unknown) => ClientRequest;
  request.end = ((chunk?: unknown) => {
    const body = JSON.parse(String(chunk ?? '{}'));
    if (body.type === 'message') reachedBot.push({ id: body.id, text: body.text });
    return end(chunk);
  }) as typeof request.end;
};

const open = (browser: Browser, t: TestApp) =>
  openReadyPage(browser, t, { viewport: { width: 1280, height: 900 }, timeoutMs: 15_000 });

async function send(page: Page, text: string) {
  await page.locator('#text').fill(text);
  await page.keyboard.press('Enter');
}

async function switchTo(page: Page, who: 'leader' | 'member') {
  await page.selectOption('#as', who);
  await page.waitForFunction(() => document.querySelectorAll('#chat .msg').length > 0);
}

describe('playground round 5 fidelity (Chromium)', () => {
  // The playground calls /api/messages over node:http, on a connection of its own (N16).
  beforeAll(() => subscribe('http.client.request.created', onRequest));
  afterAll(() => unsubscribe('http.client.request.created', onRequest));
  // The app is installed in the first tenant (its welcome card posted) by a first message.
  const app = chromiumApp({}, async ({ t }) => {
    await realFetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hjelp', as: 'leader', where: 'channel' }),
    });
  });
  afterEach(() => {
    dropToBot = false;
  });

  it('N12: a line the bot never got is marked «Kunne ikke sendes» with «Prøv igjen» for its author only, and each person keeps their own compose box', async () => {
    const page = await open(app.browser, app.t);
    await page.locator('.msg.bot').first().waitFor();
    // Kari's draft stays Kari's: Ola's box is empty, and Ola's draft comes back to Ola.
    await page.locator('#text').fill('utkast fra Kari');
    await switchTo(page, 'member');
    expect(await page.locator('#text').inputValue()).toBe('');
    await page.locator('#text').fill('utkast fra Ola');
    await switchTo(page, 'leader');
    expect(await page.locator('#text').inputValue()).toBe('utkast fra Kari');
    // Another thread is another compose box.
    await page.locator('.msg.bot button.reply').first().click();
    expect(await page.locator('#text').inputValue()).toBe('');
    await page.locator('#thread-label').click();
    expect(await page.locator('#text').inputValue()).toBe('utkast fra Kari');

    dropToBot = true;
    await send(page, 'info: oversikt over ventelister');
    const failed = page.locator('.msg.user.failed', { hasText: 'oversikt over ventelister' });
    await failed.waitFor();
    expect(await failed.locator('.failed-note').textContent()).toContain('Kunne ikke sendes.');
    expect(await failed.locator('button.retry').textContent()).toBe('Prøv igjen');
    // The text is on the message, not back in anyone's compose box.
    expect(await page.locator('#text').inputValue()).toBe('');
    dropToBot = false;

    await switchTo(page, 'member');
    expect(await page.locator('#text').inputValue()).toBe('utkast fra Ola');
    // Ola never sees Kari's unsent line.
    expect(await page.locator('.msg', { hasText: 'oversikt over ventelister' }).count()).toBe(0);
    await page.locator('#text').fill('');
    await send(page, 'T5 er utsatt til 5.2');
    const olas = page.locator('.msg.user', { hasText: 'T5 er utsatt til 5.2' });
    await olas.waitFor();
    expect(await olas.locator('.text').textContent()).toBe('T5 er utsatt til 5.2');

    await switchTo(page, 'leader');
    const id = await page.locator('.msg.user.failed').getAttribute('data-id');
    expect(reachedBot.some((a) => a.text.includes('oversikt over ventelister'))).toBe(false);
    await page.locator('.msg.user.failed button.retry').click();
    await page.locator('.msg.user:not(.failed)', { hasText: 'oversikt over ventelister' }).waitFor();
    expect(await page.locator('.msg.user.failed').count()).toBe(0);
    // Now the bot got it: the same message (same id), Kari's text only.
    expect(reachedBot.filter((a) => a.id === id).map((a) => a.text)).toEqual(['info: oversikt over ventelister']);
    // Ola's line reached the bot as he wrote it, with nothing of Kari's in it.
    expect(reachedBot.filter((a) => a.text.includes('T5 er utsatt')).map((a) => a.text)).toEqual([
      'T5 er utsatt til 5.2',
    ]);
    await page.close();
  });

  it('N12: a first line whose installation call is lost too is marked not sent (no raw error), and «Prøv igjen» installs and delivers it', async () => {
    const fresh = await startTestApp();
    try {
      const page = await open(app.browser, fresh);
      dropToBot = true;
      await send(page, 'info: første linje i ny tenant');
      const failed = page.locator('.msg.user.failed', { hasText: 'første linje i ny tenant' });
      await failed.waitFor();
      expect((await page.locator('#notice').textContent()) ?? '').not.toMatch(/TypeError|fetch/);
      expect(await page.locator('#text').inputValue()).toBe('');
      dropToBot = false;
      await failed.locator('button.retry').click();
      await page.locator('.msg.user:not(.failed)', { hasText: 'første linje i ny tenant' }).waitFor();
      // The app's installation (its welcome card) came with the retry.
      await page.locator('.msg.bot', { hasText: 'Nettverksboten' }).first().waitFor();
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('N9: a click that never reached the bot shows Teams’ Norwegian error, not «TypeError: fetch failed», and the card stays', async () => {
    const page = await open(app.browser, app.t);
    const button = page.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).first();
    await button.waitFor();
    dropToBot = true;
    await button.click();
    const error = page.locator('.card-reply.error').first();
    await error.waitFor();
    const text = (await error.locator('.reply-text').textContent()) ?? '';
    expect(text).toMatch(/^Noe gikk galt.*Prøv igjen\.$/);
    expect(text).not.toMatch(/TypeError|fetch/);
    expect(await page.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('N4: a pasted fødselsnummer stays visible in the sender’s message (as in Teams) but is not written to disk', async () => {
    const page = await open(app.browser, app.t);
    await switchTo(page, 'member');
    await page.click('.conv[data-where=personal]');
    await send(page, 'info: saka gjeld gutten med fnr 12057812345 som flytta til Nes');
    const mine = page.locator('.msg.user', { hasText: 'som flytta til Nes' });
    await mine.waitFor();
    // The bot answered (its own text masks the number), and several polls have redrawn the page.
    await page.locator('.msg.bot', { hasText: 'fødselsnummer fjernet' }).waitFor();
    expect(await mine.locator('.text').textContent()).toContain('12057812345');
    await new Promise((r) => setTimeout(r, 1500)); // several polls later, still as sent
    expect(await mine.locator('.text').textContent()).toContain('12057812345');
    const file = join(app.t.dir, 'test.db.playground.json');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').includes('som flytta til Nes')).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('12057812345');
    await page.close();
  });

  it('N14: the chat shows exactly the tenant ticked, even when the switches reach the server out of order', async () => {
    const page = await open(app.browser, app.t);
    await page.locator('.msg.bot').first().waitFor();
    // The second switch (back to the RSC tenant) is held up, so it arrives after the third.
    let settingsCalls = 0;
    await page.route('**/playground/api/settings', async (route) => {
      const n = ++settingsCalls;
      if (n === 2) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.check('#no-rsc');
    await page.uncheck('#no-rsc');
    await page.check('#no-rsc');
    await new Promise((r) => setTimeout(r, 2500)); // let the held switch land and several polls pass
    expect(await page.isChecked('#no-rsc')).toBe(true);
    // The second tenant's channel: its own welcome card only, nothing from the first tenant.
    expect(await page.locator('.msg', { hasText: 'oversikt over ventelister' }).count()).toBe(0);
    await send(page, 'skrevet i tenant to');
    await page.locator('.msg.user', { hasText: 'skrevet i tenant to' }).waitFor();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.isChecked('#no-rsc')).toBe(true);
    expect(await page.locator('.msg', { hasText: 'oversikt over ventelister' }).count()).toBe(0);
    // The server filed it under the tenant shown.
    const second = await (await realFetch(`${app.t.app.url}/playground/api/feed?as=leader&tenant=no-rsc`)).json();
    expect(second.entries.some((e: any) => e.text === 'skrevet i tenant to')).toBe(true);
    const first = await (await realFetch(`${app.t.app.url}/playground/api/feed?as=leader&tenant=rsc`)).json();
    expect(first.entries.some((e: any) => e.text === 'skrevet i tenant to')).toBe(false);
    await page.close();
  });
});
