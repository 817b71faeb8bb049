import { describe, expect, it } from 'vitest';
import { readAttendanceLine } from '../../src/meetings/municipalities.ts';

// Month s15 #6: attendance as people type it.
const list = ['Ullensaker', 'Eidsvoll', 'Nes', 'Gjerdrum', 'Hurdal', 'Nannestad'];
const marks = (args: string, status: 'present' | 'absent' = 'present') => {
  const r = readAttendanceLine(args, list, status);
  return r.ok ? r.marks.map((m) => `${m.name}:${m.status}${m.note ? `:${m.note}` : ''}`) : r;
};

describe('readAttendanceLine', () => {
  it('reads sentences, «og» and «har meldt forfall»', () => {
    expect(marks('Ullensaker, Eidsvoll, Nes og Hurdal. Gjerdrum har meldt forfall')).toEqual([
      'Ullensaker:present',
      'Eidsvoll:present',
      'Nes:present',
      'Hurdal:present',
      'Gjerdrum:absent',
    ]);
    expect(marks('Nes. Hurdal kunne ikke komme.')).toEqual(['Nes:present', 'Hurdal:absent']);
    expect(marks(': Nes. Forfall: Hurdal')).toEqual(['Nes:present', 'Hurdal:absent']);
  });

  it('reads «alle unntatt X» and a late arrival in brackets', () => {
    expect(marks('alle unntatt Hurdal')).toEqual([
      'Ullensaker:present',
      'Eidsvoll:present',
      'Nes:present',
      'Gjerdrum:present',
      'Nannestad:present',
      'Hurdal:absent',
    ]);
    expect(marks('Nannestad (kom 10:30)')).toEqual(['Nannestad:present:kom 10:30']);
    expect(readAttendanceLine('alle unntatt Nes', [], 'present')).toEqual({ ok: false, error: 'no-list-for-all' });
  });

  it('keeps the known names and returns the others as unknown', () => {
    const r = readAttendanceLine('Nes, Eidsvol og Oslo', list, 'present');
    expect(r).toEqual({
      ok: true,
      marks: [{ name: 'Nes', status: 'present' }],
      unknown: [
        { name: 'Eidsvol', suggestion: 'Eidsvoll' },
        { name: 'Oslo', suggestion: null },
      ],
    });
    expect(readAttendanceLine('Oslo', list, 'absent')).toEqual({
      ok: false,
      error: 'not-listed',
      name: 'Oslo',
      suggestion: null,
    });
  });
});
