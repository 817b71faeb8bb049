// Attack round 10 on the HTTP edge, through the real server (startTestApp, as trust-proxy.e2e.test.ts).
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, keyOf } from '../../src/server/client-address.ts';
import { DOWNLOADS_PER_ADDRESS } from '../../src/server/download-limits.ts';
import { PER_ADDRESS } from '../../src/tab/limits.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { raw, spawnBot, type BotProcess } from './edge-support.ts';

const TEAM = '19:playground-team@thread.tacv2';

/** One host's address in 2001:db8:1:2::/64, a new one each call, as a host with a /64 can make them. */
const inOne64 = (i: number) =>
  `2001:db8:1:2:${((i >> 16) & 0xffff).toString(16)}:${(i & 0xffff).toString(16)}:${((i * 7919) & 0xffff).toString(16)}:1`;

async function downloads(t: TestApp, count: number, forwardedFor: (i: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await fetch(`${t.app.url}/files/minutes/m${i}.docx?t=a&n=b&sig=x`, {
      headers: { 'x-forwarded-for': forwardedFor(i) },
    });
    await r.arrayBuffer();
    statuses.push(r.status);
  }
  return statuses;
}

async function tabFlood(t: TestApp, count: number, forwardedFor: (i: number) => string): Promise<number[]> {
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

describe('A1: an IPv6 client is its /64 for every per-address limit (TRUST_PROXY=1, real server)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1' } });
  }, 60_000);
  afterAll(async () => t?.close());

  it('downloads from a new address of one /64 each time are cut off like one address; another /64 is not', async () => {
    const over = DOWNLOADS_PER_ADDRESS.capacity + 5;
    const statuses = await downloads(t, over, inOne64);
    expect(statuses.slice(0, DOWNLOADS_PER_ADDRESS.capacity).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(-3), statuses.join(' ')).toEqual([429, 429, 429]);
    expect((await downloads(t, 1, () => '[2001:db8:1:3::1]:443'))[0]).not.toBe(429);
  }, 60_000);

  it('the tab API’s early bucket too: a /64 rotating its addresses is one client', async () => {
    const statuses = await tabFlood(t, PER_ADDRESS.capacity + 300, (i) => inOne64(100_000 + i));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100);
    expect((await tabFlood(t, 5, () => '2001:db8:9::1')).every((s) => s !== 429)).toBe(true);
  }, 120_000);

  it('an IPv4 address written as IPv6 is that IPv4 client, from the socket or the header', () => {
    expect(keyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(keyOf('::FFFF:c000:207')).toBe('192.0.2.7');
    expect(clientAddress('::ffff:10.0.0.1', undefined, 0)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '::ffff:192.0.2.7', 1)).toBe('192.0.2.7');
    expect(keyOf('2001:DB8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(keyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(keyOf('203.0.113.9')).toBe('203.0.113.9');
  });
});

describe('A5: a connection that never sends a request is closed (bot/main.ts in a child process)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  }, 60_000);
  afterAll(async () => bot?.stop());

  it('200 silent connections are all closed within the headers timeout, and the server keeps answering', async () => {
    const sockets = await Promise.all(
      Array.from(
        { length: 200 },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const s = connect(bot.port, '127.0.0.1', () => resolve(s));
            s.on('error', reject);
          }),
      ),
    );
    const started = Date.now();
    const closed = await Promise.all(
      sockets.map((s) => new Promise<number>((resolve) => s.once('close', () => resolve(Date.now() - started)))),
    );
    // Node's headers timeout (15 s) from the connection's start; before, none of them ever closed.
    expect(Math.max(...closed)).toBeLessThan(20_000);
    expect((await raw(bot.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  }, 40_000);

  it('a request whose body is still coming after the headers timeout is not cut (the request timeout rules it)', async () => {
    const body = Buffer.from(JSON.stringify({ type: 'message' }));
    const answer = await new Promise<string>((resolve, reject) => {
      const s = connect(bot.port, '127.0.0.1', () => {
        s.write(
          `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        s.write(body.subarray(0, 5));
        setTimeout(() => s.write(body.subarray(5)), 17_000);
      });
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('close', () => resolve(got));
      s.on('error', reject);
      s.setTimeout(25_000, () => s.destroy());
    });
    // Read whole and answered (400: not an activity), not a closed connection at 15 s.
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  }, 40_000);
});

describe('A6: the playground connector’s 404 does not echo the path (local mode, child process)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  }, 60_000);
  afterAll(async () => bot?.stop());

  it('A8: a search whose parameter value is a deeply nested list is 400 naming the field, with no error line', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const activity = {
      type: 'invoke',
      name: 'composeExtension/query',
      id: 'a8-1',
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${bot.port}/playground/connector/`,
      from: { id: '29:user-1', name: 'Kari Nordmann', aadObjectId: '00000000-0000-4000-8000-000000000001' },
      recipient: { id: '28:nettverksboten-bot', name: 'Nettverksboten' },
      conversation: { id: '19:team-1@thread.tacv2', conversationType: 'channel', tenantId: 'playground-tenant' },
      value: { commandId: 'searchAnswers', parameters: [{ name: 'query', value: '__DEEP__' }] },
    };
    const res = await raw(bot.port, {
      headers: { 'content-type': 'application/json', host: `localhost:${bot.port}` },
      body: JSON.stringify(activity).replace('"__DEEP__"', deep),
    });
    expect(res.status).toBe(400);
    expect(res.json.message).toContain('value.parameters');
    expect(bot.out()).not.toContain('"level":50');
    expect(bot.alive()).toBe(true);
  });

  it('A8: an installation action or an HTML copy that is a nested list, not text, is 400 naming the field', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const base = {
      id: 'a8-2',
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${bot.port}/playground/connector/`,
      from: { id: '29:user-1', name: 'Kari Nordmann', aadObjectId: '00000000-0000-4000-8000-000000000001' },
      recipient: { id: '28:nettverksboten-bot', name: 'Nettverksboten' },
      conversation: { id: '19:team-1@thread.tacv2', conversationType: 'channel', tenantId: 'playground-tenant' },
    };
    const cases: [string, object][] = [
      ['action', { ...base, type: 'installationUpdate', action: '__DEEP__' }],
      [
        'attachments.0',
        {
          ...base,
          id: 'a8-3',
          type: 'message',
          text: 'hei',
          attachments: [{ contentType: 'text/html', content: '__DEEP__' }],
        },
      ],
    ];
    for (const [field, activity] of cases) {
      const res = await raw(bot.port, {
        headers: { 'content-type': 'application/json', host: `localhost:${bot.port}` },
        body: JSON.stringify(activity).replace('"__DEEP__"', deep),
      });
      expect(res.status, field).toBe(400);
      expect(res.json.message, field).toContain(field);
    }
    // A card's content is an object and still passes.
    const card = await raw(bot.port, {
      headers: { 'content-type': 'application/json', host: `localhost:${bot.port}` },
      body: JSON.stringify({
        ...base,
        id: 'a8-4',
        type: 'message',
        text: 'hei',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
      }),
    });
    expect(card.status).not.toBe(400);
    expect(bot.out()).not.toContain('"level":50');
  });

  it('an identity number in an unknown connector path does not come back', async () => {
    for (const path of [
      '/playground/connector/v3/01019012345',
      '/playground/connector/v3/conversations/x/01019012345',
    ]) {
      const res = await raw(bot.port, { method: 'GET', path, headers: { host: `localhost:${bot.port}` } });
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/0101\D?9012345/);
      expect(res.json?.error?.message).toBe('not found');
    }
  });
});
