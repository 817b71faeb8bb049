import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

// Month round 8, N14: in Teams people react 👍 to a task card instead of pressing «Ferdig», and the
// playground had no reactions, so nobody saw that the bot took no notice: the owner thought the task
// reported done, and the reminders went on. Teams sends a messageReaction activity (reactionsAdded,
// replyToId = the message reacted to). A 👍 or ✅ on a task card from someone who may change the task
// now gets one line in the thread saying it does not mark the task done, and how to; other reactions,
// and reactions on other messages, are left alone.

type Entry = { id: string; from: string; text?: string; card?: unknown; thread?: string | null };

describe('reactions on the bot’s messages (N14)', () => {
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
  const react = async (id: string, as: 'leader' | 'member', reaction: string) => {
    const before = (await feed()).length;
    const res = await api('react', { tenant: 'rsc', id, as, reaction });
    expect(res.status).toBe(200);
    return JSON.stringify((await feed()).slice(before).filter((e) => e.from === 'bot'));
  };
  let taskCard = '';
  let otherCard = '';
  let welcome = '';

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    await api('say', { tenant: 'rsc', text: '@Nettverksboten hjelp', as: 'leader', mentions: ['bot'] });
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten oppgave @Ola Hansen lage årshjul innen 10.12',
      as: 'leader',
      mentions: ['bot', 'member'],
    });
    // A second card for the page's own 👍: the hint comes once per person and card (attack round 9, A4).
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten oppgave @Ola Hansen lage budsjett innen 10.12',
      as: 'leader',
      mentions: ['bot', 'member'],
    });
    const all = await feed();
    welcome = all.find((e) => e.from === 'bot' && JSON.stringify(e.card ?? '').includes('Hei! Jeg er'))!.id;
    taskCard = all.find((e) => e.from === 'bot' && JSON.stringify(e.card ?? '').includes('Oppgave T1'))!.id;
    otherCard = all.find((e) => e.from === 'bot' && JSON.stringify(e.card ?? '').includes('Oppgave T2'))!.id;
    expect(taskCard).toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('👍 from the owner on a task card: one line says it is not marked done, and how to; the task stays open', async () => {
    const out = await react(taskCard, 'member', 'like');
    expect(out).toContain('T1');
    expect(out).toContain('Ferdig');
    expect(JSON.parse(out)).toHaveLength(1);
    const task = await t.app.services.store.tasks.get('playground-tenant', '19:playground-team@thread.tacv2', 'T1');
    expect(task!.status).toBe('open');
  });

  it('a ✅ counts the same; a ❤️ on the task card, or a 👍 on another message, gets no answer', async () => {
    expect(await react(taskCard, 'leader', '2705_whiteheavycheckmark')).toContain('T1');
    expect(await react(taskCard, 'member', 'heart')).toBe('[]');
    expect(await react(welcome, 'member', 'like')).toBe('[]');
  });

  it('the page has a 👍 on the bot’s messages that sends the reaction, as Teams does', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.app.url}/playground`);
    await page.locator('body[data-ready]').waitFor();
    await page.selectOption('#as', 'member');
    const card = page.locator(`.msg.bot[data-id="${otherCard}"]`);
    await card.waitFor();
    const before = await page.locator('.msg.bot').count();
    await card.locator('button.react[data-reaction="like"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.msg.bot').length > n, before);
    expect(await page.locator('.msg.bot').last().textContent()).toContain('T2');
    await page.close();
  });
});
