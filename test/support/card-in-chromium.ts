import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

// The SDK's UMD build, the one a page can load as a script.
const SDK = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');

export interface CardLayout {
  /** The chat column's width in pixels. */
  width: number;
  /** The window's height in pixels. */
  height: number;
  /** The Adaptive Cards host config (Teams' font sizes, spacing, button rows). */
  hostConfig: object;
}

/**
 * Renders `card` with the Adaptive Cards SDK, as Teams' web client does, into `#host` (`width` pixels
 * wide) in a page of its own, hands the page to `read`, and closes it.
 */
export async function withRenderedCard<T>(
  browser: Browser,
  card: unknown,
  { width, height, hostConfig }: CardLayout,
  read: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await browser.newPage({ viewport: { width: width + 40, height } });
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div id="host" style="width:${width}px"></div></body></html>`,
    );
    await page.addScriptTag({ path: SDK });
    await page.evaluate(
      ({ card, host }) => {
        const AC = (window as any).AdaptiveCards;
        const ac = new AC.AdaptiveCard();
        ac.hostConfig = new AC.HostConfig(host);
        ac.parse(card);
        document.getElementById('host')!.appendChild(ac.render());
      },
      { card, host: hostConfig },
    );
    return await read(page);
  } finally {
    await page.close();
  }
}
