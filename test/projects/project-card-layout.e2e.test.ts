import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withRenderedCard } from '../support/card-in-chromium.ts';
import { bodiesOf } from '../support/chat.ts';
import { chromiumAppAt } from '../support/chromium-app.ts';
import { cardAction, person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

/** Teams' card font sizes, spacing and horizontal button rows (the playground's host config). */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', system-ui, sans-serif",
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
  },
};

/** The titles of the card's buttons that are cut, squeezed or outside the card at `width` pixels. */
async function hiddenButtons(browser: Browser, card: unknown, width: number): Promise<string[]> {
  return withRenderedCard(browser, card, { width, height: 1600, hostConfig: HOST_CONFIG }, (page) =>
    page.evaluate(() => {
      const box = document.querySelector('.ac-adaptiveCard')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.ac-pushButton')].flatMap((el) => {
        const r = el.getBoundingClientRect();
        const text = el.querySelector<HTMLElement>('div') ?? el;
        const cut = text.scrollWidth > text.clientWidth + 1;
        const outside = r.width < 4 || r.left < box.left - 0.5 || r.right > box.right + 0.5;
        return cut || outside ? [el.textContent ?? '?'] : [];
      });
    }),
  );
}

describe('the plan card’s steps fit a narrow chat column (Chromium)', () => {
  const app = chromiumAppAt('2026-11-23T08:00:00Z', kari);

  it('shows every button whole, from a phone to a wide window', async () => {
    const bodies = await bodiesOf(app.t, app.net, kari, 'nytt prosjekt Tryggere overganger for barn i fosterhjem');
    const card = bodies.flatMap((b) => (b.attachments ?? []).map((a: { content: unknown }) => a.content))[0];
    expect(JSON.stringify(card)).toContain('project.form');
    for (const width of [320, 480, 720])
      expect({ width, hidden: await hiddenButtons(app.browser, card, width) }).toEqual({ width, hidden: [] });
  });

  it('a list of rows and a sub-goal to confirm keep «Endre», «Slett» and «Ja, slett» whole on a phone', async () => {
    const click = async (verb: string, data: object) => {
      const action = cardAction(app.net, kari, verb, { networkId: app.net.teamId, projectId: 'U1', ...data });
      return (await app.t.post(action)).body.value;
    };
    await click('project.save', {
      form: 'subgoal',
      goal: 'Kartlegge overganger mellom barnehage og skole i alle kommunene',
    });
    await click('project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Kartlegging av 20 saker',
      owner: 'Nes',
    });
    const rows = await click('project.rows', { list: 'subgoals' });
    const del = JSON.stringify(rows).match(/"verb":"project.delete","data":(\{[^}]+\})/)!;
    const confirm = await click('project.delete', JSON.parse(del[1]!));
    expect(JSON.stringify(confirm)).toContain('har 1 milepæl');
    for (const card of [rows, confirm]) expect(await hiddenButtons(app.browser, card, 320)).toEqual([]);
  });
});
