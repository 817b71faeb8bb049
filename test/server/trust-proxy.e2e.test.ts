// Review item 3: the per-address rate limits keyed on the socket's address, so behind Azure's
// ingress, App Service or the compose proxy every user shared a few addresses (two downloads at a
// time and 20 tab requests a second for a whole county). TRUST_PROXY=<hops> now takes the client
// from X-Forwarded-For (the entry that many places from the right), one function for the tab API and
// the downloads; with 0 (the default) the header is never read, so a client cannot pick its bucket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { clientAddress } from '../../src/server/client-address.ts';
import { DOWNLOADS_PER_ADDRESS } from '../../src/server/download-limits.ts';
import { PER_ADDRESS } from '../../src/tab/limits.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const TEAM = '19:playground-team@thread.tacv2';

/** Downloads of links that do not exist (each a different file, so only the address bucket counts), one after another. */
async function downloads(t: TestApp, count: number, forwardedFor: (i: number) => string | undefined) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const xff = forwardedFor(i);
    const r = await fetch(`${t.app.url}/files/minutes/m${i}.docx?t=a&n=b&sig=x`, {
      headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
    });
    await r.arrayBuffer();
    statuses.push(r.status);
  }
  return statuses;
}

/** Unsigned tab API requests, 50 at a time; the statuses in order. */
async function tabFlood(t: TestApp, count: number, forwardedFor: (i: number) => string) {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - sent) }, async (_, j) => {
        const r = await fetch(`${t.app.url}${tabApi.overview(TEAM)}`, {
          headers: { 'x-forwarded-for': forwardedFor(sent + j) },
        });
        await r.arrayBuffer();
        return r.status;
      }),
    );
    statuses.push(...batch);
  }
  return statuses;
}

const over = DOWNLOADS_PER_ADDRESS.capacity + 5;

describe('TRUST_PROXY=0 (default): X-Forwarded-For is ignored, through the real server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(async () => t?.close());

  it('a client that writes a new X-Forwarded-For on every download is still one address and is cut off', async () => {
    const statuses = await downloads(t, over, (i) => `203.0.113.${i % 250}, 198.51.100.${i % 250}`);
    expect(statuses.slice(0, DOWNLOADS_PER_ADDRESS.capacity).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    // And a header naming yet another address does not get round it.
    expect((await downloads(t, 1, () => '192.0.2.77'))[0]).toBe(429);
  }, 60_000);

  it('a spoofed X-Forwarded-For per tab request does not escape the address bucket either', async () => {
    const statuses = await tabFlood(t, PER_ADDRESS.capacity + 300, (i) => `203.0.113.${i % 250}`);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100);
  }, 120_000);
});

describe('TRUST_PROXY=1: the client the proxy reports is the key, through the real server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1' } });
  }, 60_000);
  afterAll(async () => t?.close());

  it('downloads from many clients behind one proxy address are not refused; one client alone is', async () => {
    // The rightmost entry is what the proxy saw; what the client wrote to the left of it is not read.
    const many = await downloads(t, over, (i) => `10.9.9.9, 198.51.100.${i % 250}`);
    expect(many.every((s) => s !== 429)).toBe(true);
    const one = await downloads(t, over, () => `10.${Math.floor(Math.random() * 250)}.1.1, 192.0.2.10`);
    expect(one.slice(0, DOWNLOADS_PER_ADDRESS.capacity).every((s) => s !== 429)).toBe(true);
    expect(one.slice(-3)).toEqual([429, 429, 429]);
    // App Service writes the port after the address: the same client, whatever its port.
    expect((await downloads(t, 1, () => '192.0.2.10:51234'))[0]).toBe(429);
    // Another client behind the same proxy goes on.
    expect((await downloads(t, 1, () => '192.0.2.11'))[0]).not.toBe(429);
  }, 60_000);

  it('the tab API keys its early bucket on the same client: one flooding client is cut off, the next is not', async () => {
    const statuses = await tabFlood(t, PER_ADDRESS.capacity + 300, () => '192.0.2.20');
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100);
    const other = await tabFlood(t, 5, () => '192.0.2.21');
    expect(other.every((s) => s !== 429)).toBe(true);
  }, 120_000);
});

describe('clientAddress', () => {
  it('reads the entry TRUST_PROXY hops from the right, and never with 0', () => {
    expect(clientAddress('10.0.0.1', '1.1.1.1, 2.2.2.2, 3.3.3.3', 0)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '1.1.1.1, 2.2.2.2, 3.3.3.3', 1)).toBe('3.3.3.3');
    expect(clientAddress('10.0.0.1', '1.1.1.1, 2.2.2.2, 3.3.3.3', 2)).toBe('2.2.2.2');
    expect(clientAddress('10.0.0.1', '3.3.3.3', 2)).toBe('3.3.3.3');
    expect(clientAddress('10.0.0.1', ['1.1.1.1', '2.2.2.2'], 1)).toBe('2.2.2.2');
    expect(clientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', ' , ', 1)).toBe('10.0.0.1');
  });

  it('drops a port, reads bracketed IPv6, and falls back to the socket on anything not an address', () => {
    expect(clientAddress('10.0.0.1', '4.4.4.4:5678', 1)).toBe('4.4.4.4');
    // An IPv6 client is its /64 (attack round 10, A1; test/server/round10-edge.e2e.test.ts).
    expect(clientAddress('10.0.0.1', '[2001:DB8::1]:443', 1)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('10.0.0.1', '2001:db8::1', 1)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('10.0.0.1', 'unknown', 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '1.1.1.1, evil', 1)).toBe('10.0.0.1');
  });
});

describe('TRUST_PROXY setting', () => {
  it('defaults to 0 and takes a small whole number', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('refuses anything else with a Norwegian example', () => {
    for (const bad of ['-1', 'yes', '1.5', '11']) {
      let err: unknown;
      try {
        loadConfig({ TRUST_PROXY: bad });
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join('\n')).toMatch(/TRUST_PROXY: .*for eksempel TRUST_PROXY=1/);
    }
  });
});
