// Attack round 7, A6: text far above what Teams carries is refused for its length before it is read.
// The guard's time per KB (linear in the text) is measured in bench/privacy-worst.ts, not here.
import { describe, expect, it } from 'vitest';
import { guard, GUARD_MAX_CHARS } from '../../src/privacy/guard.ts';

describe('A6: bounded work', () => {
  it('refuses text far above what Teams carries for its length, before reading it', () => {
    const g = guard('1.'.repeat(GUARD_MAX_CHARS));
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.message).toMatch(/for lang/);
    expect(guard('Hei '.repeat(1000)).ok).toBe(true);
  });
});
