import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';
import type { NetworkFixture } from '../support/teams.ts';
import { artifacts, openTab, seededApp } from './web-support.ts';
import { playgroundTabToken } from '../support/playground-token.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core inside the tab's frame: the violations that are serious or critical. */
async function axeProblems(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().includes('/tab/'))!;
  await frame.evaluate(axeSource);
  const result = (await frame.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: {
      id: string;
      impact: string | null;
      nodes: { target: unknown; html: string; failureSummary?: string }[];
    }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.html} ${n.failureSummary ?? ''}`).join('; ')}`);
}

describe('the tab through the Teams host stand-in (real Chromium)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let browser: Browser;
  /** The entityId the configuration page saved: the network's id. */
  let entityId = '';

  beforeAll(async () => {
    ({ t, net } = await seededApp());
    browser = await launchChromium();
    // The network's id as the configuration page gets it (and saves as entityId); the first test checks it is saved.
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

  const content = (extra: Parameters<typeof openTab>[2] = {}) =>
    openTab(browser, t, { view: 'content', entityId, ...extra });

  it('configures the tab in the network channel: Lagre only once the bot says it is a network, then the tab opens on Oversikt', async () => {
    const { page, tab, foreign } = await openTab(browser, t, { view: 'config' });
    await tab.locator('body[data-state="valid"]').waitFor();
    expect(await tab.locator('main').textContent()).toContain('Demonettverket');
    const save = page.locator('#host-save');
    expect(await save.isEnabled()).toBe(true);
    await save.click();
    await page.locator('body[data-configured]').waitFor();
    const saved = JSON.parse((await page.locator('body').getAttribute('data-configured'))!);
    expect(saved.entityId).toBeTruthy();
    expect(saved.contentUrl).toBe(`${t.app.url}/tab/overview?network=${encodeURIComponent(saved.entityId)}`);
    expect(saved.suggestedDisplayName).toBe('Nettverket');
    expect(saved.entityId).toBe(entityId);
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('h1').first().textContent()).toContain('Demonettverket');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("Oversikt shows the seeded network in Teams' three themes (screenshots kept), with no serious axe finding", async () => {
    const backgrounds = new Set<string>();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const { page, tab, foreign } = await content({ theme });
      await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor();
      expect(await tab.locator('body').getAttribute('class')).toContain(`theme-${theme}`);
      const text = (await tab.locator('main').textContent())!;
      // The next meeting: the series' last Friday, 27 November, with the standing agenda.
      expect(text).toContain('Neste møte');
      expect(text).toMatch(/fredag 27\. november 2026/);
      expect(text).toContain('Dagsorden');
      // Open tasks by owner and municipality, the overdue one counted.
      expect(text).toContain('Ola Hansen');
      expect(text).toContain('Nes');
      expect(text).toMatch(/3 åpne, 1 forfalt/);
      expect(await tab.locator('ul.overdue-tasks li').allTextContents()).toEqual([
        'sende utkast til rapport – Ola Hansen, frist 20.11.2026',
      ]);
      // Deadlines of the next 12 months, soonest first.
      const deadlines = await tab.locator('ul.deadlines li').allTextContents();
      expect(deadlines[0]).toContain('Søknad om overføring av midler');
      expect(deadlines.join('\n')).toContain('Rapport til Statsforvalteren');
      // The last minutes (20 November) with their approval state: not approved until the next meeting.
      const last = tab.locator('section[aria-labelledby="minutes-title"]');
      expect(await last.textContent()).toContain('20.11.2026');
      expect(await last.locator('.chip').textContent()).toBe('Ikke godkjent');
      backgrounds.add(await tab.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor));
      await page.screenshot({ path: join(artifacts(), `oversikt-${theme}.png`), fullPage: true });
      expect(await axeProblems(page)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }
    expect(backgrounds.size).toBe(3);
  });

  it('follows a theme change in Teams live, without reloading', async () => {
    const { page, tab } = await content();
    await tab.locator('body[data-state="ready"]').waitFor();
    await tab.locator('body').evaluate(() => ((window as any).__sameDocument = true));
    await page.selectOption('#host-theme', 'dark');
    await tab.locator('body.theme-dark').waitFor();
    await page.selectOption('#host-theme', 'contrast');
    await tab.locator('body.theme-contrast').waitFor();
    expect(await tab.locator('body').evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('Referater: searches decisions, notes and tasks, opens the minutes with .docx and .md downloads', async () => {
    const { page, tab } = await content({ page: 'minutes' });
    await tab.locator('body[data-page="minutes"][data-state="ready"]').waitFor();
    expect(await tab.locator('ul.archive li').count()).toBe(2);
    // By keyboard: into the search field, type, Enter.
    await tab.locator('#minutes-q').focus();
    await page.keyboard.type('fosterhjem');
    await page.keyboard.press('Enter');
    await tab.locator('#hits-title').waitFor();
    const hits = await tab.locator('ol.hits li').allTextContents();
    expect(
      hits.some(
        (h) => h.includes('Forsøksordningen med felles fosterhjemsrekruttering videreføres') && h.includes('Vedtak'),
      ),
    ).toBe(true);
    expect(hits.some((h) => h.includes('Eidsvoll har rekruttert fire nye fosterhjem') && h.includes('Notat'))).toBe(
      true,
    );
    expect(hits.join('\n')).not.toContain('veiledningsteam');
    expect(
      new URL(
        tab
          .locator('body')
          .page()
          .frames()
          .find((f) => f.url().includes('/tab/'))!
          .url(),
      ).searchParams.get('q'),
    ).toBe('fosterhjem');
    // A search with no hit says so.
    await tab.locator('#minutes-q').fill('budsjettrevisjon');
    await tab.locator('#minutes-q').press('Enter');
    await tab.locator('#hits-title', { hasText: 'Ingen treff på «budsjettrevisjon».' }).waitFor();
    // Open the October minutes from the archive.
    await tab.locator('#minutes-q').fill('fosterhjem');
    await tab.locator('#minutes-q').press('Enter');
    await tab.locator('ol.hits li a').first().click();
    await tab.locator('#doc-title').waitFor();
    const doc = (await tab.locator('article').textContent())!;
    expect(doc).toContain('Forsøksordningen med felles fosterhjemsrekruttering videreføres');
    expect(doc).toContain('sende utkast til rapport');
    expect(doc).toContain('Godkjent');
    const docx = await tab.locator('a', { hasText: 'Word (.docx)' }).getAttribute('href');
    const md = await tab.locator('a', { hasText: 'Tekst (.md)' }).getAttribute('href');
    const docxRes = await fetch(new URL(docx!, t.app.url));
    expect(docxRes.status).toBe(200);
    expect(docxRes.headers.get('content-type')).toContain('officedocument.wordprocessingml');
    const mdRes = await fetch(new URL(md!, t.app.url));
    expect(mdRes.status).toBe(200);
    expect(await mdRes.text()).toContain('Forsøksordningen med felles fosterhjemsrekruttering videreføres');
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('Oppgaver: Ferdig on the board moves the task to done and updates its card in the channel', async () => {
    const { page, tab } = await content({ page: 'tasks' });
    await tab.locator('body[data-page="tasks"][data-state="ready"]').waitFor();
    const open = tab.locator('section[data-status="open"] article', { hasText: 'sende utkast til rapport' });
    expect(await open.locator('.chip.overdue').count()).toBe(1);
    expect(await open.locator('button').allTextContents()).toEqual(
      expect.arrayContaining(['Ferdig', 'Pågår', 'Trenger hjelp', 'Utsett']),
    );
    expect(await axeProblems(page)).toEqual([]);
    const before = t.connector.emulator.calls.length;
    // By keyboard: focus the button and press Enter.
    await open.locator('button[data-action="done"]').focus();
    await page.keyboard.press('Enter');
    await tab.locator('body[data-last-action]').waitFor();
    expect(await tab.locator('#announce').textContent()).toContain('sende utkast til rapport');
    await tab.locator('section[data-status="done"] article', { hasText: 'sende utkast til rapport' }).waitFor();
    // Keyboard focus follows the task to its new column.
    expect(await tab.locator(':focus').getAttribute('data-task-id')).toBe(
      await tab
        .locator('section[data-status="done"] article', { hasText: 'sende utkast til rapport' })
        .getAttribute('data-task-id'),
    );
    expect(
      await tab.locator('section[data-status="open"] article', { hasText: 'sende utkast til rapport' }).count(),
    ).toBe(0);
    // The shared card in the channel was updated (updateActivity), as a click on the card does.
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.map((c) => c.body))).toContain('sende utkast til rapport');
    await page.close();
  });

  it('Oppgaver: Utsett asks for a new date, as the card does, and the owner sees the task postponed', async () => {
    const { page, tab } = await content({ page: 'tasks', as: 'member' });
    await tab.locator('body[data-page="tasks"][data-state="ready"]').waitFor();
    const task = tab.locator('section[data-status="open"] article', { hasText: 'skrive søknad om veiledningsteam' });
    await task.locator('button[data-action="postpone"]').click();
    const date = task.locator('input[type="date"]');
    expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
    // Without a date nothing is sent: the browser asks for one (the field is required).
    expect(await date.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
    await date.fill('2027-01-15');
    const before = t.connector.emulator.calls.length;
    await task.locator('form.postpone button[type=submit]').click();
    await tab.locator('body[data-last-action]').waitFor();
    const moved = tab.locator('section[data-status="postponed"] article', {
      hasText: 'skrive søknad om veiledningsteam',
    });
    await moved.waitFor();
    expect(await moved.textContent()).toContain('15.01.2027');
    expect(
      JSON.stringify(
        t.connector.emulator.calls
          .slice(before)
          .filter((c) => c.kind === 'update')
          .map((c) => c.body),
      ),
    ).toContain('skrive søknad om veiledningsteam');
    // A municipality's task is owned jointly (round 5, N6): the member may report its progress too.
    const nes = tab.locator('article', { hasText: 'kartlegge behovet for veiledning' });
    expect(await nes.locator('button').count()).toBeGreaterThan(0);
    expect(await nes.textContent()).toContain('Ferdig');
    await page.close();
  });

  it('settings: a member sees the values read-only, a leader gets the forms and a change goes through the chat command', async () => {
    const member = await content({ page: 'settings', as: 'member' });
    await member.tab.locator('body[data-page="settings"][data-state="ready"]').waitFor();
    expect(await member.tab.locator('body').getAttribute('data-settings')).toBe('read-only');
    expect(await member.tab.locator('#read-only').textContent()).toContain(
      'Bare nettverkets ledere kan endre innstillingene',
    );
    expect(await member.tab.locator('form').count()).toBe(0);
    expect(await member.tab.locator('input, select, textarea').count()).toBe(0);
    const view = (await member.tab.locator('dl').textContent())!;
    expect(view).toContain('siste fredag i måneden');
    expect(view).toContain('Nes, Eidsvoll, Ullensaker');
    expect(view).toContain('Kari Nordmann');
    expect(await axeProblems(member.page)).toEqual([]);
    await member.page.screenshot({ path: join(artifacts(), 'innstillinger-medlem.png'), fullPage: true });
    await member.page.close();

    const leader = await content({ page: 'settings', as: 'leader' });
    await leader.tab.locator('body[data-page="settings"][data-state="ready"]').waitFor();
    expect(await leader.tab.locator('body').getAttribute('data-settings')).toBe('editable');
    const sections = await leader.tab
      .locator('form[data-section]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.section));
    expect(sections).toEqual(
      expect.arrayContaining(['series', 'place', 'agenda', 'municipalities', 'retention', 'leaders']),
    );
    expect(await leader.tab.locator('#leader-pick option', { hasText: 'Ola Hansen' }).count()).toBe(1);
    expect(await axeProblems(leader.page)).toEqual([]);
    await leader.page.screenshot({ path: join(artifacts(), 'innstillinger-leder.png'), fullPage: true });
    // A new municipality list, saved: the confirmation is the chat command's own.
    await leader.tab.locator('#municipalities-text').fill('Nes, Eidsvoll, Ullensaker, Hurdal');
    await leader.tab.locator('form[data-section="municipalities"] button[type=submit]').click();
    const status = leader.tab.locator('form[data-section="municipalities"] .form-status');
    await expect.poll(() => status.textContent()).toMatch(/Hurdal/);
    expect(await leader.tab.locator('#municipalities-text').inputValue()).toBe('Nes, Eidsvoll, Ullensaker, Hurdal');
    // An identity number is refused in a tab form as in chat, with nothing saved.
    await leader.tab.locator('#place-text').fill('Rådhuset, ring 010190 12345 ved ankomst');
    await leader.tab.locator('form[data-section="place"] button[type=submit]').click();
    const refused = leader.tab.locator('form[data-section="place"] .form-status.error');
    await refused.waitFor();
    expect((await refused.textContent())!.length).toBeGreaterThan(20);
    await leader.page.close();
    const after = await content({ page: 'settings', as: 'member' });
    await after.tab.locator('body[data-state="ready"]').waitFor();
    expect(await after.tab.locator('dl').textContent()).toContain('Hurdal');
    expect(await after.tab.locator('dl').textContent()).not.toContain('010190');
    await after.page.close();
  });

  it('Frister: the ICS subscription link, and Levert marks a deadline delivered', async () => {
    const { page, tab } = await content({ page: 'deadlines' });
    await tab.locator('body[data-page="deadlines"][data-state="ready"]').waitFor();
    const feed = await tab.locator('#ics-link').getAttribute('href');
    const ics = await fetch(new URL(feed!, t.app.url));
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    const row = tab.locator('li.deadline', { hasText: 'Søknad om overføring av midler' });
    expect(await row.getAttribute('data-status')).toBe('open');
    expect(await axeProblems(page)).toEqual([]);
    await row.locator('button[data-action="delivered"]').click();
    await tab.locator('body[data-last-action]').waitFor();
    expect(await tab.locator('#announce').textContent()).toBe('«Søknad om overføring av midler» er merket som levert.');
    // No longer open: listed as delivered (or, once past, not at all), never with a Levert button.
    expect(
      await tab.locator('li.deadline[data-status="open"]', { hasText: 'Søknad om overføring av midler' }).count(),
    ).toBe(0);
    expect(
      await tab.locator('li.deadline[data-status="open"]', { hasText: 'Rapport til Statsforvalteren' }).count(),
    ).toBe(1);
    await page.close();
  });

  it('Spør: the guideline answer chat gives, and an identity number refused as in chat', async () => {
    const { page, tab } = await content({ page: 'ask' });
    await tab.locator('body[data-page="ask"][data-state="ready"]').waitFor();
    await tab.locator('#question').fill('Hvor mye kan vi bruke på administrasjon?');
    await tab.locator('button[type=submit]').click();
    const answer = tab.locator('.answer-text');
    await answer.waitFor({ timeout: 20_000 });
    expect(await answer.textContent()).toMatch(/høyst 5 prosent/);
    await tab.locator('#question').fill('Gjelder dette 01019012345?');
    await tab.locator('button[type=submit]').click();
    await tab.locator('#answer [role=alert]').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it("Mine oppgaver (personal tab): the member's own open tasks across networks", async () => {
    const { page, tab } = await openTab(browser, t, { view: 'personal', as: 'member' });
    await tab.locator('body[data-page="me"][data-state="ready"]').waitFor();
    const tasks = await tab.locator('article.task').allTextContents();
    expect(tasks.join('\n')).toContain('skrive søknad om veiledningsteam');
    expect(tasks.join('\n')).not.toContain('kartlegge behovet for veiledning');
    expect(tasks.join('\n')).toContain('Demonettverket');
    expect(await tab.locator('nav').count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('works by keyboard: Tab reaches the page links in order, Enter opens one and focus moves to the page', async () => {
    const { page, tab } = await content();
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor();
    await tab.locator('nav a').first().focus();
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      order.push((await tab.locator(':focus').textContent())!);
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['Oversikt', 'Referater', 'Oppgaver', 'Frister', 'Prosjekter', 'Spør', 'Innstillinger']);
    await tab.locator('nav a', { hasText: 'Oppgaver' }).focus();
    await page.keyboard.press('Enter');
    await tab.locator('body[data-page="tasks"][data-state="ready"]').waitFor();
    expect(await tab.locator(':focus').getAttribute('id')).toBe('main');
    expect(await tab.locator('nav a[aria-current="page"]').textContent()).toBe('Oppgaver');
    // A visible focus ring on the focused control.
    await page.keyboard.press('Tab');
    const outline = await tab.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('a tampered entityId gets the refusal and nothing of any network', async () => {
    for (const tampered of ['19:playground-team-uten-rsc@thread.tacv2', '19:finnes-ikke@thread.tacv2']) {
      const { page, tab } = await content({ entityId: tampered });
      await tab.locator('body[data-state="error"]').waitFor();
      const main = tab.locator('main');
      expect(await main.locator('[role=alert]').count()).toBe(1);
      expect(await main.locator('h1, h2, table, ul, ol').count()).toBe(0);
      expect((await main.textContent())!.length).toBeGreaterThan(10);
      expect(await main.textContent()).not.toContain('Demonettverket');
      await page.close();
    }
  });

  it('in a channel of a team without the bot, Lagre stays disabled and the page says how to add the bot first', async () => {
    const { page, tab } = await openTab(browser, t, { view: 'config', channel: 'other' });
    await tab.locator('body[data-state="invalid"]').waitFor();
    expect(await tab.locator('h2').textContent()).toBe('Denne kanalen hører ikke til et nettverk ennå');
    expect((await tab.locator('[role=alert] p').textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator('#host-save').isDisabled()).toBe(true);
    await page.close();
  });
});
