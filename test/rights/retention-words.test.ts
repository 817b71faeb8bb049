import { describe, expect, it } from 'vitest';
import { retentionMonthsOf, retentionWords } from '../../src/rights/retention-command.ts';

// «oppbevaring» read on its own, without the bot around it.
describe('retention words', () => {
  it.each([
    ['18', '18'],
    [' 24 måneder ', '24'],
    ['12 måned', '12'],
    ['36 mnd.', '36'],
    ['36mnd', '36'],
    ['to år', 'to år'],
    ['', ''],
  ])('%j → %j', (args, typed) => expect(retentionWords(args)).toBe(typed));

  it.each([
    ['18', 18],
    ['0', 0],
    ['1234567', NaN],
    ['1,5', NaN],
    ['to', NaN],
    ['-3', NaN],
  ])('%j → %d months', (typed, months) => expect(retentionMonthsOf(typed)).toBe(months));
});
