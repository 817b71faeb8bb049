import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';

describe('configuration', () => {
  it('has working defaults for local use', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.database).toEqual({ kind: 'sqlite', path: './data/nettverksboten.db' });
    expect(c.timezone).toBe('Europe/Oslo');
    expect(c.appType).toBe('SingleTenant');
    expect(c.anonymous).toBe(true);
  });

  it('lists every bad variable in one message', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        TIMEZONE: 'Mars/Olympus',
        LOG_LEVEL: 'loud',
        MicrosoftAppId: 'id',
        ALLOWED_TENANT_IDS: 'x,y',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    for (const name of [
      'PORT',
      'TIMEZONE',
      'LOG_LEVEL',
      'ALLOWED_TENANT_IDS',
      'MicrosoftAppPassword',
      'MicrosoftAppTenantId',
    ]) {
      expect(problems).toContain(name);
    }
    // One line per variable, even when several list items are wrong.
    expect(problems.match(/^ALLOWED_TENANT_IDS:/gm)).toHaveLength(1);
    expect((err as Error).message).toContain('for eksempel');
  });

  it('reads sqlite: and postgres:// targets with the PostgreSQL settings, and refuses anything else', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.db' }).database).toEqual({ kind: 'sqlite', path: '/tmp/x.db' });
    const pg = loadConfig({
      DATABASE_URL: 'postgres://u:p@db.example:5432/nb',
      PG_POOL_SIZE: '4',
      MIGRATE_ON_START: 'false',
      INSTANCE_ID: 'b',
    });
    expect(pg.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db.example:5432/nb' });
    expect(pg.postgres).toEqual({ poolSize: 4, statementTimeoutMs: 15_000, migrate: false, instanceId: 'b' });
    expect(loadConfig({}).postgres).toEqual({
      poolSize: 10,
      statementTimeoutMs: 15_000,
      migrate: true,
      instanceId: undefined,
    });
    for (const bad of ['mysql://x/y', 'postgres://', 'sqlite:']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL: sqlite:<sti> eller postgres/);
    }
    expect(() => loadConfig({ PG_POOL_SIZE: '0', MIGRATE_ON_START: 'ja' })).toThrow(
      /PG_POOL_SIZE[\s\S]*MIGRATE_ON_START/,
    );
  });

  it('never runs anonymous in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
  });

  it('defaults allowed tenants to the app tenant', () => {
    const c = loadConfig({
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
    });
    expect(c.allowedTenantIds).toEqual(['10000000-0000-4000-8000-000000000001']);
    expect(c.anonymous).toBe(false);
  });

  it('exits 1 with the message and no stack trace when started with bad config', () => {
    const r = spawnSync(process.execPath, ['bot/main.ts'], {
      env: { ...process.env, PORT: 'nope', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  });
});
