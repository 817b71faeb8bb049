import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

// What Teams shows after an Action.Execute click, by the type of the bot's invoke response:
// a card replaces the card for the clicker only; a message is shown on the card to the clicker
// only; an error is shown on the card as an error. Everyone else sees the shared card unchanged.

async function switchTo(page: Page, who: 'leader' | 'member') {
  await page.selectOption('#as', who);
  // The feed for the new person has been drawn once the chat is not empty again.
  await page.locator('#chat .msg').first().waitFor({ timeout: 15_000 });
}

/**
 * For each button: wholly inside its card, and its left edge, middle and right edge are what a
 * person would hit there (not clipped by the button row, not covered). Only the chat is scrolled,
 * never the button row itself: a programmatic scroll would uncover a button a person cannot reach.
 */
async function reallyVisible(card: Locator): Promise<boolean[]> {
  await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return card.locator('.ac-pushButton').evaluateAll((els) =>
    els.map((el) => {
      const box = el.closest('.ac-adaptiveCard')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4) return false;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        return false;
      const y = r.top + r.height / 2;
      return [r.left + 2, r.left + r.width / 2, r.right - 2].every((x) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && (hit === el || el.contains(hit));
      });
    }),
  );
}

/** Where the screenshots go; SCREENSHOT_DIR keeps them after the run, to look at. */
const shots = (t: TestApp) => process.env.SCREENSHOT_DIR ?? t.dir;

