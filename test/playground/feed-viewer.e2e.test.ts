import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// A6: the feed shows a person's own personal chat, so a viewer it does not know must get nobody's chat.

describe('playground feed: only the two test users have a view', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await fetch(`${t.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hjelp', as: 'leader', where: 'personal' }),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const feed = async (query: string) => {
    const res = await fetch(`${t.app.url}/playground/api/feed${query}`);
    return { status: res.status, body: (await res.json()) as any };
  };

  it.each(['?as=x', '?as=bot', '?as=__proto__', '?as=', '?as=LEADER', '?as=leader&as=member'])(
    'refuses %s with 400 and a Norwegian message naming the views that work',
    async (query) => {
      const { status, body } = await feed(query);
      expect(status).toBe(400);
      expect(body.entries).toBeUndefined();
      expect(body.message).toMatch(/as=leader/);
      expect(body.message).toMatch(/as=member/);
    },
  );

  it('still gives the leader her personal chat and the member only the channel and his own', async () => {
    const leader = await feed('?as=leader');
    expect(leader.status).toBe(200);
    expect(leader.body.entries.some((e: any) => e.owner === 'leader')).toBe(true);
    const member = await feed('?as=member');
    expect(member.status).toBe(200);
    expect(member.body.entries.some((e: any) => e.owner === 'leader')).toBe(false);
    // The page always names the viewer; with no viewer named at all the leader's view stays the default.
    expect((await feed('')).status).toBe(200);
  });
});
