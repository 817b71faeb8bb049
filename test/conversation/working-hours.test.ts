import { describe, expect, it } from 'vitest';
import {
  NUDGE_HOURS,
  isNudgeDay,
  nudgeDayOnOrAfter,
  nudgeDayOnOrBefore,
  outsideWorkingHours,
} from '../../src/conversation/working-hours.ts';

const tz = 'Europe/Oslo';

describe('one working-hours policy for every nudge', () => {
  it('is 08:00–16:00', () => {
    expect(NUDGE_HOURS).toEqual({ from: '08:00', to: '16:00' });
  });
  it('lets a nudge go on a working day inside the hours', () => {
    // Monday 30 November 2026, 09:00 in Oslo.
    expect(outsideWorkingHours(new Date('2026-11-30T08:00:00Z'), tz)).toBeNull();
  });
  it('defers one before 08:00 to 08:00 the same day', () => {
    expect(outsideWorkingHours(new Date('2026-11-30T05:00:00Z'), tz)).toEqual({
      deferUntil: new Date('2026-11-30T07:00:00Z'),
    });
  });
  it('defers one at 16:00 or later, or on a weekend, to the next working morning', () => {
    expect(outsideWorkingHours(new Date('2026-11-30T15:00:00Z'), tz)).toEqual({
      deferUntil: new Date('2026-12-01T07:00:00Z'),
    });
    // Saturday 5 December → Monday 7 December.
    expect(outsideWorkingHours(new Date('2026-12-05T10:00:00Z'), tz)).toEqual({
      deferUntil: new Date('2026-12-07T07:00:00Z'),
    });
  });
  it('skips a public holiday', () => {
    // Friday 25 December 2026 (Christmas Day) → Monday 28 December.
    expect(outsideWorkingHours(new Date('2026-12-25T09:00:00Z'), tz)).toEqual({
      deferUntil: new Date('2026-12-28T07:00:00Z'),
    });
  });
  it('skips julaften and nyttårsaften, which are no public holidays but no days for nudges (N6)', () => {
    expect(isNudgeDay('2026-12-24')).toBe(false);
    expect(isNudgeDay('2026-12-31')).toBe(false);
    expect(isNudgeDay('2026-12-23')).toBe(true);
    // Thursday 24 December 2026, 09:00 → Monday 28 December.
    expect(outsideWorkingHours(new Date('2026-12-24T08:00:00Z'), tz)).toEqual({
      deferUntil: new Date('2026-12-28T07:00:00Z'),
    });
    // Wednesday 30 December, 16:30 → Monday 4 January 2027 (31.12, 1.1 and the weekend skipped).
    expect(outsideWorkingHours(new Date('2026-12-30T15:30:00Z'), tz)).toEqual({
      deferUntil: new Date('2027-01-04T07:00:00Z'),
    });
    expect(nudgeDayOnOrBefore('2026-12-24')).toBe('2026-12-23');
    expect(nudgeDayOnOrBefore('2027-01-01')).toBe('2026-12-30');
    expect(nudgeDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
    expect(nudgeDayOnOrAfter('2026-12-31')).toBe('2027-01-04');
  });
});
