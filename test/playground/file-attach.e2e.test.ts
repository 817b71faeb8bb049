import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// Month round 8, N14: in Teams people paste the report as a file in the meeting thread. In a channel
// Teams does not hand the bot the file: the message arrives with its text (empty when only a file was
// sent) and a text/html copy of the message that links to the file in the team's SharePoint. The file
// attachment «application/vnd.microsoft.teams.file.download.info» comes only in a personal chat, and
// only for an app with supportsFiles (this one has not: Teams shows no attach button there). A file
// sent alone in the running meeting's thread was dropped without a word; now the sender is told the
// file is not in the minutes and how to note it. A file with a meeting line keeps the line.

type Entry = { id: string; from: string; text?: string; thread?: string | null; card?: unknown };

describe('a file in the meeting thread (N14)', () => {
  let t: TestApp;
  let thread = '';
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async () => (await api('feed?as=leader&tenant=rsc')).body.entries as Entry[];
  const after = async (before: number) => JSON.stringify((await feed()).slice(before).filter((e) => e.from === 'bot'));

  beforeAll(async () => {
    t = await startTestApp();
    await api('say', { tenant: 'rsc', text: '@Nettverksboten hjelp', as: 'leader', mentions: ['bot'] });
    const start = await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten start møte',
      as: 'leader',
      mentions: ['bot'],
    });
    thread = start.body.id;
  });
  afterAll(async () => t?.close());

  it('a file alone: the sender is told it is not in the minutes and how to note it; the channel shows the file', async () => {
    const before = (await feed()).length;
    const sent = await api('attach', { tenant: 'rsc', as: 'member', thread, name: 'Rapport 2026.pdf' });
    expect(sent.status).toBe(200);
    const entry = (await feed()).find((e) => e.id === sent.body.id);
    expect(entry?.text).toContain('Rapport 2026.pdf');
    const out = await after(before);
    expect(out).toContain('info:');
    expect(out).toContain('referatet');
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('a file with a meeting line: the line is noted as usual', async () => {
    const before = (await feed()).length;
    const sent = await api('attach', {
      tenant: 'rsc',
      as: 'member',
      thread,
      name: 'Rapport 2026.pdf',
      text: 'info: Rapporten for 2026 ligger ved',
    });
    expect(sent.status).toBe(200);
    expect(await after(before)).toContain('Notat');
  });

  it('Teams has no attach button in a personal chat with this app, nor does the playground', async () => {
    const res = await api('attach', { tenant: 'rsc', as: 'member', where: 'personal', name: 'Rapport.pdf' });
    expect(res.status).toBe(400);
  });

  it('a file alone outside the meeting thread is none of the bot’s business: no answer', async () => {
    const before = (await feed()).length;
    const sent = await api('attach', { tenant: 'rsc', as: 'member', name: 'Bilde.png' });
    expect(sent.status).toBe(200);
    expect(await after(before)).toBe('[]');
  });
});

describe('the 📎 on the page (N14, Chromium)', () => {
  it('sends the picked file’s name to the channel, and is not offered in the personal chat', async () => {
    const { launchChromium } = await import('../support/chromium.ts');
    const t = await startTestApp();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${t.app.url}/playground`);
      await page.locator('body[data-ready]').waitFor();
      await page
        .locator('#attach-file')
        .setInputFiles({ name: 'Rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
      await page.locator('.msg.user', { hasText: '📎 Rapport.pdf' }).waitFor();
      await page.locator('.conv[data-where="personal"]').click();
      expect(await page.locator('#attach').isHidden()).toBe(true);
    } finally {
      await browser.close();
      await t.close();
    }
  });
});