describe('playground shows card-action answers as Teams does (Chromium)', () => {
  const app = chromiumApp();
  let jumped = false;
  /** A week on from 23.11: the agenda for 27.11 and the question about 25.12 (første juledag) are posted. */
  async function weekOn(page: Page) {
    if (jumped) return;
    jumped = true;
    await page.click('.jump[data-jump=week]');
  }

  it('a card answer replaces the card for the clicker only', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    // The first message installs the bot; the welcome card has the button.
    await page.locator('#text').pressSequentially('@Nett');
    await page.keyboard.press('Enter');
    await page.locator('#text').pressSequentially('hjelp');
    await page.keyboard.press('Enter');
    const first = page.locator('.msg.bot', { hasText: 'Hei! Jeg er Nettverksboten' });
    await first.waitFor({ timeout: 15_000 });
    const welcome = page.locator(`.msg.bot[data-id="${await first.getAttribute('data-id')}"]`);
    await welcome.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).click({ timeout: 15_000 });
    await welcome.locator('.ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' }).waitFor({ timeout: 15_000 });
    expect(await welcome.textContent()).not.toContain('Hei! Jeg er Nettverksboten');
    // Ola never clicked: he still has the welcome card.
    await switchTo(page, 'member');
    const olaWelcome = page.locator('.msg.bot', { hasText: 'Hei! Jeg er Nettverksboten' });
    await olaWelcome.locator('.ac-pushButton', { hasText: 'Vis alle kommandoer' }).waitFor();
    // And Kari keeps hers after looking at Ola's screen.
    await switchTo(page, 'leader');
    await page.locator('.msg.bot .ac-adaptiveCard', { hasText: 'Dette kan Nettverksboten' }).first().waitFor();
    expect(await page.locator('.msg.bot', { hasText: 'Hei! Jeg er Nettverksboten' }).count()).toBe(0);
    await page.close();
  });

  it('the holiday card shows all its buttons; a message answer appears on the card for the clicker only', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    // The December meeting (last Friday) is første juledag; the leaders are asked a month ahead.
    await weekOn(page);
    const card = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first();
    await card.waitFor({ timeout: 45_000 });
    const buttons = card.locator('.ac-pushButton');
    const titles = await buttons.allTextContents();
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Behold datoen');
    expect(titles).toContain('Dropp møtet denne gangen');
    expect(await reallyVisible(card)).toEqual([true, true, true, true]);
    // Also in a narrow window, where the buttons cannot share one row.
    await page.setViewportSize({ width: 700, height: 900 });
    expect(await reallyVisible(card)).toEqual([true, true, true, true]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${shots(app.t)}/holiday-card.png` });

    // Ola is no leader: the bot answers his click with a message, which only he sees, on the card.
    await switchTo(page, 'member');
    const olaCard = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first();
    await olaCard.locator('.ac-pushButton', { hasText: 'Behold datoen' }).click();
    const reply = olaCard.locator('.card-reply');
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.getAttribute('class')).not.toContain('error');
    const said = (await reply.textContent())!.replace(/✕$/, '').trim();
    expect(said).toMatch(/leder/i);
    // The card itself is unchanged for him: all four buttons are still there.
    expect(await olaCard.locator('.ac-pushButton').count()).toBe(4);
    await page.screenshot({ path: `${shots(app.t)}/holiday-message.png` });
    // Kari sees the shared card, without Ola's message.
    await switchTo(page, 'leader');
    const kariCard = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first();
    await kariCard.locator('.ac-pushButton', { hasText: 'Behold datoen' }).waitFor();
    expect(await kariCard.locator('.card-reply').count()).toBe(0);
    expect(await page.locator('#chat').textContent()).not.toContain(said);
    // Back to Ola: his message is still on his card until he closes it.
    await switchTo(page, 'member');
    const again = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first().locator('.card-reply');
    await again.waitFor();
    await again.locator('button').click();
    expect(await page.locator('.msg.bot .card-reply').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('an error answer is shown on the card as an error, to the clicker only', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    await weekOn(page);
    const card = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first();
    await card.waitFor({ timeout: 45_000 });
    // A button whose data the bot cannot read (as from an old or tampered card): the real bot
    // answers with application/vnd.microsoft.error.
    await page.route('**/playground/api/click', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      await route.continue({ postData: JSON.stringify({ ...body, data: { choice: 42 } }) });
    });
    await card.locator('.ac-pushButton', { hasText: 'Dropp møtet denne gangen' }).click();
    const error = card.locator('.card-reply.error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toContain('Knappen sendte data jeg ikke forstod');
    expect(await error.getAttribute('role')).toBe('alert');
    await page.unroute('**/playground/api/click');
    await page.screenshot({ path: `${shots(app.t)}/holiday-error.png` });
    // Nothing was decided: the card still asks, and Ola sees no error.
    expect(await card.locator('.ac-pushButton').count()).toBe(4);
    await switchTo(page, 'member');
    await page
      .locator('.msg.bot', { hasText: 'faller på første juledag' })
      .first()
      .locator('.ac-pushButton', { hasText: 'Behold datoen' })
      .waitFor();
    expect(await page.locator('.msg.bot .card-reply').count()).toBe(0);
    await page.close();
  }, 120_000);
  it('saving the fixed agenda with a bad line: the refusal shows on the card, the opened form keeps what was typed, only for her', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    await weekOn(page);
    const agenda = page.locator('.msg.bot', { hasText: 'Agenda for møtet' }).first();
    await agenda.waitFor({ timeout: 45_000 });
    const id = await agenda.getAttribute('data-id');
    const msg = page.locator(`.msg.bot[data-id="${id}"]`);
    await msg.locator('.ac-pushButton', { hasText: 'Endre fast agenda' }).click();
    const box = msg.locator('textarea');
    await box.waitFor({ timeout: 15_000 });
    // 600 minutes is over the limit of one item: the bot answers with a message, not a card.
    await box.fill('Velkommen | 10\nEventuelt | 600');
    await msg.locator('.ac-pushButton', { hasText: 'Lagre fast agenda' }).click();
    const reply = msg.locator('.card-reply');
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.textContent()).toContain('Agendaen ble ikke lagret');
    // The opened form stays open for Kari with what she wrote, so she can correct it, even as new
    // messages redraw the chat.
    expect(await box.inputValue()).toContain('Eventuelt | 600');
    await msg.evaluate((el) => el.setAttribute('data-before-redraw', ''));
    await page.click('.jump[data-jump=hour]');
    await page.waitForFunction((sel) => !document.querySelector(sel), `.msg[data-id="${id}"][data-before-redraw]`, {
      timeout: 45_000,
    });
    expect(await box.inputValue()).toContain('Eventuelt | 600');
    expect(await reply.textContent()).toContain('Agendaen ble ikke lagret');
    await page.screenshot({ path: `${shots(app.t)}/agenda-error.png` });
    // Ola sees the agenda as posted: no edit card, no refusal.
    await switchTo(page, 'member');
    const olas = page.locator(`.msg.bot[data-id="${id}"]`);
    await olas.locator('.ac-pushButton', { hasText: 'Endre fast agenda' }).waitFor();
    expect(await olas.locator('textarea').count()).toBe(0);
    expect(await olas.locator('.card-reply').count()).toBe(0);
    await page.close();
  }, 120_000);
  it('a card answer that the bot also posts for everyone: the clicker and the others see the decided card', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1280, height: 900 } });
    await weekOn(page);
    const card = page.locator('.msg.bot', { hasText: 'faller på første juledag' }).first();
    await card.waitFor({ timeout: 45_000 });
    const id = await card.getAttribute('data-id');
    const kari = page.locator(`.msg.bot[data-id="${id}"]`);
    // What the "Dropp" button sends, for a second choice made elsewhere later on.
    const skip = await page.evaluate(async (entryId) => {
      const feed = await (await fetch('/playground/api/feed?as=leader')).json();
      return feed.entries.find((e: any) => e.id === entryId).card.actions.find((a: any) => a.data?.choice === 'skip');
    }, id);
    await kari.locator('.ac-pushButton', { hasText: 'Behold datoen' }).click();
    await kari.locator('.ac-adaptiveCard', { hasText: 'Kari Nordmann valgte' }).waitFor({ timeout: 15_000 });
    expect(await kari.locator('.ac-pushButton').count()).toBe(0);
    expect(await kari.locator('.card-reply').count()).toBe(0);
    // The bot updated the message as well: Ola sees the same decision, without having clicked.
    await switchTo(page, 'member');
    const ola = page.locator(`.msg.bot[data-id="${id}"]`);
    await ola.locator('.ac-adaptiveCard', { hasText: 'Kari Nordmann valgte' }).waitFor({ timeout: 15_000 });
    expect(await ola.locator('.ac-pushButton').count()).toBe(0);
    // The choice is changed from another client (Kari on her phone): the bot updates the message
    // again, and that newer shared card replaces the one her click gave her here, as in Teams.
    await switchTo(page, 'leader');
    await kari.locator('.ac-adaptiveCard', { hasText: 'møtet holdes på datoen' }).waitFor();
    const changed = await page.evaluate(
      async ({ entryId, action }) =>
        (
          await fetch('/playground/api/click', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              verb: action.verb,
              data: action.data,
              as: 'leader',
              where: 'channel',
              replyToId: entryId,
            }),
          })
        ).json(),
      { entryId: id, action: skip },
    );
    expect(JSON.stringify(changed.card)).toContain('droppes');
    await kari.locator('.ac-adaptiveCard', { hasText: 'møtet droppes denne gangen' }).waitFor({ timeout: 15_000 });
    expect(await kari.textContent()).not.toContain('holdes på datoen');
    await page.close();
  }, 120_000);
});
