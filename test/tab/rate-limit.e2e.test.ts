// Attack round 6b, A11: one signed-in member sent thousands of tab API requests (50 at a time) and
// held /readyz at 5.5 s; nothing said no. Now a person has a token bucket on /tab/api/*, and so has
// a client address before any token is checked: beyond it 429 with Retry-After and a Norwegian error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_ADDRESS, PER_USER } from '../../src/tab/limits.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { TokenBuckets } from '../../src/server/token-bucket.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { playgroundTabToken } from '../support/playground-token.ts';

const TEAM = '19:playground-team@thread.tacv2';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // The playground installs its demo team on first use.
  const r = await fetch(`${t.app.url}/playground/api/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'hjelp' }),
  });
  expect(r.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const tokenFor = (who: 'leader' | 'member') => playgroundTabToken(t, who);
const get = (path: string, token?: string) =>
  fetch(`${t.app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** `count` requests, `parallel` at a time; the answers in order. */
async function flood(count: number, parallel: number, one: () => Promise<Response>) {
  const out: { status: number; retryAfter: string | null; body: any }[] = [];
  for (let sent = 0; sent < count; sent += parallel) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(parallel, count - sent) }, async () => {
        const r = await one();
        return { status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.json() };
      }),
    );
    out.push(...batch);
  }
  return out;
}

describe('tab API rate limits, through the real server', () => {
  it('normal use (a page with its few requests, opened again and again) never meets the limit', async () => {
    const token = await tokenFor('leader');
    for (let page = 0; page < 10; page++)
      for (const path of [tabApi.overview(TEAM), tabApi.tasks(TEAM), tabApi.deadlines(TEAM)])
        expect((await get(path, token)).status, path).toBe(200);
  });

  it('one member flooding gets 429 with Retry-After and a Norwegian error; others and /readyz are unaffected', async () => {
    const token = await tokenFor('member');
    const answers = await flood(PER_USER.capacity * 3, 30, () => get(tabApi.overview(TEAM), token));
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(PER_USER.capacity);
    expect(refused.length).toBeGreaterThanOrEqual(PER_USER.capacity / 2);
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
    expect(Number(refused[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.body.error).toMatch(/For mange forespørsler .* prøv igjen/);
    // The leader (another person, same address) still gets her tab, and the server answers its probe.
    expect((await get(tabApi.overview(TEAM), await tokenFor('leader'))).status).toBe(200);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  }, 60_000);

  it('one address flooding without a token is cut off before the token is checked, whatever the spelling of the path', async () => {
    const paths = [tabApi.overview(TEAM), '/tab/api/./context', '/TAB/api/context', '/tab//api/context'];
    let i = 0;
    const answers = await flood(PER_ADDRESS.capacity * 2, 50, () => get(paths[i++ % paths.length]!));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(PER_ADDRESS.capacity / 2);
    expect(refused[0]!.retryAfter).toMatch(/^\d+$/);
    expect(refused[0]!.body.error).toMatch(/For mange forespørsler/);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  }, 120_000);
});

describe('token bucket', () => {
  it('takes up to the capacity at once, then one per refill, and says how long to wait', () => {
    const b = new TokenBuckets({ capacity: 3, perSecond: 0.5 });
    expect([0, 0, 0].map(() => b.take('a', 0).ok)).toEqual([true, true, true]);
    expect(b.take('a', 0)).toEqual({ ok: false, retryAfterS: 2 });
    expect(b.take('b', 0).ok).toBe(true);
    expect(b.take('a', 1_000).ok).toBe(false);
    expect(b.take('a', 2_000).ok).toBe(true);
    expect(b.take('a', 2_000).ok).toBe(false);
    expect(b.take('a', 60_000).ok).toBe(true);
  });

  it('keeps at most maxKeys keys, dropping the least recently used', () => {
    const b = new TokenBuckets({ capacity: 1, perSecond: 0.001 }, 2);
    expect(b.take('a', 0).ok).toBe(true);
    expect(b.take('b', 0).ok).toBe(true);
    expect(b.take('a', 0).ok).toBe(false);
    expect(b.take('c', 0).ok).toBe(true); // drops b, the least recently used
    expect(b.take('a', 0).ok).toBe(false);
    expect(b.take('b', 0).ok).toBe(true);
  });
});
