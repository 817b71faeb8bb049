import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresBinDir } from '../../support/postgres.ts';

const dir = mkdtempSync(join(tmpdir(), 'nb-pgbin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding PostgreSQL for the tests', () => {
  it('picks the newest Debian version under /usr/lib/postgresql', () => {
    for (const v of ['13', '16', '9']) {
      mkdirSync(join(dir, 'lib', v, 'bin'), { recursive: true });
      writeFileSync(join(dir, 'lib', v, 'bin', 'initdb'), '');
    }
    expect(postgresBinDir(join(dir, 'lib'), { PATH: '' })).toBe(join(dir, 'lib', '16', 'bin'));
  });

  it('says how to install it when it is missing, instead of skipping', () => {
    expect(() => postgresBinDir(join(dir, 'none'), { PATH: join(dir, 'empty') })).toThrow(/apt-get install postgresql/);
  });
});
