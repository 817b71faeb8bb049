// Round two of the outside tester's token findings (issue #11): a fake bearer token must not make
// the server read a body, a forged token must not trigger an OpenID fetch per request, and an
// unreachable key set is one warn line, not a 500 with a stack. The bot runs in a child process
// (its RSS is read from /proc); the OpenID metadata and keys come from a local server.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { createServer as createTcpServer, connect, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logLines, raw, spawnBot, type BotProcess } from '../server/edge-support.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { channelMessage, networkFixture, person } from '../support/teams.ts';

const APP_ID = '5d2c1f3a-8b7e-4c6d-9a1b-2e3f4a5b6c7d';
const TENANT = '10000000-0000-4000-8000-000000000001';
const JSON_CT = { 'content-type': 'application/json' };
const kari = person('Kari Nordmann', 1);

const b64url = (v: object | Buffer) => (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString('base64url');

/** A JWT with any header, claims and signing: the forms an attacker can make without the issuer's key. */
function forge(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  signWith: 'none' | 'hs256' | 'rs256-own-key',
): string {
  const input = `${b64url(header)}.${b64url(claims)}`;
  if (signWith === 'none') return `${input}.`;
  if (signWith === 'hs256')
    return `${input}.${createHmac('sha256', 'guessed-secret').update(input).digest('base64url')}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

function claims(issuer: string, serviceUrl: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: issuer, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 10, iat: now, exp: now + 3600 };
}

interface Stalled {
  /** Status of every answered connection (0: no answer within the wait). */
  statuses: number[];
  retryAfter: Array<string | undefined>;
  /** Highest RSS of the bot seen while the connections were open. */
  peakRss: number;
  sockets: Socket[];
}

/**
 * Opens `count` connections that each announce a 500,000-byte body, send 490 KB of it and stall,
 * and waits up to `waitMs` for answers while sampling the bot's RSS.
 */
async function stalledUploads(
  bot: BotProcess,
  count: number,
  headers: Record<string, string>,
  waitMs: number,
  /**
   * At most this many uploads are held (never answered) by design: once all the others are answered
   * and no answer has come for `quietMs`, the result is in; no need to wait out `waitMs`.
   */
  held?: { max: number; quietMs: number },
): Promise<Stalled> {
  const chunk = Buffer.alloc(490_000, 0x20);
  const head = [
    'POST /api/messages HTTP/1.1',
    `Host: 127.0.0.1:${bot.port}`,
    'Content-Type: application/json',
    'Content-Length: 500000',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  const statuses = new Array<number>(count).fill(0);
  const retryAfter = new Array<string | undefined>(count).fill(undefined);
  const sockets: Socket[] = [];
  let peakRss = bot.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, bot.rss())), 50);
  let settled = () => {};
  const allButHeld = new Promise<void>((resolve) => (settled = resolve));
  let quiet: NodeJS.Timeout | undefined;
  let answers = 0;
  const onAnswer = () => {
    answers++;
    if (!held || answers < count - held.max) return;
    clearTimeout(quiet);
    quiet = setTimeout(settled, held.quietMs);
  };
  const answered = Array.from(
    { length: count },
    (_, i) =>
      new Promise<void>((resolve) => {
        const s = connect(bot.port, '127.0.0.1');
        sockets.push(s);
        let got = '';
        s.on('data', (d) => {
          got += d.toString('latin1');
          const m = /^HTTP\/1\.1 (\d{3})/.exec(got);
          if (m && got.includes('\r\n\r\n')) {
            statuses[i] = Number(m[1]);
            retryAfter[i] = /\r\nretry-after: *([^\r]+)/i.exec(got)?.[1];
            onAnswer();
            resolve();
          }
        });
        s.on('error', () => resolve());
        s.on('close', () => resolve());
        s.write(head);
        s.write(chunk);
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(answered), allButHeld, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
  clearTimeout(timer);
  clearTimeout(quiet);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, bot.rss());
  return { statuses, retryAfter, peakRss, sockets };
}

const closeAll = async (sockets: Socket[]) => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => setTimeout(r, 200));
};
const MB = 1024 * 1024;

describe('with an app id: tokens are checked before the body is read (local OpenID server)', () => {
  let idp: OpenIdServer;
  let bot: BotProcess;
  beforeAll(async () => {
    idp = await startOpenIdServer();
    bot = await spawnBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-here',
      MicrosoftAppTenantId: TENANT,
      BOT_OPENID_METADATA_URL: idp.metadataUrl,
      BOT_TOKEN_ISSUER: idp.issuer,
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await idp?.close();
  });

  it('answers 300 stalled 490 KB uploads with fake tokens with quick 401s, memory staying flat', async () => {
    const before = bot.rss();
    const started = performance.now();
    const r = await stalledUploads(bot, 300, { Authorization: 'Bearer a.b.c' }, 15_000);
    const ms = performance.now() - started;
    await closeAll(r.sockets);
    const grown = r.peakRss - before;
    console.log(
      `fake tokens: RSS ${(before / MB).toFixed(0)} → peak ${(r.peakRss / MB).toFixed(0)} MB, ${r.statuses.filter((s) => s === 401).length}/300 401 in ${ms.toFixed(0)} ms`,
    );
    expect(r.statuses.filter((s) => s !== 401)).toEqual([]);
    // Before the fix: no answer at all, and 206 → 440 MB while the bodies were held.
    expect(grown).toBeLessThan(60 * MB);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  }, 60_000);

  it('also answers well-formed forged tokens (valid-looking RS256) before reading the body', async () => {
    const token = forge(
      { alg: 'RS256', kid: 'test-key-1', typ: 'JWT' },
      claims(idp.issuer, 'http://127.0.0.1:9/'),
      'rs256-own-key',
    );
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, authorization: `Bearer ${token}`, 'content-length': 400_000 },
      body: 'x',
      withholdBody: true,
      timeoutMs: 5000,
    });
    expect(res.status).toBe(401);
  });

  const forgeries: Array<[string, () => string]> = [
    [
      'RS256 with an unknown kid',
      () =>
        forge(
          { alg: 'RS256', kid: 'nobody-knows-me', typ: 'JWT' },
          claims(idp.issuer, 'http://127.0.0.1:9/'),
          'rs256-own-key',
        ),
    ],
    ['alg none', () => forge({ alg: 'none', typ: 'JWT' }, claims(idp.issuer, 'http://127.0.0.1:9/'), 'none')],
    [
      'alg none with the real kid',
      () => forge({ alg: 'none', kid: 'test-key-1', typ: 'JWT' }, claims(idp.issuer, 'http://127.0.0.1:9/'), 'none'),
    ],
    [
      'HS256 with the real kid',
      () => forge({ alg: 'HS256', kid: 'test-key-1', typ: 'JWT' }, claims(idp.issuer, 'http://127.0.0.1:9/'), 'hs256'),
    ],
    [
      'RS256 with the real kid, signed by another key',
      () =>
        forge(
          { alg: 'RS256', kid: 'test-key-1', typ: 'JWT' },
          claims(idp.issuer, 'http://127.0.0.1:9/'),
          'rs256-own-key',
        ),
    ],
  ];
  for (const [name, token] of forgeries) {
    it(`answers a forged token (${name}) with 401, no error line and no stack`, async () => {
      const outBefore = bot.out().length;
      const activity = channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp');
      const res = await raw(bot.port, {
        headers: { ...JSON_CT, authorization: `Bearer ${token()}` },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
      const lines = logLines(bot.out().slice(outBefore));
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(bot.out().slice(outBefore) + bot.err()).not.toMatch(/\bat .+:\d+:\d+/);
    });
  }

  it('still accepts a valid token', async () => {
    const activity = { ...channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp'), type: 'typing' };
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl });
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(200);
  });
});

describe('with an app id and the OpenID metadata unreachable', () => {
  let dead: TcpServer;
  let connections = 0;
  let bot: BotProcess;
  const issuer = 'https://issuer.example.invalid/';
  beforeAll(async () => {
    // Accepts and drops every connection: the metadata fetch fails, and each attempt is counted.
    dead = createTcpServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    bot = await spawnBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-here',
      MicrosoftAppTenantId: TENANT,
      BOT_OPENID_METADATA_URL: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
      BOT_TOKEN_ISSUER: issuer,
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await new Promise((r) => dead?.close(r));
  });

  it('answers well-formed RS256 tokens with 503 and Retry-After, fetching the metadata once, not per request; one warn line, no stack, no error line', async () => {
    const outBefore = bot.out().length;
    const before = connections;
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const token = forge(
        { alg: 'RS256', kid: `kid-${i}`, typ: 'JWT' },
        claims(issuer, 'http://127.0.0.1:9/'),
        'rs256-own-key',
      );
      const res = await raw(bot.port, {
        headers: { ...JSON_CT, authorization: `Bearer ${token}` },
        body: JSON.stringify(channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp')),
      });
      statuses.push(res.status);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(typeof res.json?.message).toBe('string');
    }
    expect(new Set(statuses)).toEqual(new Set([503]));
    // node-fetch may open a second connection on a retry of its own; never one per request.
    expect(connections - before).toBeGreaterThanOrEqual(1);
    expect(connections - before).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 300));
    const lines = logLines(bot.out().slice(outBefore));
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const warns = lines.filter((l) => l.level === 40 && /key|nøkl|openid/i.test(String(l.msg)));
    expect(warns).toHaveLength(1);
    expect(JSON.stringify(warns)).not.toMatch(/\bat .+:\d+:\d+/);
    expect(bot.out().slice(outBefore) + bot.err()).not.toMatch(/FetchError|\n\s+at /);
    expect(bot.alive()).toBe(true);
  });

  it('answers alg none and HS256 with 401 without any fetch', async () => {
    const before = connections;
    for (const [alg, how] of [
      ['none', 'none'],
      ['HS256', 'hs256'],
    ] as const) {
      const token = forge({ alg, kid: 'x', typ: 'JWT' }, claims(issuer, 'http://127.0.0.1:9/'), how);
      const res = await raw(bot.port, { headers: { ...JSON_CT, authorization: `Bearer ${token}` }, body: '{}' });
      expect(res.status, alg).toBe(401);
    }
    expect(connections).toBe(before);
  });
});

describe('local mode: in-flight request bodies are bounded', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  });
  afterAll(async () => bot?.stop());

  it('answers stalled uploads beyond the in-flight budget with 503 and Retry-After, memory bounded, and serves again once they go', async () => {
    const before = bot.rss();
    // The ~67 bodies the budget holds are never answered; the rest are answered at once.
    const r = await stalledUploads(bot, 300, {}, 8_000, { max: 70, quietMs: 1_000 });
    const answered = r.statuses.filter((s) => s !== 0);
    console.log(
      `local stalled uploads: RSS ${(before / MB).toFixed(0)} → peak ${(r.peakRss / MB).toFixed(0)} MB; ${answered.filter((s) => s === 503).length} of 300 got 503`,
    );
    expect(new Set(answered)).toEqual(new Set([503]));
    // 32 MB of budget holds at most ~67 of these bodies; the rest are refused at once.
    expect(answered.length).toBeGreaterThanOrEqual(300 - 70);
    expect(r.retryAfter.filter((v, i) => r.statuses[i] === 503).every((v) => Number(v) > 0)).toBe(true);
    expect(r.peakRss - before).toBeLessThan(80 * MB);
    await closeAll(r.sockets);
    const ok = await raw(bot.port, {
      headers: JSON_CT,
      body: JSON.stringify({ ...channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp'), type: 'typing' }),
    });
    expect(ok.status).toBe(200);
  }, 60_000);
});
