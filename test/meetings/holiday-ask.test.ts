import { describe, expect, it } from 'vitest';
import { holidayAskAhead, holidayAskDay } from '../../src/meetings/occurrences.ts';

describe('when the leaders are asked about a meeting on a holiday', () => {
  it('is a month ahead of the rule date', () => {
    expect(holidayAskDay('2027-03-26')).toBe('2027-02-26');
    expect(holidayAskDay('2026-12-25')).toBe('2026-11-25');
  });

  it('is still ahead up to and including that day, and gone after it', () => {
    const easter = { conflict: 'Langfredag', uidDate: '2027-03-26' };
    expect(holidayAskAhead(easter, '2027-01-29')).toBe('2027-02-26');
    expect(holidayAskAhead(easter, '2027-02-26')).toBe('2027-02-26');
    expect(holidayAskAhead(easter, '2027-02-27')).toBeNull();
    expect(holidayAskAhead({ conflict: null, uidDate: '2027-03-26' }, '2027-01-29')).toBeNull();
  });
});
