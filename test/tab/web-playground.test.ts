import { describe, expect, it } from 'vitest';
import { chromiumApp, openReadyPage } from '../support/chromium-app.ts';

/** In local mode the playground opens the network's tab beside the chat, the way a person adds it in Teams. */
describe('the playground opens the tab beside the chat (Chromium)', () => {
  const app = chromiumApp();

  it('before the bot is in the team the tab cannot be added; after the first message it can, and shows what chat did', async () => {
    const page = await openReadyPage(app.browser, app.t, { viewport: { width: 1600, height: 900 } });
    const toggle = page.locator('#tab-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const host = page.frameLocator('#tab-pane iframe');
    const tab = host.frameLocator('#tab-frame');
    // Nothing said yet, so the bot has not been installed in the demo team: Lagre stays off.
    await tab.locator('body[data-state="invalid"]').waitFor({ timeout: 20_000 });
    expect(await host.locator('#host-save').isDisabled()).toBe(true);

    // Chat installs the bot and records a deadline; the chat and the tab sit side by side.
    await page.locator('#text').pressSequentially('@Nett');
    await page.keyboard.press('Enter');
    await page.locator('#mention-pills .pill', { hasText: '@Nettverksboten' }).waitFor();
    await page.locator('#text').pressSequentially('frist 1. mars Rapport til Statsforvalteren');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot', { hasText: 'Rapport til Statsforvalteren' }).first().waitFor({ timeout: 30_000 });
    const chat = await page.locator('#chat').boundingBox();
    const pane = await page.locator('#tab-pane').boundingBox();
    expect(pane!.x).toBeGreaterThanOrEqual(chat!.x + chat!.width - 1);

    // Reopen the pane: the configuration page now finds the network, and Lagre opens Oversikt.
    await toggle.click();
    await toggle.click();
    await tab.locator('body[data-state="valid"]').waitFor({ timeout: 20_000 });
    await host.locator('#host-save').click();
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('ul.deadlines').textContent()).toContain('Rapport til Statsforvalteren');
    // Opened again, the tab is there: Teams does not ask to add it a second time.
    await toggle.click();
    await toggle.click();
    await tab.locator('body[data-page="overview"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await host.locator('#host-config').isHidden()).toBe(true);
    await page.close();
  }, 90_000);
  it("the host stand-in answers as Teams does: a contentUrl off the app's domain is refused, and only the tab's own frame is heard", async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.t.app.url}/playground/tab?view=config`);
    await page.frameLocator('#tab-frame').locator('body[data-state]').waitFor({ timeout: 20_000 });
    const frame = page.frames().find((f) => f.url().includes('/tab/config'))!;
    // A request in teams-js's own wire format, from inside the tab's frame.
    const ask = (func: string, args: unknown[]) =>
      frame.evaluate(
        ({ func, args }) =>
          new Promise<unknown>((resolve) => {
            const id = 900 + Math.floor(Math.random() * 1000);
            const uuidAsString = crypto.randomUUID();
            const onMessage = (e: MessageEvent) => {
              if (e.data?.uuidAsString === uuidAsString) {
                window.removeEventListener('message', onMessage);
                resolve(e.data.args);
              }
            };
            window.addEventListener('message', onMessage);
            window.parent.postMessage({ id, uuidAsString, func, args }, location.origin);
            setTimeout(() => resolve('no answer'), 2000);
          }),
        { func, args },
      );
    const refused = (await ask('settings.setSettings', [
      { entityId: 'x', contentUrl: 'https://annet.example/tab' },
    ])) as [boolean, string];
    expect(refused[0]).toBe(false);
    expect(refused[1]).toContain('domene');
    expect(
      await ask('settings.setSettings', [{ entityId: 'x', contentUrl: `${app.t.app.url}/tab/overview?network=x` }]),
    ).toEqual([true]);
    const context = ((await ask('getContext', [])) as [Record<string, unknown>])[0];
    expect(context.frameContext).toBe('settings');
    expect(context.tid).toBe('playground-tenant');
    expect(context.entityId).toBeUndefined();
    // Teams answers nothing it does not know.
    expect(await ask('nothing.teams.knows', [])).toBe('no answer');
    // The same request posted by another window (the host page itself): the stand-in must not answer it.
    const uuid = crypto.randomUUID();
    const heard = frame.evaluate(
      (uuidAsString) =>
        new Promise<string>((resolve) => {
          // The stand-in answers into the tab's frame: an answer would arrive here.
          window.addEventListener('message', (e) => {
            if (e.data?.uuidAsString === uuidAsString && !('func' in e.data)) resolve('answered');
          });
          setTimeout(() => resolve('ignored'), 1500);
        }),
      uuid,
    );
    await page.evaluate(
      (uuidAsString) => window.postMessage({ id: 1, uuidAsString, func: 'getContext', args: [] }, location.origin),
      uuid,
    );
    const fromHost = await heard;
    expect(fromHost).toBe('ignored');
    await page.close();
  });
});
