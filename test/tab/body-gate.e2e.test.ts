// Attacker round 5, A12: the tab API read and parsed a body of up to 512 KB before it looked at the
// token, so a few dozen anonymous uploads held the event loop (and /healthz) for seconds. The real
// server in a child process, local mode (the playground signs the tab's tokens).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { raw, spawnBot, type BotProcess } from '../server/edge-support.ts';

const JSON_CT = { 'content-type': 'application/json' };
const AGENDA = tabApi.settingsSection('19:playground-team@thread.tacv2', 'agenda');

describe('the tab API checks the token before it reads a body', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await spawnBot();
  });
  afterAll(async () => bot?.stop());

  it('answers 401 to an anonymous upload whose body never comes', async () => {
    for (const headers of [{}, { authorization: 'Bearer a.b.c' }] as Record<string, string>[]) {
      const res = await raw(bot.port, {
        method: 'PUT',
        path: AGENDA,
        headers: { ...JSON_CT, ...headers, 'content-length': 500_000 },
        body: '{',
        withholdBody: true,
        timeoutMs: 5000,
      });
      expect(res.status).toBe(401);
      expect(res.json.error).toContain('logget inn');
    }
  });

  it('gives a signed-in caller at most 64 KB, and says so', async () => {
    const minted = await fetch(`${bot.url}${tabApi.playgroundToken}`, {
      method: 'POST',
      headers: JSON_CT,
      body: JSON.stringify({ who: 'leader' }),
    });
    expect(minted.status).toBe(200);
    const { token } = (await minted.json()) as { token: string };
    const big = JSON.stringify({ items: [{ title: 'x'.repeat(70 * 1024), minutes: 10 }] });
    const res = await raw(bot.port, {
      method: 'PUT',
      path: AGENDA,
      headers: { ...JSON_CT, authorization: `Bearer ${token}` },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.json.message).toContain('64 KB');
    const small = await raw(bot.port, {
      method: 'PUT',
      path: AGENDA,
      headers: { ...JSON_CT, authorization: `Bearer ${token}` },
      body: JSON.stringify({ items: [{ title: 'Velkommen', minutes: 10 }] }),
    });
    expect(small.status).not.toBe(413);
    expect(small.status).toBeLessThan(500);
  });
});
