import { describe, expect, it } from 'vitest';
import { servedTenants } from '../../src/tab/served-tenants.ts';

describe('whether the bot serves a tenant, remembered a while', () => {
  it('asks the store once per period for a served tenant, and every time for one not served yet', async () => {
    let now = 0;
    const asked: string[] = [];
    const known = new Set(['t-known']);
    const serves = servedTenants(
      async (t) => (asked.push(t), known.has(t)),
      () => now,
    );
    for (let i = 0; i < 50; i++) {
      expect(await serves('t-known')).toBe(true);
      expect(await serves(`t-flood`)).toBe(false);
    }
    expect(asked.filter((t) => t === 't-known')).toHaveLength(1);
    expect(asked.filter((t) => t === 't-flood')).toHaveLength(50);
    // Installed just now: served at once.
    known.add('t-flood');
    expect(await serves('t-flood')).toBe(true);
    now += 4 * 60_000;
    const before = asked.length;
    expect(await serves('t-known')).toBe(true);
    expect(await serves('t-flood')).toBe(true);
    expect(asked).toHaveLength(before);
    now += 2 * 60_000;
    await serves('t-known');
    expect(asked.at(-1)).toBe('t-known');
  });
});
