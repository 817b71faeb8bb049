import { describe, expect, it } from 'vitest';
import { nextWeeklyRound } from '../../src/time/weekly.ts';

describe('nextWeeklyRound', () => {
  it('keeps the weekday week after week', () => {
    expect(nextWeeklyRound('2027-01-29', 1, '2027-02-05')).toEqual({ round: 2, day: '2027-02-12' });
  });
  it('moves a round off langfredag to the next working day (Tuesday after Easter)', () => {
    expect(nextWeeklyRound('2027-01-29', 7, '2027-03-19')).toEqual({ round: 8, day: '2027-03-30' });
  });
  it('skips a round less than a week after one moved off a holiday, back on the weekday after', () => {
    expect(nextWeeklyRound('2027-01-29', 8, '2027-03-30')).toEqual({ round: 10, day: '2027-04-09' });
  });
  it('after a late send, the next round is a week or more away', () => {
    expect(nextWeeklyRound('2027-01-29', 1, '2027-03-15')).toEqual({ round: 8, day: '2027-03-30' });
  });
});
