import { describe, expect, it } from 'vitest';
import { workingDue } from '../../src/tasks/due-holiday.ts';

describe('workingDue (s12 #10)', () => {
  it('moves a word’s holiday to the working day before, past a second holiday and a weekend', () => {
    expect(workingDue({ date: '2026-12-25', relative: true }, '2026-12-18')).toEqual({
      date: '2026-12-24',
      moved: { from: '2026-12-25', holiday: 'Første juledag' },
    });
    // Langfredag 26.03.2027: skjærtorsdag before it is a holiday too.
    expect(workingDue({ date: '2027-03-26', relative: true }, '2027-03-19').date).toBe('2027-03-24');
  });
  it('keeps a typed date, and a word said on the holiday itself (the day before has passed)', () => {
    expect(workingDue({ date: '2026-12-25' }, '2026-12-18')).toEqual({ date: '2026-12-25', moved: null });
    expect(workingDue({ date: '2026-12-25', relative: true }, '2026-12-25')).toEqual({
      date: '2026-12-25',
      moved: null,
    });
  });
});
