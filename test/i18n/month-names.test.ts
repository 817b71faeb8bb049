import { describe, expect, it } from 'vitest';
import { dateText, guidelinesText } from '../../src/i18n/index.ts';
import { whenExample } from '../../src/projects/plan-dates.ts';

// One list of month names serves every text that names a month (issue #14: one place per rule).
describe('month names', () => {
  it('a plan «Når?» example names the month two months on, across the new year', () => {
    expect(whenExample('2026-11-15')).toBe('15.01.2027 eller januar 2027');
    expect(whenExample('2026-03-01')).toBe('15.05.2026 eller mai 2026');
  });

  it('a guideline revision note names the month it was due', () => {
    expect(guidelinesText.revisionDue(2024, '2025-02')).toContain('revideres i februar 2025');
    expect(guidelinesText.revisionDue(2024, '2025-12')).toContain('revideres i desember 2025');
  });

  it('lists twelve months, January first', () => {
    expect(dateText.monthNames).toHaveLength(12);
    expect([dateText.monthNames[0], dateText.monthNames[11]]).toEqual(['januar', 'desember']);
  });
});
