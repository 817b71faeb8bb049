import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { ManualClock } from '../../src/time/clock.ts';

// Month round 6, N16: «Kunne ikke sendes» on the first reply into the agenda thread, with
// `TypeError` «playground line not delivered» in the log. With the error's cause logged (debug):
// `TypeError: fetch failed` ← `read ECONNRESET`. The playground's call to /api/messages went out on
// a pooled keep-alive connection the server was closing as idle (5 s): when the process had been
// busy for longer than that (two cores shared, a month of jobs), the call was written before either
// side's idle timer had run, and the server then closed the socket under it.

/** The test's clock, which can hold the process once, as a busy machine does, the next time the server reads it. */
class BusyClock extends ManualClock {
  holdMs = 0;
  override now(): Date {
    if (this.holdMs > 0 && new Error().stack?.includes('playground/routes.ts')) {
      const until = Date.now() + this.holdMs;
      this.holdMs = 0;
      while (Date.now() < until) {
        /* the event loop is held */
      }
    }
    return super.now();
  }
}

describe('playground: a line sent after the server was busy (N16)', () => {
  let t: TestApp;
  const clock = new BusyClock('2026-11-23T08:00:00Z');
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a reply into a bot post thread during a meeting reaches the bot though the server was held past its keep-alive', async () => {
    const say = async (body: object) =>
      (
        await fetch(`${t.app.url}/playground/api/say`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ where: 'channel', ...body }),
        })
      ).json();
    expect(await say({ text: 'hjelp', as: 'leader' })).toMatchObject({ delivered: true });
    expect(await say({ text: '@Nettverksboten start møte', mentions: ['bot'], as: 'leader' })).toMatchObject({
      delivered: true,
    });
    const feed = (await (await fetch(`${t.app.url}/playground/api/feed?as=member`)).json()) as {
      entries: { id: string; from: string; thread: string | null; text?: string }[];
    };
    const botPost = feed.entries.find((e) => e.from === 'bot' && e.thread === null);
    expect(botPost).toBeDefined();
    for (const text of ['vedtak: Hurdal arrangerer fagdag 15. april', 'info: andre linje i tråden']) {
      // The server reads its clock as it takes the line, and is held there longer than it keeps an idle connection.
      clock.holdMs = 7_000;
      expect(await say({ text, as: 'member', thread: botPost!.id })).toMatchObject({ ok: true, delivered: true });
    }
  }, 60_000);
});
