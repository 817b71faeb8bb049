import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

/** The tab's pages and assets as the server hands them out: types, caching, compression, framing. */
describe('tab static files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const pages = ['config', 'overview', 'minutes', 'tasks', 'deadlines', 'ask', 'settings', 'me'];

  it('serves every page as HTML that links hashed assets, asked for again each time, framable by Teams only', async () => {
    for (const page of pages) {
      const res = await fetch(`${t.app.url}/tab/${page}`);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain('frame-ancestors');
      expect(csp).toContain('https://teams.microsoft.com');
      expect(csp).not.toMatch(/https?:\/\/[^ ;]*cdn/i);
      const html = await res.text();
      expect(html).toContain('<html lang="nb">');
      expect(html).toContain(`data-page="${page}"`);
      expect(html).toMatch(/\/tab\/assets\/tab\.[0-9a-f]{12}\.js/);
      expect(html).toMatch(/\/tab\/assets\/tab\.[0-9a-f]{12}\.css/);
      // Nothing from another host: the tab must work where CDNs are blocked.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it('serves the assets with their content types, gzip when asked, cached for good', async () => {
    const html = await (await fetch(`${t.app.url}/tab/overview`)).text();
    const js = /\/tab\/assets\/tab\.[0-9a-f]{12}\.js/.exec(html)![0];
    const css = /\/tab\/assets\/tab\.[0-9a-f]{12}\.css/.exec(html)![0];
    const plain = await fetch(`${t.app.url}${js}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await plain.arrayBuffer());
    // node's fetch decodes gzip itself; read the raw bytes through http instead.
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${t.app.url}${js}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(raw.body).equals(body)).toBe(true);
    const style = await fetch(`${t.app.url}${css}`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await style.text()).toContain('theme-contrast');
  });

  it('answers 404 for an asset it did not build', async () => {
    const res = await fetch(`${t.app.url}/tab/assets/tab.000000000000.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
