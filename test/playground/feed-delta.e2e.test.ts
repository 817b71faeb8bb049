// The feed's delta (what changed since the version a page shows) must add up to the same transcript
// as the whole window: new lines, edits and deletions included, in order; a moved clock relabels
// every line, so then the whole window comes again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

type Entry = { id: string; n: number; text?: string; edited?: boolean; deleted?: boolean; time?: string };
type Feed = {
  version: number;
  epoch: string;
  delta?: true;
  since?: number;
  max?: number;
  gone?: string[];
  unchanged?: true;
  entries: Entry[];
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const post = async (path: string, body: object) => {
  const r = await fetch(`${t.app.url}/playground/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as any };
};
const feed = async (as: string, shown?: Feed, extra = ''): Promise<Feed> => {
  const since = shown ? `&since=${shown.version}&epoch=${encodeURIComponent(shown.epoch)}` : '';
  return (await fetch(`${t.app.url}/playground/api/feed?as=${as}${since}${extra}`)).json() as Promise<Feed>;
};
/** What the page does with an answer (src/dev/playground/public/app.js, poll). */
function apply(shown: Feed, next: Feed): Feed {
  if (next.unchanged) return shown;
  if (!next.delta) return next;
  expect(next.since).toBe(shown.version);
  const byId = new Map(shown.entries.map((e) => [e.id, e]));
  for (const id of next.gone ?? []) byId.delete(id);
  for (const e of next.entries) byId.set(e.id, e);
  const entries = [...byId.values()].sort((a, b) => a.n - b.n).slice(-(next.max ?? 300));
  return { ...next, entries };
}
const view = (f: Feed) => f.entries.map((e) => [e.id, e.text, !!e.edited, !!e.deleted, e.time]);

describe('the feed delta', () => {
  it('adds up to the whole window after new lines, an edit and a deletion, for each viewer', async () => {
    expect((await post('say', { text: 'første sak' })).status).toBe(200);
    let leader = await feed('leader');
    let member = await feed('member');
    const first = (await post('say', { text: 'andre sak' })).body.id as string;
    expect((await post('say', { text: 'privat notat', where: 'personal' })).status).toBe(200);
    const d1 = await feed('leader', leader);
    expect(d1.delta).toBe(true);
    // Only the changes travel: not the line that was already on screen.
    expect(d1.entries.map((e) => e.text)).not.toContain('første sak');
    leader = apply(leader, d1);
    expect((await post('edit', { id: first, text: 'andre sak, rettet' })).status).toBe(200);
    const toDelete = (await post('say', { text: 'skal bort' })).body.id as string;
    expect((await post('delete', { id: toDelete })).status).toBe(200);
    const d2 = await feed('leader', leader);
    expect(d2.delta).toBe(true);
    expect(d2.entries.find((e) => e.id === first)?.text).toBe('andre sak, rettet');
    leader = apply(leader, d2);
    expect(view(leader)).toEqual(view(await feed('leader')));
    // Kari's personal line never reaches Ola's page, not even in a delta.
    const dm = await feed('member', member);
    expect(JSON.stringify(dm)).not.toContain('privat notat');
    member = apply(member, dm);
    expect(view(member)).toEqual(view(await feed('member')));
    // Once up to date: «unchanged», no entries.
    const same = await feed('leader', leader);
    expect(same.unchanged).toBe(true);
  });

  it('more changes than the page keeps: the whole window instead of a delta', async () => {
    const shown = await feed('leader', undefined, '&limit=2');
    for (const text of ['en', 'to', 'tre']) expect((await post('say', { text: `sak ${text}` })).status).toBe(200);
    const next = await feed('leader', shown, '&limit=2');
    expect(next.delta).toBeUndefined();
    expect(next.entries).toHaveLength(2);
    expect(next.entries.at(-1)?.text).toBe('sak tre');
  });

  it('a version from before the clock moved gets the whole window with new time labels', async () => {
    const before = await feed('leader');
    expect(before.entries.at(-1)?.time).toMatch(/^\d{2}:\d{2}$/);
    // A fixed ManualClock in the tests: move it a week, as «Spol fram» moves the local one.
    t.clock.advance(7 * 24 * 3600 * 1000);
    const after = await feed('leader', before);
    expect(after.delta).toBeUndefined();
    expect(after.unchanged).toBeUndefined();
    expect(after.entries.map((e) => e.id)).toEqual(before.entries.map((e) => e.id));
    expect(after.entries.at(-1)?.time).not.toBe(before.entries.at(-1)?.time);
  });

  it('a version this run never had, or another run’s, gets the whole window', async () => {
    const now = await feed('leader');
    const ahead = await fetch(
      `${t.app.url}/playground/api/feed?as=leader&since=${now.version + 50}&epoch=${now.epoch}`,
    );
    const body = (await ahead.json()) as Feed;
    expect(body.delta).toBeUndefined();
    expect(body.entries.length).toBe(now.entries.length);
    const other = await fetch(`${t.app.url}/playground/api/feed?as=leader&since=1&epoch=annen`);
    expect(((await other.json()) as Feed).entries.length).toBe(now.entries.length);
  });
});
