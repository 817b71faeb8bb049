import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

// Month round 8, N14: people write @Kanal, @Team or a @tag next to the bot mention in Teams; the
// playground could not, so nobody saw whether the extra mention broke the command. Teams sends each as
// a mention entity naming a conversation (conversationIdentityType «channel» or «team») or a tag
// (type «tag»), not a person. The command still works, and a group is never taken for a person.

type Entry = { id: string; from: string; text?: string; card?: unknown };

describe('channel, team and tag mentions beside the bot mention (N14)', () => {
  let t: TestApp;
  let browser: Browser;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async () => (await api('feed?as=leader&tenant=rsc')).body.entries as Entry[];
  const say = async (text: string, mentions: string[], tenant = 'rsc') => {
    const before = (await feed()).length;
    const sent = await api('say', { tenant, text, as: 'leader', where: 'channel', mentions });
    expect(sent.status).toBe(200);
    return { sent: sent.body, out: JSON.stringify((await feed()).slice(before).filter((e) => e.from === 'bot')) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    await say('@Nettverksboten hjelp', ['bot']);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the page offers the channel, the team and a tag in the channel’s @ menu, not in a personal chat', async () => {
    const setup = (await api('setup')).body as { mentionable: { key: string; name: string; group?: boolean }[] };
    expect(setup.mentionable.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Nettverksboten', 'Nettverket', 'Demonettverket', 'Ledere']),
    );
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('#text').pressSequentially('@Nett');
    const menu = page.locator('#mention-menu li');
    // The menu is redrawn as each letter arrives; on a loaded machine the last redraw may come after the typing ends.
    await expect.poll(() => menu.allTextContents(), { timeout: 10_000 }).toEqual(['@Nettverksboten', '@Nettverket']);
    await page.keyboard.press('Escape');
    await page.locator('#text').fill('');
    await page.locator('.conv[data-where="personal"]').click();
    await page.locator('#text').pressSequentially('@Nett');
    await expect.poll(() => menu.allTextContents(), { timeout: 10_000 }).toEqual(['@Nettverksboten']);
    await page.close();
  });

  it('@Kanal, @Team or @tag next to the bot mention: the command is obeyed', async () => {
    const frister = await say('@Nettverksboten @Nettverket frister', ['bot', 'channel']);
    expect(frister.out).toContain('Kommende frister');
    const agenda = await say('@Demonettverket @Nettverksboten møteplan', ['team', 'bot']);
    expect(agenda.out).not.toContain('forstod ikke');
    expect(agenda.out).not.toContain('kjenner jeg ikke');
    const tagged = await say('@Nettverksboten @Ledere frister', ['bot', 'tag']);
    expect(tagged.out).toContain('Kommende frister');
  });

  it('a group is no person: a task for @Kanal is not given to someone called «Nettverket»', async () => {
    const task = await say('@Nettverksboten oppgave @Nettverket lage årshjul innen 10.12', ['bot', 'channel']);
    expect(task.out).not.toContain('"Nettverket"');
    const board = await t.app.services.store.tasks.listOpen('playground-tenant', '19:playground-team@thread.tacv2');
    expect(board.flatMap((x) => x.owners.map((o) => o.name))).not.toContain('Nettverket');
    // With a person beside the channel mention, the person gets it.
    const both = await say('@Nettverksboten @Nettverket oppgave @Ola Hansen lage årshjul innen 10.12', [
      'bot',
      'channel',
      'member',
    ]);
    expect(both.out).toContain('Ola Hansen');
    const after = await t.app.services.store.tasks.listOpen('playground-tenant', '19:playground-team@thread.tacv2');
    expect(after.flatMap((x) => x.owners.map((o) => o.name))).toContain('Ola Hansen');
  });

  it('without RSC a channel mention without the bot mention never reaches the bot', async () => {
    await say('@Nettverksboten hjelp', ['bot'], 'no-rsc');
    const sent = await say('@Nettverket frister', ['channel'], 'no-rsc');
    expect(sent.sent.delivered).toBe(false);
  });
});
