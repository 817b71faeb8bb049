import { describe, expect, it } from 'vitest';
import { readMonth } from '../../src/meetings/month-words.ts';
import { parseSchedule } from '../../src/meetings/schedule-text.ts';

// Review s14 #7: «jul» (Christmas) was read as «juli», and the series and «hopp over møtet i …» read
// months differently (exact or prefix in one, prefix only in the other).
describe('readMonth', () => {
  it('reads names and the usual short forms, and «jul»/«jula»/«julen» as December', () => {
    expect(readMonth('mars')).toBe(3);
    expect(readMonth('Sept.')).toBe(9);
    expect(readMonth('des')).toBe(12);
    expect(readMonth('juli')).toBe(7);
    for (const christmas of ['jul', 'jula', 'julen']) expect(readMonth(christmas)).toBe(12);
    for (const none of ['ju', 'ma', 'juliane', 'marsj', 'fe']) expect(readMonth(none)).toBeNull();
  });

  it('«ikke i jul» in a schedule leaves out December, not July', () => {
    const p = parseSchedule('siste fredag i måneden 09:00-15:30, ikke i jul');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.description).toContain('ikke i desember');
    expect(p.description).not.toContain('juli');
  });
});
