// Attack round 7, A5: the signed minutes downloads need no sign-in, a .docx of a long meeting costs
// close to a second of CPU, and 39 parallel downloads from one address held /readyz (35 of 39
// probes missed 2 s). Now each client address and each link has a token bucket: beyond it 429 with
// Retry-After and a Norwegian text, answered before the file is built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOADS_PER_ADDRESS, DOWNLOADS_PER_LINK, DownloadLimits } from '../../src/server/download-limits.ts';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

describe('signed download links are rate-limited, through the real server', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let docx = '';
  let md = '';
  const say = async (text: string, thread?: string) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, kari, text, thread ? { thread } : {}));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-30T08:00:00Z', kari));
    await say('start møte', 'th1');
    for (let i = 1; i <= 30; i++) await say(`vedtak: Vedtak ${i} om felles rutiner for oppfølging i nettverket`, 'th1');
    const out = await say('avslutt møte', 'th1');
    const url = (ext: string) =>
      new RegExp(`"url":"(http[^"]+/files/minutes/M\\d+\\.${ext}[^"]*)"`).exec(out)![1]!.replace(/\\u0026/g, '&');
    docx = url('docx');
    md = url('md');
  }, 60_000);
  afterAll(async () => t?.close());

  it('a person downloading the .docx and the .md (and once more) is never refused', async () => {
    for (const u of [docx, md, docx]) expect((await fetch(u)).status, u).toBe(200);
  });

  it('39 parallel downloads from one address: most get 429 with Retry-After before any work, /readyz stays ready', async () => {
    const probe = fetch(`${t.app.url}/readyz`).then((r) => ({ status: r.status }));
    const answers = await Promise.all(
      Array.from({ length: 39 }, async () => {
        const r = await fetch(docx);
        return { status: r.status, retryAfter: r.headers.get('retry-after'), text: await r.text() };
      }),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    // At most two are built at a time from one address and one link gives at most its bucket; the
    // others are told to come back (how many finish while others arrive depends on the machine).
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length).toBeLessThanOrEqual(DOWNLOADS_PER_LINK.capacity);
    expect(refused.length).toBeGreaterThanOrEqual(39 - DOWNLOADS_PER_LINK.capacity);
    expect(ok.length + refused.length).toBe(39);
    expect(Number(refused[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.text).toMatch(/For mange nedlastinger på kort tid\. Vent (ett sekund|\d+ sekunder)/);
    const p = await probe;
    expect(p.status).toBe(200);
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
    // One after another, the same address goes on (the bucket's steady rate), then is cut off too:
    // a forged or changed link counts as well, and is refused before anything is checked.
    const statuses: number[] = [];
    for (let i = 0; i < DOWNLOADS_PER_ADDRESS.capacity + 5; i++)
      statuses.push((await fetch(i % 2 ? docx.replace(/sig=[^&]+/, 'sig=x') : md)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('the per-link bucket (many addresses, one file)', () => {
  it('one link is limited across addresses, while another network’s file of the same name is not', () => {
    let now = 0;
    const limits = new DownloadLimits({ now: () => now });
    const q = (n: string) => new URLSearchParams({ t: 'ten', n, sig: 'x' });
    const answers = Array.from({ length: 30 }, (_, i) => limits.take(`10.0.0.${i}`, '/files/minutes/m1.docx', q('a')));
    expect(answers.filter((a) => a === null).length).toBe(DOWNLOADS_PER_LINK.capacity);
    expect(answers.at(-1)?.retryAfterS).toBeGreaterThanOrEqual(1);
    expect(limits.take('10.0.1.1', '/files/minutes/m1.docx', q('b'))).toBeNull();
    now += 2000 / DOWNLOADS_PER_LINK.perSecond; // two tokens back
    expect(limits.take('10.0.1.2', '/files/minutes/m1.docx', q('a'))).toBeNull();
  });
});

describe('downloads in flight from one address', () => {
  it('a third download from an address while two are being built is refused, and allowed once one is done', () => {
    const limits = new DownloadLimits({ now: () => 0 });
    const q = new URLSearchParams({ t: 'ten', n: 'a' });
    expect(limits.take('10.0.0.1', '/files/minutes/m1.docx', q)).toBeNull();
    const first = limits.enter('10.0.0.1');
    expect(limits.take('10.0.0.1', '/files/minutes/m1.md', q)).toBeNull();
    limits.enter('10.0.0.1');
    expect(limits.take('10.0.0.1', '/files/minutes/m2.md', q)).toEqual({ retryAfterS: 1 });
    expect(limits.take('10.0.0.2', '/files/minutes/m2.md', q)).toBeNull();
    first();
    first(); // closing twice releases once
    expect(limits.take('10.0.0.1', '/files/minutes/m2.md', q)).toBeNull();
    limits.enter('10.0.0.1');
    expect(limits.take('10.0.0.1', '/files/minutes/m3.md', q)).toEqual({ retryAfterS: 1 });
  });
});
