import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withRenderedCard } from '../support/card-in-chromium.ts';
import { bodiesOf } from '../support/chat.ts';
import { chromiumAppAt } from '../support/chromium-app.ts';
import { person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

/** Teams' card font sizes and spacing (the playground's host config); the font falls back to what the machine has. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', system-ui, sans-serif",
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
};

/**
 * Renders the card with the Adaptive Cards SDK in Chromium, `width` pixels wide, and returns every
 * word, amount or count on it that is broken over two lines, or that sticks out of its column.
 */
async function brokenWords(browser: Browser, card: unknown, width: number): Promise<string[]> {
  return withRenderedCard(browser, card, { width, height: 1200, hostConfig: HOST_CONFIG }, (page) =>
    page.evaluate(() => {
      const out: string[] = [];
      for (const block of document.querySelectorAll('#host .ac-textBlock')) {
        const cell = block.closest('.ac-tableCell, .ac-column') ?? block.parentElement!;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // Words (a hyphen may break a word, as in print), and amounts and counts as a whole («141 649 kr»).
          const units = [...text.matchAll(/\d{1,3}(?:[ \u00a0]\d{3})+(?:[ \u00a0]kr)?|\d+[ \u00a0]kr|[^\s\u00a0-]+/g)];
          for (const m of units) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top)));
            const box = cell.getBoundingClientRect();
            const outside = rects.some((r) => r.right > box.right + 0.5);
            if (lines.size > 1 || outside) out.push(m[0]);
          }
        }
      }
      return out;
    }),
  );
}

describe('the cost key card reads in a narrow chat column (Chromium)', () => {
  const app = chromiumAppAt('2026-11-23T08:00:00Z', kari);

  it('breaks no heading or amount in the middle of a word, from a phone to a wide window', async () => {
    const typed =
      'kostnadsfordeling 1 200 000 kr, fast 50 %: Ullensaker 41 565 bruk 12; Eidsvoll 26 716 bruk 8; Nes 23 898 bruk 6; Gjerdrum 6 989 bruk 2; Hurdal 2 905 bruk 1; Nannestad 15 074 bruk 5; Lunner 9 144 bruk 0';
    const bodies = await bodiesOf(app.t, app.net, kari, typed);
    const card = bodies.flatMap((b) => (b.attachments ?? []).map((a: { content: unknown }) => a.content))[0];
    expect(JSON.stringify(card).replace(/\u00a0/g, ' ')).toContain('409 237 kr'); // Ullensaker, as a stranger recomputed it by hand
    for (const width of [320, 400, 560, 720])
      expect({ width, broken: await brokenWords(app.browser, card, width) }).toEqual({ width, broken: [] });
  });
});
