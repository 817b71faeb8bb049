import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidayName, isWorkingDay, nextWorkingSlot } from '../../src/time/holidays.ts';
import { parseNorwegianDate } from '../../src/time/norwegian-date.ts';
import { addMonths } from '../../src/time/local-date.ts';

const now = new Date('2026-11-23T09:00:00Z'); // Monday 23 November 2026
const parse = (s: string) => parseNorwegianDate(s, { now, nextMeeting: '2026-11-27' });

describe('Norwegian due dates', () => {
  it('"neste uke" said on a weekend is the coming working week', () => {
    const saturday = new Date('2026-11-28T09:00:00Z');
    expect(parseNorwegianDate('neste uke', { now: saturday })).toMatchObject({ ok: true, date: '2026-12-04' });
    expect(parseNorwegianDate('neste uke', { now: new Date('2026-11-27T09:00:00Z') })).toMatchObject({
      ok: true,
      date: '2026-12-04',
    });
  });

  it('an unread date lists the forms that work, and the example is one date that can be copied', () => {
    const r = parse('en gang i vår');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('neste uke');
    expect(r.example).toMatch(/^\d{1,2}\.\d{2}$/);
  });

  it.each([
    ['30.09', '2027-09-30'],
    ['30.09.2027', '2027-09-30'],
    ['30.9.27', '2027-09-30'],
    ['30. september', '2027-09-30'],
    ['30 sept', '2027-09-30'],
    ['1. desember', '2026-12-01'],
    ['fredag', '2026-11-27'],
    ['neste fredag', '2026-11-27'],
    ['mandag', '2026-11-30'],
    ['i dag', '2026-11-23'],
    ['i morgen', '2026-11-24'],
    ['neste møte', '2026-11-27'],
    ['om 2 uker', '2026-12-07'],
    ['om en uke', '2026-11-30'],
    ['om 3 dager', '2026-11-26'],
    ['2027-03-01', '2027-03-01'],
    ['1.mars', '2027-03-01'],
    ['fredag 4. desember', '2026-12-04'],
    ['førstkommende mandag', '2026-11-30'],
    ['2 uker', '2026-12-07'],
    ['utgangen av januar', '2027-01-31'],
    ['slutten av februar 2028', '2028-02-29'],
    ['23.08', '2027-08-23'], // three months ago: next year's
    ['20.10', '2027-10-20'], // 34 days ago: next year's
    ['neste uke', '2026-12-04'], // by the end of next working week
    ['i løpet av neste uke', '2026-12-04'],
    ['denne uka', '2026-11-27'],
    ['nyttår', '2026-12-31'],
    ['innen nyttår', '2026-12-31'],
  ])('%s → %s', (input, date) => {
    expect(parse(input)).toMatchObject({ ok: true, date });
  });

  // s12 #10: a word counted from today may land on a holiday nobody meant; a typed date is meant as typed.
  it('marks a date said as a word as relative, and a typed date not', () => {
    for (const w of ['fredag', 'neste fredag', 'i morgen', 'om 2 uker', 'om 3 dager', 'neste uke'])
      expect(parse(w), w).toMatchObject({ ok: true, relative: true });
    for (const d of ['30.09', '30. september', '2027-03-01', 'fredag 4. desember', 'utgangen av januar'])
      expect(parse(d), d).not.toHaveProperty('relative');
  });

  it('questions a date that passed days ago instead of moving it a year ahead unasked', () => {
    for (const [typed, nextYear] of [
      ['20.11', '20.11.2027'],
      ['20. november', '20.11.2027'],
      ['9.11', '09.11.2027'],
      ['8.11', '08.11.2027'],
      ['4.11', '04.11.2027'], // 19 days ago, as «innen 10.01» written on 29 January
      ['25. oktober', '25.10.2027'], // 29 days ago
    ] as const) {
      const r = parse(typed);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(nextYear);
    }
    expect(parse('20.11.2027')).toEqual({ ok: true, date: '2027-11-20' });
  });

  it('checks a weekday written before the date', () => {
    const r = parse('torsdag 4. desember');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('fredag');
  });

  it('explains what was wrong and shows forms that work', () => {
    for (const bad of ['31.02', '29.02.2027', 'blåmandag', '']) {
      const r = parse(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.length).toBeGreaterThan(5);
        expect(r.example).toContain('30.09');
      }
    }
    expect(parseNorwegianDate('neste møte', { now, nextMeeting: null }).ok).toBe(false);
  });

  it('never throws, whatever is typed (10,000 generated inputs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(om )?\d{0,3}[ ./-]?\d{0,4}[ .]?[a-zæøå]{0,10}$/)), (s) => {
        const r = parseNorwegianDate(s, { now, nextMeeting: '2026-11-27' });
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('Norwegian working days', () => {
  it('knows the public holidays', () => {
    expect(holidayName('2026-12-25')).toBe('Første juledag');
    expect(holidayName('2027-03-26')).toBe('Langfredag');
    expect(holidayName('2026-12-24')).toBeNull();
    expect(isWorkingDay('2027-05-17')).toBe(false);
    expect(isWorkingDay('2026-11-28')).toBe(false);
  });

  it('counts working days over holidays and weekends', () => {
    expect(addWorkingDays('2027-03-29', -3)).toBe('2027-03-22'); // back over Easter
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
  });

  it('finds the next slot inside 08:00–16:00 on a working day', () => {
    expect(nextWorkingSlot(new Date('2026-12-24T16:00:00Z')).toISOString()).toBe('2026-12-28T07:00:00.000Z');
    expect(nextWorkingSlot(new Date('2026-11-23T06:00:00Z')).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    const inside = new Date('2026-11-23T10:00:00Z');
    expect(nextWorkingSlot(inside)).toBe(inside);
  });
});

describe('months back and forth (retention periods)', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2027-11-25', -12)).toBe('2026-11-25');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', -24)).toBe('2024-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('going n months back and n forward never lands later than where it started', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 240 }),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          const back = addMonths(day, -n);
          expect(back < day).toBe(true);
          expect(addMonths(back, n) <= day).toBe(true);
        },
      ),
    );
  });
});
