// Attack (local mode): 24 feed polls at once right after a change, each resending the whole 2 MB
// window, took the 192 MB server past its heap. A page that already shows version v now gets only
// what changed since v; a poll without a version still gets the bounded window, served from
// pieces serialised once and shared by every poll, so memory does not grow with the polls.
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const POLLS = 24;
let t: TestApp;

/** A long saved transcript: about 3.5 MB of bot messages with Norwegian letters (two-byte strings in V8). */
function seedTranscript(file: string) {
  const line = 'Oppfølging av tiltak i barneverntjenesten, særlig for de største kommunene. ';
  const entries = Array.from({ length: 480 }, (_, i) => ({
    id: `seed-${i}`,
    tenant: 'rsc',
    where: 'channel',
    owner: null,
    thread: null,
    from: 'bot',
    name: 'Nettverksboten',
    text: `${i}: ${line.repeat(90)}`,
    at: '2026-11-23T07:00:00.000Z',
  }));
  writeFileSync(file, JSON.stringify({ offsetMs: 0, installed: ['rsc'], personal: [], entries, left: [] }));
}

/** GET with the answer read and counted, never kept, so only the server's memory is measured. */
function poll(url: string): Promise<{ status: number; bytes: number; head: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let bytes = 0;
      let head = '';
      res.on('data', (c: Buffer) => {
        if (head.length < 4_000) head += c.toString('utf8', 0, Math.min(c.length, 4_000));
        bytes += c.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, head }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The peak of the JS heap while `work` runs, above what was in use before it (after a full GC). The
 * answers' bytes on the wire are counted apart: the test's own HTTP client receives them as buffers
 * in this same process, so buffers are reported but not held against the server.
 */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number; buffers: number }> {
  gc();
  const base = process.memoryUsage();
  let peak = base.heapUsed;
  let buffers = base.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed);
    buffers = Math.max(buffers, m.arrayBuffers);
  };
  const sampler = setInterval(sample, 1);
  try {
    const result = await work();
    sample();
    return { result, growth: peak - base.heapUsed, buffers: buffers - base.arrayBuffers };
  } finally {
    clearInterval(sampler);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  seedTranscript(join(t.dir, 'test.db.playground.json'));
  await t.restart();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const feedUrl = (q = '') => `${t.app.url}/playground/api/feed?as=leader${q}`;
const say = (text: string) =>
  fetch(`${t.app.url}/playground/api/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });

describe('playground feed under many polls', () => {
  it('after a change, 24 polls that show the previous version each get only the change; the server stays up', async () => {
    const first = (await (await fetch(feedUrl())).json()) as any;
    expect(first.entries.length).toBeGreaterThan(100);
    expect(JSON.stringify(first).length).toBeGreaterThan(1_000_000);
    expect((await say('Ny sak til neste møte')).status).toBe(200);
    const since = `&since=${first.version}&epoch=${encodeURIComponent(first.epoch)}`;
    const { result, growth, buffers } = await peakGrowth(() =>
      Promise.all(Array.from({ length: POLLS }, () => poll(feedUrl(since)))),
    );
    const bytes = result.map((r) => r.bytes);
    console.log(
      `delta polls: bytes per poll ${Math.max(...bytes)}, peak heap growth ${(growth / 2 ** 20).toFixed(1)} MB, buffers ${(buffers / 2 ** 20).toFixed(1)} MB`,
    );
    for (const r of result) {
      expect(r.status).toBe(200);
      expect(r.head.includes('Ny sak til neste m')).toBe(true);
      // The message and the bot's answer to it, not the 2 MB window again.
      expect(r.bytes).toBeLessThan(64 * 1024);
    }
    expect(growth).toBeLessThan(16 * 2 ** 20);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  });

  it('24 polls with no or an unknown version get the bounded window, without memory growing per poll', async () => {
    const { result, growth, buffers } = await peakGrowth(() =>
      Promise.all(Array.from({ length: POLLS }, (_, i) => poll(feedUrl(i % 2 ? '' : `&since=${i}&epoch=unknown${i}`)))),
    );
    const bytes = result.map((r) => r.bytes);
    console.log(
      `full polls: bytes per poll ${Math.max(...bytes)}, peak heap growth ${(growth / 2 ** 20).toFixed(1)} MB, buffers ${(buffers / 2 ** 20).toFixed(1)} MB`,
    );
    for (const r of result) {
      expect(r.status).toBe(200);
      expect(r.bytes).toBeGreaterThan(1_000_000);
      expect(r.bytes).toBeLessThan(2 * 1024 * 1024 + 64 * 1024);
    }
    expect(growth).toBeLessThan(16 * 2 ** 20);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  });
});
