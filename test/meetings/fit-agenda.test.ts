import { describe, expect, it } from 'vitest';
import { fitTimeBoxes } from '../../src/meetings/fit-agenda.ts';

const boxes = (...m: number[]) => m.map((minutes, i) => ({ n: i + 1, minutes }));
const total = (xs: { minutes: number }[] | null) => (xs ?? []).reduce((a, b) => a + b.minutes, 0);

describe('a shorter meeting gets its own time boxes', () => {
  it('the fixed agenda (4 t 40 min) in 2 hours: whole five minutes, in proportion, adding up to the meeting', () => {
    const fitted = fitTimeBoxes(boxes(10, 10, 30, 60, 20, 90, 30, 15, 15), 120);
    expect(total(fitted)).toBe(120);
    expect(fitted!.every((b) => b.minutes % 5 === 0 && b.minutes >= 5)).toBe(true);
    // The longest item stays the longest; no item grows.
    expect(fitted![5]!.minutes).toBe(Math.max(...fitted!.map((b) => b.minutes)));
    expect(fitted!.map((b) => b.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('an agenda that fits is left as it is; one that cannot fit at five minutes each gives null', () => {
    expect(fitTimeBoxes(boxes(30, 30), 60)).toEqual(boxes(30, 30));
    expect(fitTimeBoxes(boxes(10, 10, 10), 12)).toBeNull();
    // A box already under five minutes keeps its own length.
    expect(total(fitTimeBoxes(boxes(3, 60, 60), 63))).toBeLessThanOrEqual(63);
  });
});
