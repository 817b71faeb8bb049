import { describe, expect, it } from 'vitest';
import { aboutNext, dm, endFor, leadingDate, nextList, readDate } from '../../src/meetings/calendar-words.ts';

// The words of «flytt møte», «avlys møte» and «ekstra møte» on their own, without the bot around them.
const at = { now: new Date('2026-12-01T09:00:00Z'), timeZone: 'Europe/Oslo' };

describe('calendar words', () => {
  it('reads a date after «fra», «den», «på» or «møtet»', () => {
    expect(readDate(at, '24.12', null)).toEqual({ ok: true, date: '2026-12-24' });
    expect(readDate(at, 'fra 24.12', null)).toEqual({ ok: true, date: '2026-12-24' });
    expect(readDate(at, 'møtet 24. desember', null)).toEqual({ ok: true, date: '2026-12-24' });
    expect(readDate(at, 'neste møte', '2027-01-07')).toEqual({ ok: true, date: '2027-01-07' });
    expect(readDate(at, 'snart', null).ok).toBe(false);
  });

  it('takes the longest leading date and leaves the reason, without «fordi» or «på grunn av»', () => {
    expect(leadingDate(at, '24. desember fordi det er julaften', null)).toEqual({
      date: '2026-12-24',
      rest: 'det er julaften',
    });
    expect(leadingDate(at, 'den 24.12 – for få saker', null)).toEqual({ date: '2026-12-24', rest: 'for få saker' });
    expect(leadingDate(at, '24.12', null)).toEqual({ date: '2026-12-24', rest: '' });
    expect(leadingDate(at, 'for få saker', null)).toBeNull();
  });

  it('a colon, comma or semicolon written right after the date ends it', () => {
    expect(leadingDate(at, '24.12: for få saker', null)).toEqual({ date: '2026-12-24', rest: 'for få saker' });
    expect(leadingDate(at, '24. desember, julaften', null)).toEqual({ date: '2026-12-24', rest: 'julaften' });
    expect(leadingDate(at, 'den 24.12; ferie', null)).toEqual({ date: '2026-12-24', rest: 'ferie' });
    expect(leadingDate(at, '24.12:', null)).toEqual({ date: '2026-12-24', rest: '' });
  });

  it('«neste møte» in the command words names the meeting', () => {
    expect(aboutNext('flytt neste møte til 18.12', 'til 18.12')).toBe('neste møte til 18.12');
    expect(aboutNext('Avlys det neste møtet', '')).toBe('neste møte ');
    expect(aboutNext('flytt møte 24.12 til 18.12', ' 24.12 til 18.12 ')).toBe('24.12 til 18.12');
  });

  it('a moved meeting keeps the series length and ends before midnight', () => {
    expect(endFor('10:00', '09:00', '11:30')).toBe('12:30');
    expect(endFor('23:00', '09:00', '11:30')).toBe('23:59');
  });

  it('writes dates short', () => {
    expect(dm('2026-12-04')).toBe('4.12');
    expect(
      nextList([{ date: '2026-12-04' }, { date: '2026-12-18' }, { date: '2027-01-08' }, { date: '2027-01-22' }]),
    ).toMatch(/^[^,]+, [^,]+, [^,]+$/);
  });
});
