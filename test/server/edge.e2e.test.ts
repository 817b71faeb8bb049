import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants as zc, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../bot/adapter.ts';
import { createConnectorEmulator, type ConnectorEmulator } from '../../src/dev/connector/emulator.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { channelMessage, networkFixture, person } from '../support/teams.ts';
import { externalIPv4, logLines, raw, spawnBot, type BotProcess } from './edge-support.ts';

const kari = person('Kari Nordmann', 1);
const JSON_CT = { 'content-type': 'application/json' };
const APP_ID = '5d2c1f3a-8b7e-4c6d-9a1b-2e3f4a5b6c7d';
const TENANT = '10000000-0000-4000-8000-000000000001';

/** ~300 KB of gzip that inflates to 300 MB of zeros, built in chunks so the test itself stays small. */
async function gzipBomb(megabytes = 300): Promise<Buffer> {
  const gz = createGzip({ level: zc.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!gz.write(mb)) await new Promise((r) => gz.once('drain', r));
  gz.end();
  await done;
  return Buffer.concat(out);
}

describe('HTTP edge in local mode (bot/main.ts in a child process)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  });
  afterAll(async () => bot?.stop());

  const stillServing = async () => {
    expect(bot.alive()).toBe(true);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  };

  it('refuses a gzip-encoded body with 415 and a clear JSON message, and keeps running', async () => {
    const res = await raw(bot.port, { headers: { ...JSON_CT, 'content-encoding': 'gzip' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(res.json.message).toMatch(/Content-Encoding/);
    await stillServing();
  });

  it('refuses deflate, br and stacked encodings the same way, even when they are valid', async () => {
    const body = JSON.stringify(channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp'));
    for (const [enc, bytes] of [
      ['gzip', gzipSync(body)],
      ['deflate', deflateSync(body)],
      ['br', brotliCompressSync(body)],
      ['gzip, identity', gzipSync(body)],
      ['x-unknown', Buffer.from(body)],
    ] as const) {
      const res = await raw(bot.port, { headers: { ...JSON_CT, 'content-encoding': enc }, body: bytes });
      expect(res.status, enc).toBe(415);
    }
    await stillServing();
  });

  it('answers an encoded body before reading it (headers only, body never sent)', async () => {
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, 'content-encoding': 'gzip', 'content-length': 300_000 },
      body: 'x',
      withholdBody: true,
      timeoutMs: 5000,
    });
    expect(res.status).toBe(415);
  });

  it('refuses a gzip bomb without inflating it: memory stays flat', async () => {
    const bomb = await gzipBomb(300);
    expect(bomb.length).toBeLessThan(512 * 1024);
    const before = bot.rss();
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, 'content-encoding': 'gzip' },
      body: bomb,
      timeoutMs: 20_000,
    });
    expect(res.status).toBe(415);
    const grown = bot.rss() - before;
    expect(grown).toBeLessThan(50 * 1024 * 1024);
    await stillServing();
  });

  it('refuses a body that claims more than the limit before reading it', async () => {
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, 'content-length': 10 * 1024 * 1024 * 1024 },
      body: 'x',
      withholdBody: true,
      timeoutMs: 5000,
    });
    expect(res.status).toBe(413);
    await stillServing();
  });

  const malformed: Array<[string, Record<string, string>, string | Buffer]> = [
    ['{}', JSON_CT, '{}'],
    ['an activity without type', JSON_CT, JSON.stringify({ text: 'hjelp', serviceUrl: 'http://127.0.0.1:9/' })],
    ['an empty type', JSON_CT, JSON.stringify({ type: '', serviceUrl: 'http://127.0.0.1:9/' })],
    ['a numeric type', JSON_CT, JSON.stringify({ type: 7 })],
    ['an array', JSON_CT, '[{"type":"message"}]'],
    ['null', JSON_CT, 'null'],
    ['a string', JSON_CT, '"message"'],
    ['truncated JSON', JSON_CT, '{"type":"message","text":"hj'],
    ['an empty body', JSON_CT, ''],
    ['a text/plain body', { 'content-type': 'text/plain' }, '{"type":"message"}'],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 'type=message'],
    ['no content type', {}, '{"type":"message"}'],
    [
      'a latin-1 charset',
      { 'content-type': 'application/json; charset=iso-8859-1' },
      Buffer.from('{"type":"message","text":"bl\xe5b\xe6r"}', 'latin1'),
    ],
    ['invalid UTF-8 bytes', JSON_CT, Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x7d])],
    [
      'a conversation that is not an object',
      JSON_CT,
      JSON.stringify({ type: 'message', serviceUrl: 'http://127.0.0.1:9/', conversation: 5 }),
    ],
  ];
  for (const [name, headers, body] of malformed) {
    it(`answers ${name} with 400 and a JSON message (no token, local mode)`, async () => {
      const res = await raw(bot.port, { headers, body });
      expect(res.status).toBe(400);
      expect(typeof res.json?.message).toBe('string');
      expect(bot.alive()).toBe(true);
    });
  }

  it('wrote no stack trace to stderr for any of it', async () => {
    await stillServing();
    expect(bot.err()).not.toMatch(/\n\s+at /);
  });
});

