import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';
import type { NetworkFixture } from '../support/teams.ts';
import { openTab, seededApp } from './web-support.ts';
import { playgroundTabToken } from '../support/playground-token.ts';

// Attack round 10, A2 in the tab's page (real Chromium): «Levert» on a deadline months ahead used to
// announce «… var allerede merket som levert» and leave it open. The page now shows the card's question
// and its «Ja, den er levert», which marks it.
let t: TestApp;
let net: NetworkFixture;
let browser: Browser;
let entityId = '';

beforeAll(async () => {
  ({ t, net } = await seededApp());
  browser = await launchChromium();
  const token = await playgroundTabToken(t, 'leader');
  const q = new URLSearchParams({ tenantId: net.tenantId, teamId: net.teamId, channelId: net.channelId });
  entityId = (
    await (await fetch(`${t.app.url}/tab/api/context?${q}`, { headers: { authorization: `Bearer ${token}` } })).json()
  ).network.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('Levert on a deadline 98 days ahead asks first; «Ja, den er levert» marks it', async () => {
  const { page, tab } = await openTab(browser, t, { view: 'content', entityId, page: 'deadlines' });
  await tab.locator('body[data-page="deadlines"][data-state="ready"]').waitFor();
  const row = tab.locator('li.deadline', { hasText: 'Rapport til Statsforvalteren' });
  await row.locator('button[data-action="delivered"]').click();
  const question = row.locator('p.error');
  await question.waitFor({ state: 'visible' });
  expect(await question.textContent()).toContain('virkelig levert');
  expect(await row.getAttribute('data-status')).toBe('open');
  const yes = row.locator('button[data-action="delivered"]');
  expect(await yes.textContent()).toBe('Ja, den er levert');
  await yes.click();
  await tab.locator('body[data-last-action]').waitFor();
  expect(await tab.locator('#announce').textContent()).toBe('«Rapport til Statsforvalteren» er merket som levert.');
  // Marked for 1 March 2027 (a yearly one's next copy, a year on, may follow it open).
  const store = t.app.services.store.deadlines;
  const open = await store.listOpen(net.tenantId, net.teamId);
  expect(open.filter((d) => d.title === 'Rapport til Statsforvalteren' && d.date === '2027-03-01')).toEqual([]);
  await page.close();
}, 60_000);
