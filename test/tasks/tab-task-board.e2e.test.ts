import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { speaker } from '../support/chat.ts';
import { launchChromium } from '../support/chromium.ts';
import { cardAction, type NetworkFixture } from '../support/teams.ts';
import { kari, openTab, seededApp } from '../tab/web-support.ts';

// N6 in the tab «Oppgaver»: two identical tasks showed as two identical cards with no way to tell
// them apart, and a cancelled one must not be offered among the open tasks.
describe('the tab’s task board (real Chromium)', () => {
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

  it('shows each task’s T-number, and not a cancelled task', async () => {
    // T2 is «Nes: kartlegge behovet for veiledning»; Kari cancels it through the confirmation card.
    const asked = await speaker(t, net, 'board-1').bodies(kari, 'avlys oppgave T2');
    const data = asked
      .flatMap((b) => b.attachments ?? [])
      .flatMap((a: any) => a.content?.actions ?? [])
      .find((a: any) => a.verb === 'task.cancel')?.data;
    expect(data).toBeDefined();
    const res = await t.post(cardAction(net, kari, 'task.cancel', data, { thread: 'board-1', replyToId: 'board-1' }));
    expect(res.status).toBe(200);
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.status).toBe('cancelled');

    const { page, tab } = await openTab(browser, t, { view: 'content', entityId: net.teamId, page: 'tasks' });
    await tab.locator('body[data-page="tasks"][data-state="ready"]').waitFor();
    const open = await tab.locator('section[data-status="open"] article').allTextContents();
    expect(open.length).toBeGreaterThan(0);
    const all = await tab.locator('article.task').allTextContents();
    expect(all.join('\n')).not.toContain('kartlegge behovet');
    for (const id of ['T1', 'T3']) {
      const item = tab.locator(`article[data-task-id="${id}"]`);
      expect(await item.locator('.task-id').allTextContents()).toEqual([id]);
    }
    await page.close();
  }, 60_000);
});
