import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

// The page on the delta feed: after the first whole window, a poll brings only what changed; the
// page merges it into what it shows, in order, keeping the newest window (the oldest line scrolls off).

const SEEDED = 320;

describe('playground in real Chromium: the delta feed', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    const entries = Array.from({ length: SEEDED }, (_, i) => ({
      id: `seed-${i}`,
      tenant: 'rsc',
      where: 'channel',
      owner: null,
      thread: null,
      from: 'bot',
      name: 'Nettverksboten',
      text: `Melding nummer ${i}`,
      at: '2026-11-23T07:00:00.000Z',
    }));
    writeFileSync(join(t.dir, 'test.db.playground.json'), JSON.stringify({ installed: ['rsc'], entries }));
    await t.restart();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a line written elsewhere and an edit of it from small answers, keeping the newest window in order', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    const answers: { delta: boolean; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (!r.url().includes('/playground/api/feed')) return;
      let body: Buffer;
      try {
        body = await r.body();
      } catch {
        return; // a poll cut off as the page closes: nothing to count
      }
      answers.push({ delta: body.includes('"delta":true'), bytes: body.length });
    });
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('.msg[data-id="seed-319"]').waitFor();
    expect(await page.locator('#chat .msg').count()).toBe(300);
    // Another tab (Ola) writes in the channel: this page learns of it from a delta.
    const said = await fetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Ola skriver fra en annen fane', as: 'member' }),
    });
    const id = ((await said.json()) as { id: string }).id;
    await page.locator(`.msg[data-id="${id}"]`).waitFor();
    const edited = await fetch(`${t.app.url}/playground/api/edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, text: 'Ola skriver fra en annen fane, rettet', as: 'member' }),
    });
    expect(edited.status).toBe(200);
    await page.locator(`.msg.edited[data-id="${id}"]`, { hasText: 'rettet' }).waitFor();
    const ids = await page.locator('#chat .msg').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    // The newest window: the oldest seeded lines gave way, the new line is last, nothing twice.
    expect(ids.length).toBeLessThanOrEqual(300);
    expect(ids.at(-1)).toBe(id);
    expect(ids).not.toContain('seed-20');
    expect(ids).toContain('seed-319');
    expect(new Set(ids).size).toBe(ids.length);
    const seeded = ids.filter((x) => x?.startsWith('seed-')).map((x) => Number(x!.slice(5)));
    expect(seeded).toEqual([...seeded].sort((a, b) => a - b));
    // The change came in small answers, not the whole window again.
    const deltas = answers.filter((a) => a.delta);
    expect(deltas.length).toBeGreaterThan(0);
    for (const a of deltas) expect(a.bytes).toBeLessThan(8_000);
    expect(answers.filter((a) => !a.delta && a.bytes > 8_000)).toHaveLength(1);
    await page.close();
  });
});
