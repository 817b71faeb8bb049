// Issue #17 item 2 in the tab: a leader uploads the filled-in Word plan through the Prosjekter page
// (real Chromium, the Teams host stand-in, the real server) and sees the findings, each with its
// source, and the milestones with the deadlines they became. A member sees the list, no upload.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { speaker } from '../support/chat.ts';
import { launchChromium } from '../support/chromium.ts';
import type { NetworkFixture } from '../support/teams.ts';
import { artifacts, ola, openTab, seededApp } from './web-support.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core inside the tab's frame: the violations that are serious or critical. */
async function axeProblems(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().includes('/tab/'))!;
  await frame.evaluate(axeSource);
  const result = (await frame.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: { id: string; impact: string | null; nodes: { html: string }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join('; ')}`);
}

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('Prosjekter in the tab (real Chromium)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, net } = await seededApp());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = (as: 'leader' | 'member') =>
    openTab(browser, t, { view: 'content', entityId: net.teamId, page: 'projects', as });

  it('a refused file shows the Norwegian reason and stores nothing', async () => {
    const { page, tab } = await open('leader');
    await tab.locator('body[data-page="projects"][data-state="ready"]').waitFor();
    // Nothing picked: said in place, nothing sent.
    await tab.locator('#plan-send').click();
    await expect.poll(() => tab.locator('#plan-error').textContent()).toContain('Velg en Word-fil');
    await tab.locator('#plan-file').setInputFiles(fixture('not-a-plan.docx'));
    await tab.locator('#plan-send').click();
    await expect
      .poll(() => tab.locator('#plan-error').textContent(), { timeout: 15_000 })
      .toContain('ikke ut som prosjektplanmalen');
    expect(await tab.locator('#plan-error').textContent()).toContain('ingenting er lagret');
    expect(await tab.locator('#project-list').textContent()).toContain('ingen prosjekter');
    expect(await t.app.services.store.projects.list(net.tenantId, net.teamId)).toEqual([]);
    await page.close();
  });

  it('a leader uploads the plan by keyboard and sees what could not be read, the findings with sources and the milestones as deadlines', async () => {
    const { page, tab, foreign } = await open('leader');
    await tab.locator('body[data-page="projects"][data-state="ready"]').waitFor();
    expect(await tab.locator('nav a[aria-current="page"]').textContent()).toBe('Prosjekter');
    await tab.locator('#plan-file').setInputFiles(fixture('plan-with-findings.docx'));
    // The button is reached from the file picker by Tab and pressed with Enter.
    await tab.locator('#plan-file').focus();
    await page.keyboard.press('Tab');
    expect(await tab.locator(':focus').getAttribute('id')).toBe('plan-send');
    await page.keyboard.press('Enter');
    await tab.locator('[data-project-id="U1"]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('#plan-status').textContent()).toContain('er lest inn som U1');
    // Said once, on the page and to a screen reader: the status line is the live region (a stranger read it twice).
    const frame = page.frames().find((f) => f.url().includes('/tab/'))!;
    expect(await frame.evaluate(() => document.body.innerText.split('er lest inn som U1').length - 1)).toBe(1);
    expect(await tab.locator('#plan-unreadable').textContent()).toContain('ca. en halv dag');

    const card = tab.locator('[data-project-id="U1"]');
    // Errors apart from advice, each citing its source (a section and a year).
    const errors = await card.locator('.findings[data-kind="error"] li').allTextContents();
    const advice = await card.locator('.findings[data-kind="advice"] li').allTextContents();
    expect(await card.locator('.findings[data-kind="error"] li[data-rule="type-both"]').count()).toBe(1);
    expect(await card.locator('.findings[data-kind="advice"] li[data-rule="main-goal-observable"]').count()).toBe(1);
    for (const f of [...errors, ...advice]) expect(f).toMatch(/Kilde: .*\d{4}/);
    expect(await card.locator('[data-summary]').textContent()).toBe(`${errors.length} feil · ${advice.length} råd`);

    // The milestones, with the deadline each became, and the one without a date said so.
    const rows = card.locator('table.milestones tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    const mapping = card.locator('tr', { hasText: 'Kartlegging av 20 saker' });
    expect(await mapping.locator('td').nth(2).textContent()).toMatch(/^F\d+ 15\.03\.2027$/);
    expect(await card.locator('tr', { hasText: 'Fagdag om overganger' }).textContent()).toContain('dato mangler');
    // The deadlines page shows the same deadline.
    const deadlineId = (await mapping.locator('td').nth(2).getAttribute('data-deadline-id'))!;
    await page.screenshot({ path: join(artifacts(), 'projects-uploaded.png'), fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
    await tab.locator('nav a', { hasText: 'Frister' }).click();
    await tab.locator('body[data-page="deadlines"][data-state="ready"]').waitFor();
    expect(await tab.locator(`[data-deadline-id="${deadlineId}"]`).textContent()).toContain('Kartlegging av 20 saker');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('a member sees the project and its findings, without the upload', async () => {
    // Month round 15 #15: the log the meetings fill was only in the chat («erfaringslogg»).
    const chat = speaker(t, net, 'exp-log');
    expect(await chat.say(ola, 'erfaring lært U1: faste veiledningsgrupper gir bedre oppmøte')).toContain('U1');
    await chat.say(ola, 'erfaring gjort U1: kartla 20 saker i Nes');
    const { page, tab } = await open('member');
    await tab.locator('body[data-page="projects"][data-state="ready"]').waitFor();
    expect(await tab.locator('#plan-file').count()).toBe(0);
    expect(await tab.locator('[data-project-id="U1"] .findings[data-kind="error"] li').count()).toBeGreaterThan(0);
    const log = tab.locator('[data-project-id="U1"] .experiences');
    expect(await log.locator('h4').allTextContents()).toEqual(['Gjort', 'Lært']);
    expect(await log.locator('ul[data-kind="lært"] li').textContent()).toMatch(
      /^faste veiledningsgrupper gir bedre oppmøte \(Ola Hansen, .*23/,
    );
    expect(await log.locator('ul[data-kind="gjort"] li').textContent()).toContain('kartla 20 saker i Nes');
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});
