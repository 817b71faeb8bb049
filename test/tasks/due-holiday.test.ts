import { describe, expect, it } from 'vitest';
import { workingDue } from '../../src/tasks/due-holiday.ts';

describe('workingDue (s12 #10)', () => {
  it('moves a word’s holiday to the working day before, past a second holiday and a weekend', () => {
    // Month s13 #11: not onto julaften, where most offices are closed or close at noon.
    expect(workingDue({ date: '2026-12-25', relative: true }, '2026-12-18')).toEqual({
      date: '2026-12-23',
      moved: { from: '2026-12-25', holiday: 'Første juledag' },
    });
    // Langfredag 26.03.2027: skjærtorsdag before it is a holiday too.
    expect(workingDue({ date: '2027-03-26', relative: true }, '2027-03-19').date).toBe('2027-03-24');
  });
  it('moves a word that lands on julaften or nyttårsaften to the last whole working day before', () => {
    expect(workingDue({ date: '2026-12-24', relative: true }, '2026-12-17')).toEqual({
      date: '2026-12-23',
      moved: { from: '2026-12-24', holiday: 'julaften' },
    });
    // Nyttårsaften 2027 is a Friday; the Thursday before is an ordinary working day.
    expect(workingDue({ date: '2027-12-31', relative: true }, '2027-12-24').date).toBe('2027-12-30');
    // A date typed as a date on an eve stands: a rule's deadline is often 31 December itself.
    expect(workingDue({ date: '2027-12-31' }, '2027-12-24')).toEqual({ date: '2027-12-31', moved: null });
  });
  it('keeps a typed date, and a word said on the holiday itself (the day before has passed)', () => {
    expect(workingDue({ date: '2026-12-25' }, '2026-12-18')).toEqual({ date: '2026-12-25', moved: null });
    expect(workingDue({ date: '2026-12-25', relative: true }, '2026-12-25')).toEqual({
      date: '2026-12-25',
      moved: null,
    });
  });
});
