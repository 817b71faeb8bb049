// Attack round 6b, A9: GET /playground/api/feed sent the whole transcript on every poll (1.7 MB after
// ~2 000 messages); twelve polls at once took the local server past its heap. Now a poll that has
// seen the latest version gets «unchanged» and nothing else, one answer holds at most the last
// FEED_MAX entries (fewer when asked), and says how many older ones it left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_MAX } from '../../src/dev/playground/routes.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  for (let i = 1; i <= 12; i++) {
    const r = await fetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `melding ${i}` }),
    });
    expect(r.status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const feed = async (query: string) => {
  const r = await fetch(`${t.app.url}/playground/api/feed?as=leader${query}`);
  return { status: r.status, body: (await r.json()) as any, bytes: Number(r.headers.get('content-length') ?? 0) };
};

describe('playground feed, paged', () => {
  it('answers the last `limit` entries and says how many older ones it left out', async () => {
    const all = await feed('');
    expect(all.status).toBe(200);
    const total = all.body.entries.length;
    expect(total).toBeGreaterThan(12);
    expect(all.body.omitted).toBe(0);
    const page = await feed('&limit=5');
    expect(page.body.entries).toHaveLength(5);
    expect(page.body.omitted).toBe(total - 5);
    expect(page.body.entries.map((e: any) => e.id)).toEqual(all.body.entries.slice(-5).map((e: any) => e.id));
  });

  it('never answers more than FEED_MAX entries, whatever is asked', async () => {
    const huge = await feed('&limit=1000000');
    expect(huge.status).toBe(200);
    expect(huge.body.entries.length).toBeLessThanOrEqual(FEED_MAX);
    expect(FEED_MAX).toBeLessThanOrEqual(500);
  });

  it('a poll that has the latest version gets «unchanged» without the transcript; a new message changes that', async () => {
    const first = await feed('');
    const again = await feed(`&since=${first.body.version}&epoch=${encodeURIComponent(first.body.epoch)}`);
    expect(again.body.unchanged).toBe(true);
    expect(again.body.entries).toBeUndefined();
    expect(again.bytes).toBeLessThan(2_000);
    // Another epoch (a restarted server) is never «unchanged».
    expect((await feed(`&since=${first.body.version}&epoch=other`)).body.unchanged).toBeUndefined();
    await fetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'en til' }),
    });
    const after = await feed(`&since=${first.body.version}&epoch=${encodeURIComponent(first.body.epoch)}`);
    expect(after.body.unchanged).toBeUndefined();
    expect(JSON.stringify(after.body.entries)).toContain('en til');
  });
});
