// Attack round 6 on the HTTP edge, the real server in a child process: A4 (the production 404 named
// the playground), A6 (Expect: 100-continue got «100 Continue» before the 401/413), A8 (a signing key
// without endorsements was taken for msteams), A9 (a lower-case «bearer» was refused).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenIdServer, type OpenIdServer } from '../support/openid-server.ts';
import { channelMessage, networkFixture, person } from '../support/teams.ts';
import { raw, spawnBot, type BotProcess } from './edge-support.ts';

const kari = person('Kari Nordmann', 1);
const JSON_CT = { 'content-type': 'application/json' };
const APP_ID = '5d2c1f3a-8b7e-4c6d-9a1b-2e3f4a5b6c7d';
const TENANT = '10000000-0000-4000-8000-000000000001';

/**
 * Sends only the head of a request that asks «Expect: 100-continue» and collects what the server
 * writes within `ms`: a client that waits for 100 Continue before its body sees exactly this.
 */
function headOnly(port: number, head: string, ms = 1500): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1');
    let got = '';
    sock.on('data', (c) => (got += c.toString('latin1')));
    sock.on('error', reject);
    sock.on('connect', () => sock.write(head));
    setTimeout(() => {
      sock.destroy();
      resolve(got);
    }, ms);
  });
}

const expectHead = (port: number, path: string, headers: string[], length: number) =>
  headOnly(
    port,
    [
      `POST ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${length}`,
      'Expect: 100-continue',
      ...headers,
      '',
      '',
    ].join('\r\n'),
  );

describe('production-like mode (app id, local OpenID keys)', () => {
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
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await idp?.close();
  });

  const typing = () => ({ ...channelMessage(networkFixture('http://127.0.0.1:9/'), kari, 'hjelp'), type: 'typing' });
  const post = (authorization: string, activity = typing()) =>
    raw(bot.port, { headers: { ...JSON_CT, authorization }, body: JSON.stringify(activity) });

  it('A4: the 404 does not point to the playground, which is off here', async () => {
    const res = await raw(bot.port, { method: 'GET', path: '/nope' });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('playground');
    expect(res.json.message).toContain('finnes ikke');
    expect((await raw(bot.port, { method: 'GET', path: '/playground' })).status).toBe(404);
  });

  it('A9: the «Bearer» scheme is read in any case (RFC 7235) at /api/messages', async () => {
    const a = typing();
    const token = await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl });
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR'])
      expect((await post(`${scheme} ${token}`, a)).status, scheme).toBe(200);
    // Still refused: another scheme, two spaces, no token.
    for (const h of [`Basic ${token}`, `Bearer  ${token}`, 'bearer ', `bearer${token}`])
      expect((await post(h, a)).status, h).toBe(401);
  });

  it('round 6b A10: a good token on a non-canonical /api/messages path gets 404 without restify internals', async () => {
    const a = typing();
    const token = await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl });
    for (const path of ['/api/./messages', '/api/x/../messages', '/%61pi/messages', '/api//messages']) {
      const res = await raw(bot.port, {
        path,
        headers: { ...JSON_CT, authorization: `Bearer ${token}` },
        body: JSON.stringify(a),
      });
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toMatch(/handler chain|InternalServer/);
    }
    // The canonical path still takes it.
    expect((await post(`Bearer ${token}`, a)).status).toBe(200);
  });

  it('A8: only a key that endorses msteams signs a Teams activity', async () => {
    const a = typing();
    const claims = { aud: APP_ID, serviceurl: a.serviceUrl };
    expect((await post(`Bearer ${await idp.signToken(claims)}`, a)).status).toBe(200);
    expect((await post(`Bearer ${await idp.signToken(claims, { endorsements: 'none' })}`, a)).status).toBe(401);
    expect((await post(`Bearer ${await idp.signToken(claims, { endorsements: 'webchat' })}`, a)).status).toBe(401);
  });

  it('A6: a request without a token that asks Expect: 100-continue gets 401 at once, no 100 Continue', async () => {
    const got = await expectHead(bot.port, '/api/messages', [], 2000);
    expect(got).toMatch(/^HTTP\/1\.1 401 /);
    expect(got).not.toContain('100 Continue');
  });

  it('A6: with a good token the client is told to go on, and the activity is taken', async () => {
    const a = typing();
    const token = await idp.signToken({ aud: APP_ID, serviceurl: a.serviceUrl });
    const body = JSON.stringify(a);
    const got = await expectHead(
      bot.port,
      '/api/messages',
      [`Authorization: Bearer ${token}`],
      Buffer.byteLength(body),
    );
    expect(got).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    // And the whole exchange works end to end (node:http sends the body after the 100).
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, authorization: `Bearer ${token}`, expect: '100-continue' },
      body,
    });
    expect(res.status).toBe(200);
  });
});

describe('local mode', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  }, 60_000);
  afterAll(async () => bot?.stop());

  it('A6: a body over 512 KB that asks Expect: 100-continue gets 413 at once, no 100 Continue', async () => {
    const got = await expectHead(bot.port, '/api/messages', [], 600_000);
    expect(got).toMatch(/^HTTP\/1\.1 413 /);
    expect(got).not.toContain('100 Continue');
  });

  it('A6: a body within the limit is asked for with 100 Continue, and handled', async () => {
    const got = await expectHead(bot.port, '/api/messages', [], 300);
    expect(got).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    const activity = {
      ...channelMessage(networkFixture(`http://127.0.0.1:${bot.port}/`), kari, 'hjelp'),
      type: 'typing',
    };
    const res = await raw(bot.port, {
      headers: { ...JSON_CT, expect: '100-continue' },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(200);
  });

  it('A4: the local 404 still names the playground', async () => {
    const res = await raw(bot.port, { method: 'GET', path: '/nope' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('/playground');
  });
});
