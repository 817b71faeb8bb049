// The pre-body token check (bot/token-gate.ts) against a local OpenID server that can be switched
// off: a failed key fetch is remembered for 30 s (by the injected clock, no sleeping), then tried
// again, and valid tokens pass once the keys are back.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenGate } from '../../bot/token-gate.ts';
import { createLogger } from '../../src/log.ts';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';

const APP_ID = '5d2c1f3a-8b7e-4c6d-9a1b-2e3f4a5b6c7d';

describe('token gate key cache', () => {
  let idp: OpenIdServer;
  let front: Server;
  let frontUrl = '';
  let down = true;
  let fetches = 0;
  beforeAll(async () => {
    idp = await startOpenIdServer();
    // Relays to the OpenID server, or drops the connection while "down"; the metadata's jwks_uri
    // points back through it.
    front = createServer(async (req, res) => {
      fetches++;
      if (down) return req.socket.destroy();
      const upstream = await fetch(`${idp.url}${req.url}`);
      const text = (await upstream.text()).replaceAll(idp.url, frontUrl);
      res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(text);
    });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    front?.closeAllConnections();
    await new Promise((r) => front?.close(r));
    await idp?.close();
  });

  it('answers 503 while the keys cannot be had, fetches at most once per 30 s, and accepts valid tokens when they are back', async () => {
    let now = Date.now();
    const gate = createTokenGate({
      appId: APP_ID,
      metadataUrl: `${frontUrl}/.well-known/openidconfiguration`,
      issuer: idp.issuer,
      log: createLogger('silent'),
      now: () => now,
    });
    const good = `Bearer ${await idp.signToken({ aud: APP_ID, serviceurl: 'http://127.0.0.1:9/' })}`;
    const forged = `Bearer ${await idp.signToken({ aud: APP_ID, serviceurl: 'http://127.0.0.1:9/' }, { wrongKey: true })}`;

    const first = await gate.check(good);
    expect(first).toMatchObject({ ok: false, status: 503 });
    expect((first as { retryAfterS: number }).retryAfterS).toBeGreaterThan(0);
    expect(fetches).toBe(1);
    for (let i = 0; i < 20; i++)
      expect(await gate.check(i % 2 ? good : forged)).toMatchObject({ ok: false, status: 503 });
    expect(fetches).toBe(1);

    down = false;
    now += 29_000;
    expect(await gate.check(good)).toMatchObject({ ok: false, status: 503 });
    expect(fetches).toBe(1);
    now += 2_000;
    expect(await gate.check(good)).toEqual({ ok: true });
    expect(fetches).toBe(3); // metadata and keys
    expect(await gate.check(forged)).toMatchObject({ ok: false, status: 401, reason: 'bad signature' });

    // With keys cached, the key set going away again changes nothing for tokens with a known kid.
    down = true;
    now += 60 * 60 * 1000;
    expect(await gate.check(good)).toEqual({ ok: true });
    expect(fetches).toBe(3);
  });

  it('refuses without any fetch what cannot be a channel token', async () => {
    const before = fetches;
    const gate = createTokenGate({
      appId: APP_ID,
      metadataUrl: `${frontUrl}/.well-known/openidconfiguration`,
      issuer: idp.issuer,
      log: createLogger('silent'),
    });
    const otherAudience = `Bearer ${await idp.signToken({ aud: '00000000-0000-0000-0000-000000000000' })}`;
    const otherIssuer = `Bearer ${await idp.signToken({ aud: APP_ID }, { issuer: 'https://issuer.example.invalid/' })}`;
    const expired = `Bearer ${await idp.signToken({ aud: APP_ID }, { expired: true })}`;
    for (const [h, reason] of [
      [undefined, 'not a bearer JWT'],
      ['Bearer a.b.c', 'token parts are not JSON'],
      [otherAudience, 'wrong audience'],
      [otherIssuer, 'wrong issuer'],
      [expired, 'expired'],
    ] as const) {
      expect(await gate.check(h), String(h)).toEqual({ ok: false, status: 401, reason });
    }
    expect(fetches).toBe(before);
  });
});
