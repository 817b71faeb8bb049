// Round two of the outside tester's findings on the HTTP edge (issue #11): HEAD requests, Host and
// Origin in local mode (DNS rebinding), and bounded id fields. The real server in a child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMessage, networkFixture, person } from '../support/teams.ts';
import { raw, spawnBot, type BotProcess } from './edge-support.ts';

const kari = person('Kari Nordmann', 1);
const JSON_CT = { 'content-type': 'application/json' };

describe('local mode edge, round two (bot/main.ts in a child process)', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  });
  afterAll(async () => bot?.stop());

  describe('HEAD answers like GET, without a body', () => {
    for (const path of ['/readyz', '/healthz', '/personvern', '/vilkar', '/playground', '/playground/api/setup']) {
      it(`HEAD ${path} → 200, no body`, async () => {
        const res = await raw(bot.port, { method: 'HEAD', path });
        expect(res.status).toBe(200);
        expect(res.text).toBe('');
      });
    }
    it('HEAD on an unknown path is still 404', async () => {
      expect((await raw(bot.port, { method: 'HEAD', path: '/finnes-ikke' })).status).toBe(404);
    });
  });

  describe("Host header: only this machine's names (DNS rebinding)", () => {
    const foreign = [
      'attacker.example',
      'attacker.example:80',
      `rebind.example:${'PORT'}`,
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
    ];
    for (const host of foreign) {
      for (const [method, path] of [
        ['GET', '/playground/api/feed?as=leader'],
        ['GET', '/playground'],
        ['GET', '/healthz'],
        ['POST', '/playground/api/say'],
        ['POST', '/api/messages'],
      ] as const) {
        it(`refuses Host ${host} on ${method} ${path} with 421 and reads nothing`, async () => {
          const h = host.replace('PORT', String(bot.port));
          const body =
            method === 'POST'
              ? JSON.stringify(
                  path === '/api/messages'
                    ? channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp')
                    : { text: 'hjelp', as: 'leader', where: 'personal' },
                )
              : undefined;
          const res = await raw(bot.port, {
            method,
            path,
            headers: { ...JSON_CT, host: h },
            ...(body ? { body } : {}),
          });
          expect(res.status).toBe(421);
          expect(typeof res.json?.message).toBe('string');
          expect(res.json.message).toMatch(/localhost/);
          expect(res.text).not.toContain('entries');
        });
      }
    }

    it('a refused say left nothing in the feed', async () => {
      const feed = await raw(bot.port, {
        method: 'GET',
        path: '/playground/api/feed?as=leader',
        headers: { host: `localhost:${bot.port}` },
      });
      expect(feed.status).toBe(200);
      expect(feed.json.entries).toEqual([]);
    });

    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '[::1]']) {
      it(`accepts Host ${host} with and without a port`, async () => {
        for (const h of [host, `${host}:${bot.port}`, `${host}:8080`]) {
          const res = await raw(bot.port, { method: 'GET', path: '/playground/api/setup', headers: { host: h } });
          expect(res.status, h).toBe(200);
        }
      });
    }
  });

  describe('Origin on state-changing requests', () => {
    const say = (origin: string | undefined) =>
      raw(bot.port, {
        method: 'POST',
        path: '/playground/api/say',
        headers: { ...JSON_CT, ...(origin ? { origin } : {}) },
        body: JSON.stringify({ text: 'hjelp', as: 'leader', where: 'personal' }),
        timeoutMs: 20_000,
      });

    for (const origin of [
      'http://attacker.example',
      'https://attacker.example:3978',
      'null',
      'http://127.0.0.1.nip.io',
      // Another web app on this machine (a dev server) is not this server's page.
      'http://localhost:5173',
      'http://127.0.0.1:8080',
    ]) {
      it(`refuses POST with Origin ${origin} (403) and sends nothing to the bot`, async () => {
        const res = await say(origin);
        expect(res.status).toBe(403);
        expect(typeof res.json?.message).toBe('string');
        const feed = await raw(bot.port, { method: 'GET', path: '/playground/api/feed?as=leader' });
        expect(feed.json.entries).toEqual([]);
      });
    }

    it('the playground pages may be framed only by themselves', async () => {
      for (const path of ['/playground', '/playground/tab']) {
        const res = await raw(bot.port, { method: 'GET', path });
        expect(res.status).toBe(200);
        expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      }
    });

    it("accepts the page's own origin and a request without Origin (curl)", async () => {
      expect((await say(`http://127.0.0.1:${bot.port}`)).status).toBe(200);
      expect((await say(`http://localhost:${bot.port}`)).status).toBe(200);
      expect((await say(undefined)).status).toBe(200);
    });
  });

  describe('id fields are bounded (1,024 characters)', () => {
    const long = 'a'.repeat(400 * 1024);
    const over = 'b'.repeat(1025);
    const base = () =>
      structuredClone(channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp')) as Record<string, any>;
    const cases: Array<[string, (a: Record<string, any>) => void]> = [
      ['conversation.id (400 KB)', (a) => (a.conversation.id = long)],
      ['conversation.id', (a) => (a.conversation.id = over)],
      ['from.id', (a) => (a.from.id = over)],
      ['recipient.id', (a) => (a.recipient.id = over)],
      ['id', (a) => (a.id = over)],
      ['replyToId', (a) => (a.replyToId = over)],
      ['serviceUrl', (a) => (a.serviceUrl = `http://127.0.0.1:9/${over}`)],
    ];
    for (const [name, mutate] of cases) {
      it(`answers 400 naming the field for a too long ${name}, and logs none of it`, async () => {
        const a = base();
        mutate(a);
        const res = await raw(bot.port, { headers: JSON_CT, body: JSON.stringify(a) });
        expect(res.status).toBe(400);
        expect(res.json.message).toContain(name.split(' ')[0]);
        expect(res.json.message).toMatch(/1024|1 024/);
        expect(bot.out()).not.toContain(over.slice(0, 200));
        expect(bot.out()).not.toContain(long.slice(0, 200));
      });
    }

    it('answers 400 for a message text far over what Teams sends (attacker A8: 280 KB held the process seconds)', async () => {
      const a = base();
      a.text = `hjelp ${'x'.repeat(200 * 1024)}`;
      const res = await raw(bot.port, { headers: JSON_CT, body: JSON.stringify(a) });
      expect(res.status).toBe(400);
      expect(res.json.message).toContain('text');
      expect(res.json.message).toMatch(/102400|102 400/);
      // A long message within Teams' own limit still reaches the bot.
      const ok = base();
      ok.text = `hjelp ${'y'.repeat(27 * 1024)}`;
      ok.type = 'typing';
      expect((await raw(bot.port, { headers: JSON_CT, body: JSON.stringify(ok) })).status).not.toBe(400);
    });

    it('still accepts ids at the limit', async () => {
      const a = base();
      a.conversation.id = `19:${'c'.repeat(1000)}@thread.tacv2`;
      a.type = 'typing';
      const res = await raw(bot.port, { headers: JSON_CT, body: JSON.stringify(a) });
      expect(res.status, res.text).not.toBe(400);
    });
  });
});
