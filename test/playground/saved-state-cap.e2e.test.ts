// Attack (local mode): a saved transcript of 4.7 MB stopped the next start until it was deleted.
// Now a state file that is too large, torn or not valid is set aside under another name (kept for
// a look, never read again), the playground starts empty, and what is saved stays bounded.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createLogger } from '../../src/log.ts';
import { loadPlaygroundState, SAVE_MAX_BYTES, savePlaygroundState } from '../../src/dev/playground/saved-state.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const entry = (i: number, text: string) => ({
  id: `seed-${i}`,
  tenant: 'rsc',
  where: 'channel',
  owner: null,
  thread: null,
  from: 'bot',
  name: 'Nettverksboten',
  text,
  at: '2026-11-23T07:00:00.000Z',
});
const big = (n: number) =>
  JSON.stringify({
    offsetMs: 0,
    installed: ['rsc'],
    entries: Array.from({ length: n }, (_, i) => entry(i, `${i} ${'Særlig viktig sak for nettverket. '.repeat(40)}`)),
  });

/** Starts the app on a data folder whose state file holds `content`; answers what the start left there. */
async function startWith(content: string) {
  t = await startTestApp();
  const file = join(t.dir, 'test.db.playground.json');
  writeFileSync(file, content);
  await t.restart();
  const ready = await fetch(`${t.app.url}/readyz`);
  const feed = await fetch(`${t.app.url}/playground/api/feed?as=leader`);
  const aside = readdirSync(t.dir).filter((f) => f.startsWith('test.db.playground.json.'));
  return { file, ready: ready.status, feed: { status: feed.status, body: (await feed.json()) as any }, aside };
}

describe('the saved playground state at start', () => {
  it('a 4.7 MB transcript is set aside and the playground starts empty', async () => {
    const content = big(3_400);
    expect(content.length).toBeGreaterThan(4_700_000);
    const r = await startWith(content);
    expect(r.ready).toBe(200);
    expect(r.feed.status).toBe(200);
    expect(r.feed.body.entries).toEqual([]);
    expect(r.aside).toHaveLength(1);
    expect(statSync(join(t!.dir, r.aside[0]!)).size).toBe(Buffer.byteLength(content));
    // The page works: a message goes through and is saved again.
    const say = await fetch(`${t!.app.url}/playground/api/say`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hei' }),
    });
    expect(say.status).toBe(200);
  });

  it('a garbled file (not JSON) is set aside and the playground starts', async () => {
    const r = await startWith('{"entries": [ {"id": 1\u0000\u0000 ÿÿ');
    expect(r.ready).toBe(200);
    expect(r.feed.body.entries).toEqual([]);
    expect(r.aside).toHaveLength(1);
    expect(existsSync(r.file)).toBe(false);
  });

  it('a file of the wrong shape is set aside and the playground starts', async () => {
    const r = await startWith(JSON.stringify({ entries: [{ id: 7, tenant: 'elsewhere' }] }));
    expect(r.ready).toBe(200);
    expect(r.feed.body.entries).toEqual([]);
    expect(r.aside).toHaveLength(1);
  });

  it('a file that is fine is read and stays where it is', async () => {
    const r = await startWith(JSON.stringify({ entries: [entry(1, 'en sak')] }));
    expect(r.ready).toBe(200);
    expect(r.feed.body.entries.map((e: any) => e.id)).toEqual(['seed-1']);
    expect(r.aside).toEqual([]);
  });
});

describe('what is saved', () => {
  it('keeps the newest entries that fit under SAVE_MAX_BYTES, and loads back', async () => {
    t = await startTestApp();
    const file = join(t.dir, 'capped.json');
    const entries = JSON.parse(big(3_000)).entries;
    savePlaygroundState(file, { offsetMs: 0, installed: ['rsc'], personal: [], left: [], entries });
    expect(statSync(file).size).toBeLessThanOrEqual(SAVE_MAX_BYTES);
    const back = loadPlaygroundState(file);
    expect(back).not.toBeNull();
    expect(back!.entries.length).toBeGreaterThan(100);
    expect(back!.entries.at(-1)!.id).toBe('seed-2999');
    expect(JSON.parse(readFileSync(file, 'utf8')).installed).toEqual(['rsc']);
  });
});

describe('the warning when a file is set aside', () => {
  it('says why and where the file went, at warn, with none of its text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-pg-aside-'));
    try {
      const file = join(dir, 'x.db.playground.json');
      writeFileSync(file, JSON.stringify({ entries: [{ id: 'a', text: 'Fødselsnummer 01010112345' }] }));
      const lines: string[] = [];
      const log = createLogger('info', { write: (l: string) => void lines.push(l) });
      // The clock reads first, without a logger; the playground's read reports what happened.
      expect(loadPlaygroundState(file)).toBeNull();
      expect(loadPlaygroundState(file, log)).toBeNull();
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0]!);
      expect(line.level).toBe(40);
      expect(line.reason).toBe('invalid');
      expect(existsSync(line.setAsideAs)).toBe(true);
      expect(lines[0]).not.toContain('01010112345');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
