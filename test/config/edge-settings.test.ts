import { describe, expect, it } from 'vitest';
import { localServiceUrlRule } from '../../bot/adapter.ts';
import { ConfigError, loadConfig, TEST_ONLY_SETTINGS } from '../../src/config/env.ts';

const APP = {
  MicrosoftAppId: 'a',
  MicrosoftAppPassword: 'p',
  MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('HOST', () => {
  it('defaults to 127.0.0.1 in local mode and to all interfaces with an app id', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig(APP).host).toBe('0.0.0.0');
  });

  it('takes an IPv4, IPv6 or host name', () => {
    for (const host of ['0.0.0.0', '::', '::1', '192.168.1.20', 'localhost', 'bot.internal.example.no']) {
      expect(loadConfig({ HOST: host }).host).toBe(host);
    }
  });

  it('refuses what is not an address, with an example', () => {
    for (const host of ['not a host!', 'http://0.0.0.0', '127.0.0.1:3978', '-bad-']) {
      const p = problems({ HOST: host });
      expect(p, host).toHaveLength(1);
      expect(p[0]).toMatch(/^HOST: .*HOST=127\.0\.0\.1/);
    }
  });
});

describe('ALLOWED_SERVICE_URLS', () => {
  it('is empty by default and keeps the origins of a comma-separated list', () => {
    expect(loadConfig({}).allowedServiceOrigins).toEqual([]);
    expect(
      loadConfig({ ALLOWED_SERVICE_URLS: ' http://192.168.1.20:3979/path , https://dev.example.no ' })
        .allowedServiceOrigins,
    ).toEqual(['http://192.168.1.20:3979', 'https://dev.example.no']);
  });

  it('refuses entries that are not http(s) URLs', () => {
    for (const v of ['192.168.1.20', 'ftp://host/', 'http://ok.example,nope']) {
      expect(problems({ ALLOWED_SERVICE_URLS: v })[0], v).toMatch(/^ALLOWED_SERVICE_URLS: .*ALLOWED_SERVICE_URLS=http/);
    }
  });
});

describe('production and the test-only OpenID settings', () => {
  it('names every test-only setting that is set, in one problem', () => {
    const p = problems({
      ...APP,
      NODE_ENV: 'production',
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:1/.well-known/openid-configuration',
      BOT_TOKEN_ISSUER: 'x',
    });
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('BOT_OPENID_METADATA_URL, BOT_TOKEN_ISSUER');
    expect(p[0]).toContain('NODE_ENV=production');
    expect(problems({ ...APP, NODE_ENV: 'production', BOT_TOKEN_ISSUER: 'x' })[0]).toMatch(/^BOT_TOKEN_ISSUER: /);
  });

  it('accepts them outside production, and production without them', () => {
    for (const name of TEST_ONLY_SETTINGS) expect(problems({ ...APP, [name]: 'http://127.0.0.1:1/x' })).toEqual([]);
    expect(problems({ ...APP, NODE_ENV: 'production' })).toEqual([]);
  });
});

describe('NODE_ENV spelt the way an App Service setting may be', () => {
  it('reads any case and spacing of production as production, so the test settings stay refused', () => {
    for (const v of ['Production', ' production', 'PRODUCTION ']) {
      const p = problems({ ...APP, NODE_ENV: v, BOT_OPENID_METADATA_URL: 'http://127.0.0.1:1/x' });
      expect(p, v).toHaveLength(1);
      expect(p[0], v).toMatch(/^BOT_OPENID_METADATA_URL: .*NODE_ENV=production/);
      expect(loadConfig({ ...APP, NODE_ENV: v }).production, v).toBe(true);
    }
  });

  it('refuses a value it does not know, with an example', () => {
    for (const v of ['prod', 'staging', 'produktion']) {
      expect(problems({ ...APP, NODE_ENV: v }), v).toEqual([expect.stringMatching(/^NODE_ENV: .*NODE_ENV=production/)]);
    }
    expect(problems({ ...APP, NODE_ENV: ' Test ' })).toEqual([]);
  });

  it('takes a key server for tokens only from this machine, whatever NODE_ENV says', () => {
    for (const name of ['BOT_OPENID_METADATA_URL', 'TAB_OPENID_METADATA_URL']) {
      for (const url of ['https://keys.example.com/openid', 'http://10.0.0.5/{tenant}/x', 'not a url']) {
        expect(problems({ ...APP, [name]: url }), `${name}=${url}`).toEqual([
          expect.stringMatching(new RegExp(`^${name}: .*127\\.0\\.0\\.1`)),
        ]);
      }
      expect(
        problems({ ...APP, [name]: 'http://localhost:4000/{tenant}/v2.0/.well-known/openid-configuration' }),
      ).toEqual([]);
    }
  });
});

describe('which serviceUrls local mode replies to', () => {
  const rule = localServiceUrlRule(['http://192.168.1.20:3979']);
  it('accepts loopback in its forms and the allowed origins', () => {
    for (const url of [
      'http://127.0.0.1:3979/',
      'https://127.8.9.10/x',
      'http://localhost:1/',
      'http://LOCALHOST/',
      'http://[::1]:9/',
      'http://127.1/',
      'http://2130706433/',
      'http://192.168.1.20:3979/teams/',
    ]) {
      expect(rule(url), url).toBe(true);
    }
  });
  it('refuses every other host, scheme or shape', () => {
    for (const url of [
      'http://192.168.1.20:3980/',
      'https://192.168.1.20:3979/',
      'https://smba.trafficmanager.net/emea/',
      'http://127.0.0.1.example.invalid/',
      'http://localhost.example.invalid/',
      'http://[fd00::2]/',
      'http://0.0.0.0/',
      'ftp://127.0.0.1/',
      'file:///etc/passwd',
      'not a url',
      '',
      undefined,
      7,
      null,
    ]) {
      expect(rule(url), String(url)).toBe(false);
    }
  });
});
