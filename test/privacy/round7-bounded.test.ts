// Attack round 7, A6: the guard's work is bounded: linear in the text, and text far above what
// Teams carries is refused for its length before it is read.
import { describe, expect, it } from 'vitest';
import { guard, GUARD_MAX_CHARS } from '../../src/privacy/guard.ts';

describe('A6: bounded work', () => {
  it('refuses text far above what Teams carries for its length, before reading it', () => {
    const g = guard('1.'.repeat(GUARD_MAX_CHARS));
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.message).toMatch(/for lang/);
    expect(guard('Hei '.repeat(1000)).ok).toBe(true);
  });

  it('reads digit-and-dot text in time linear in its length', () => {
    const time = (n: number) => {
      const text = '1.'.repeat(n / 2);
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) guard(text);
      return performance.now() - t0;
    };
    time(4000);
    const small = Math.max(time(4000), 1);
    const large = time(32000);
    // Eight times the text: well under sixty-four times the work (the old reading grew faster).
    expect(large / small).toBeLessThan(24);
  });
});