describe('HTTP edge with an app id (tokens checked against a local OpenID server)', () => {
  let idp: OpenIdServer;
  let bot: BotProcess;
  const base = () => ({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-here',
    MicrosoftAppTenantId: TENANT,
    BOT_OPENID_METADATA_URL: idp.metadataUrl,
    BOT_TOKEN_ISSUER: idp.issuer,
  });
  beforeAll(async () => {
    idp = await startOpenIdServer();
    bot = await spawnBot(base());
  });
  afterAll(async () => {
    await bot?.stop();
    await idp?.close();
  });

  it('answers {} and a body without type with 401 when there is no token', async () => {
    expect((await raw(bot.port, { headers: JSON_CT, body: '{}' })).status).toBe(401);
    expect((await raw(bot.port, { headers: JSON_CT, body: '{"text":"hjelp"}' })).status).toBe(401);
    expect(
      (await raw(bot.port, { headers: { ...JSON_CT, authorization: 'Basic a2FyaTpoZW1tZWxpZw==' }, body: '{}' }))
        .status,
    ).toBe(401);
    expect(
      (await raw(bot.port, { headers: { ...JSON_CT, authorization: 'Bearer not-a-jwt' }, body: '{}' })).status,
    ).toBe(401);
  });

  it('rejects a request without a bearer token before reading its body', async () => {
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, 'content-length': 400_000 },
      body: 'x',
      withholdBody: true,
      timeoutMs: 5000,
    });
    expect(res.status).toBe(401);
  });

  it('logs a rejected token as one warn line with the reason: no stack, no token, nothing on stderr', async () => {
    const activity = channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp');
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl }, { wrongKey: true });
    const outBefore = bot.out().length;
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(401);
    // Wait for the child's log line to cross the pipe, then a little longer in case a second one follows.
    const warnsNow = () => logLines(bot.out().slice(outBefore)).filter((l) => l.level === 40);
    for (const until = Date.now() + 10_000; warnsNow().length === 0 && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    const warns = warnsNow();
    expect(warns).toHaveLength(1);
    expect(typeof warns[0].reason).toBe('string');
    expect(warns[0].reason.length).toBeGreaterThan(0);
    const printed = bot.out().slice(outBefore) + bot.err();
    expect(printed).not.toContain(token);
    expect(printed).not.toContain(token.split('.')[2]);
    expect(printed).not.toMatch(/\bat .+:\d+:\d+/);
    expect(bot.err()).toBe('');
  });

  it('does not let a flood of forged tokens flood the log: at most 20 warn lines a minute', async () => {
    const activity = channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp');
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl }, { wrongKey: true });
    const outBefore = bot.out().length;
    for (let i = 0; i < 60; i++) {
      const res = await raw(bot.port, {
        headers: { ...JSON_CT, authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 300)); // the child's last lines cross the pipe
    const warns = logLines(bot.out().slice(outBefore)).filter((l) => l.level === 40);
    expect(warns.length).toBeGreaterThan(0);
    expect(warns.length).toBeLessThanOrEqual(20);
  });

  it('still accepts a valid token', async () => {
    const activity = { ...channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp'), type: 'typing' };
    const token = await idp.signToken({ aud: APP_ID, serviceurl: activity.serviceUrl });
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(200);
  });

  it('refuses to start in production with the test-only OpenID settings, naming them', () => {
    const r = spawnSync(process.execPath, ['bot/main.ts'], {
      env: {
        ...process.env,
        ...base(),
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: 'sqlite::memory:',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('BOT_OPENID_METADATA_URL');
    expect(r.stderr).toContain('BOT_TOKEN_ISSUER');
    expect(r.stderr).toContain('NODE_ENV=production');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('listening address', () => {
  const ip = externalIPv4();
  const reachable = (port: number, host: string) =>
    raw(port, { method: 'GET', path: '/healthz', host, timeoutMs: 3000 }).then(
      (r) => r.status === 200,
      () => false,
    );

  it('binds to 127.0.0.1 in local mode unless HOST says otherwise', async () => {
    const bot = await spawnBot();
    try {
      expect(await reachable(bot.port, '127.0.0.1')).toBe(true);
      expect(await reachable(bot.port, ip)).toBe(false);
      expect(bot.err()).not.toContain('ADVARSEL');
    } finally {
      await bot.stop();
    }
    const open = await spawnBot({ HOST: '0.0.0.0' });
    try {
      expect(await reachable(open.port, ip)).toBe(true);
      // Without sign-in, on every interface: the operator is told plainly (attacker A11).
      expect(open.err()).toContain('ADVARSEL');
      expect(open.err()).toContain('0.0.0.0');
    } finally {
      await open.stop();
    }
  });

  it('refuses a HOST that is not an address', () => {
    const r = spawnSync(process.execPath, ['bot/main.ts'], {
      env: { ...process.env, HOST: 'not a host!', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('HOST');
  });
});

describe('a process-level guard (the real app in a child process, with routes that fail like a library bug)', () => {
  const fixture = 'test/server/stream-error-fixture.ts';

  it('logs an unhandled stream error and an unhandled rejection at error level and keeps serving', async () => {
    const bot = await spawnBot({}, fixture);
    try {
      expect((await fetch(`${bot.url}/test/unguarded-gunzip`)).status).toBe(202);
      expect((await fetch(`${bot.url}/test/unhandled-rejection`)).status).toBe(202);
      await new Promise((r) => setTimeout(r, 300));
      expect(bot.alive()).toBe(true);
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
      const errors = logLines(bot.out()).filter((l) => l.level === 50);
      // The two failures are independent, so their lines may come in either order.
      expect(errors.map((l) => l.err?.code ?? l.err?.message).sort()).toEqual(['Z_DATA_ERROR', 'nobody awaited this']);
    } finally {
      await bot.stop();
    }
  });

  it('without the guard the same stream error ends the process (the test can see a crash)', async () => {
    const bot = await spawnBot({ GUARD: 'off' }, fixture);
    try {
      // The process dies mid-request: a dropped connection is the expected answer.
      await fetch(`${bot.url}/test/unguarded-gunzip`).catch((err: unknown) => err);
      await new Promise((r) => setTimeout(r, 500));
      expect(bot.alive()).toBe(false);
    } finally {
      await bot.stop();
    }
  });

  for (const route of ['programming-error', 'listen-in-use']) {
    it(`exits non-zero with a fatal log line on an error that is not a stream error (${route})`, async () => {
      const bot = await spawnBot({}, fixture);
      try {
        const exited = new Promise<number | null>((r) => bot.child.once('exit', (code) => r(code)));
        await fetch(`${bot.url}/test/${route}`).catch((err: unknown) => err); // the process may die before it answers
        expect(await exited).toBe(1);
        expect(logLines(bot.out()).some((l) => l.level === 60)).toBe(true);
      } finally {
        await bot.stop();
      }
    });
  }
});

/** The connector emulator on a non-loopback address: a serviceUrl local mode must not post to. */
async function emulatorOn(host: string): Promise<{ url: string; emulator: ConnectorEmulator; server: Server }> {
  const emulator = createConnectorEmulator();
  const server = createServer((req, res) => {
    emulator.handle(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/`, emulator, server };
}

describe('local mode posts replies only to loopback serviceUrls (real server in-process)', () => {
  let outside: Awaited<ReturnType<typeof emulatorOn>>;
  let t: TestApp;
  beforeAll(async () => {
    outside = await emulatorOn(externalIPv4());
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    outside?.server.closeAllConnections();
    await new Promise((r) => outside?.server.close(r));
  });

  it('answers 403 and sends nothing to a serviceUrl outside the machine', async () => {
    const res = await t.post(channelMessage(networkFixture(outside.url, 1), kari, 'hjelp'));
    expect(res.status).toBe(403);
    expect(outside.emulator.calls).toEqual([]);
  });

  it('refuses other non-loopback forms too', async () => {
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'http://127.0.0.1.example.invalid/',
      'http://[fd00::2]:9/',
      'ftp://127.0.0.1/',
      'not a url',
    ]) {
      const res = await t.post(channelMessage(networkFixture(url, 2), kari, 'hjelp'));
      expect([400, 403], url).toContain(res.status);
    }
  });

  it('replies to 127.0.0.1 and localhost serviceUrls', async () => {
    const before = t.connector.emulator.calls.length;
    expect((await t.post(channelMessage(networkFixture(t.connector.url, 3), kari, 'hjelp'))).status).toBe(200);
    const local = t.connector.url.replace('127.0.0.1', 'localhost');
    expect((await t.post(channelMessage(networkFixture(local, 4), kari, 'hjelp'))).status).toBe(200);
    expect(t.connector.emulator.calls.length - before).toBe(2);
  });

  it('refuses proactive sends to a stored serviceUrl outside the machine too', async () => {
    const adapter = createAdapter(loadConfig({}), createLogger('silent'));
    const ref = {
      serviceUrl: outside.url,
      channelId: 'msteams',
      conversation: { id: '19:elsewhere@thread.tacv2', isGroup: true, conversationType: 'channel' },
    };
    await expect(
      adapter.continueConversationAsync('', ref as never, async (tc) => void (await tc.sendActivity('hei'))),
    ).rejects.toThrow(/local mode/);
    expect(outside.emulator.calls).toEqual([]);
  });

  it('replies to an origin ALLOWED_SERVICE_URLS names', async () => {
    const allowed = await startTestApp({
      env: { ALLOWED_SERVICE_URLS: new URL(outside.url).origin },
      connector: t.connector,
    });
    try {
      const res = await allowed.post(channelMessage(networkFixture(outside.url, 5), kari, 'hjelp'));
      expect(res.status).toBe(200);
      expect(outside.emulator.calls.length).toBe(1);
    } finally {
      await allowed.close();
    }
  });
});
