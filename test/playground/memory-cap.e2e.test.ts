// The transcript in memory is bounded by size as well as count: 3 000 messages at Teams' 28 KB
// limit would be ~170 MB of heap on a 192 MB server. Past ~6 MB the oldest lines scroll off.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

const SEEDED = 390;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // ~3.9 MB of saved lines, just under what a start reads.
  const entries = Array.from({ length: SEEDED }, (_, i) => ({
    id: `seed-${i}`,
    tenant: 'rsc',
    where: 'channel',
    owner: null,
    thread: null,
    from: 'bot',
    name: 'Nettverksboten',
    text: `${i} ${'Status i prosjektet. '.repeat(480)}`,
  }));
  writeFileSync(join(t.dir, 'test.db.playground.json'), JSON.stringify({ installed: ['rsc'], entries }));
  await t.restart();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const total = async () => {
  const f = (await (await fetch(`${t.app.url}/playground/api/feed?as=leader`)).json()) as {
    entries: { id: string }[];
    omitted: number;
  };
  return f.entries.length + f.omitted;
};

describe('the playground transcript in memory', () => {
  it('lets the oldest lines go once it passes its size, not only its count', async () => {
    expect(await total()).toBe(SEEDED);
    const SAID = 90;
    const long = 'Vi går gjennom tiltakene i alle kommunene. '.repeat(600).slice(0, 27_000);
    for (let i = 0; i < SAID; i++) {
      const r = await fetch(`${t.app.url}/playground/api/say`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `${i} ${long}` }),
      });
      expect(r.status).toBe(200);
    }
    // Far fewer than 3 000 lines, yet some of the oldest are gone; the newest are all there.
    const now = await total();
    expect(now).toBeLessThan(SEEDED + SAID);
    expect(now).toBeGreaterThan(SAID);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
