// Bench `tab` (issue #16): the tab's JavaScript size and how soon Oversikt is on screen.
//   js_kb_gz        the bundle as served (teams-js included), gzip -9, in KB      target < 250
//   first_paint_ms  Oversikt with the seeded network drawn and painted, from the tab frame's
//                   navigation start (teams-js handshake, token, API call, render), median of
//                   cold loads (a fresh browser context each)                        target < 1000
import type { Browser } from 'playwright-core';
import { buildTab } from '../scripts/build-tab.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { seededApp } from '../test/tab/web-support.ts';

export interface TabBenchResult {
  scenario: 'tab';
  js_kb_gz: number;
  css_kb_gz: number;
  /** Median of the cold loads. */
  first_paint_ms: number;
  first_paint_max_ms: number;
  /** The browser's first contentful paint of the tab frame (the page shell), median. */
  fcp_ms: number;
  loads: number;
  target_js_kb_gz: number;
  target_first_paint_ms: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function entityIdOf(url: string, net: { tenantId: string; teamId: string; channelId: string }): Promise<string> {
  const token = (
    await (
      await fetch(`${url}/playground/tab-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"who":"leader"}',
      })
    ).json()
  ).token;
  const q = new URLSearchParams({ tenantId: net.tenantId, teamId: net.teamId, channelId: net.channelId });
  return (await (await fetch(`${url}/tab/api/context?${q}`, { headers: { authorization: `Bearer ${token}` } })).json())
    .network.id;
}

async function oneLoad(browser: Browser, url: string, entityId: string): Promise<{ paint: number; fcp: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/playground/tab?${new URLSearchParams({ view: 'content', entityId })}`);
    const frame = page.frameLocator('#tab-frame');
    await frame.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    // The page marks 'tab:painted' two animation frames after it drew the dashboard with its data.
    return await frame.locator('body').evaluate(async () => {
      for (let i = 0; i < 100 && !performance.getEntriesByName('tab:painted').length; i++)
        await new Promise((r) => setTimeout(r, 20));
      const painted = performance.getEntriesByName('tab:painted')[0];
      if (!painted) throw new Error('the tab never marked tab:painted');
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
      return { paint: painted.startTime, fcp };
    });
  } finally {
    await context.close();
  }
}

export async function tabBench(loads = 7): Promise<TabBenchResult> {
  const built = await buildTab();
  const { t, net } = await seededApp();
  const browser = await launchChromium();
  try {
    const entityId = await entityIdOf(t.app.url, net);
    await oneLoad(browser, t.app.url, entityId); // warms the server's in-memory bundle and JIT, not measured
    const paints: number[] = [];
    const fcps: number[] = [];
    for (let i = 0; i < loads; i++) {
      const r = await oneLoad(browser, t.app.url, entityId);
      paints.push(r.paint);
      fcps.push(r.fcp);
    }
    return {
      scenario: 'tab',
      js_kb_gz: kb(built.js.gzip.length),
      css_kb_gz: kb(built.css.gzip.length),
      first_paint_ms: Math.round(median(paints)),
      first_paint_max_ms: Math.round(Math.max(...paints)),
      fcp_ms: Math.round(median(fcps)),
      loads,
      target_js_kb_gz: 250,
      target_first_paint_ms: 1000,
    };
  } finally {
    await browser.close();
    await t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await tabBench()));
}
