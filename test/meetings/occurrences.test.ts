import { describe, expect, it } from 'vitest';
import {
  holidaySuggestions,
  meetingsBetween,
  specialDay,
  upcomingFrom,
  type MeetingException,
} from '../../src/meetings/occurrences.ts';
import { DEFAULT_SERIES } from '../../src/meetings/series.ts';

const ex = (e: Partial<MeetingException> & Pick<MeetingException, 'date' | 'kind'>): MeetingException => ({
  to: null,
  start: null,
  end: null,
  reason: null,
  holiday: false,
  revision: 1,
  ...e,
});

describe('planned meetings with per-date exceptions (pure)', () => {
  it('does not move a meeting off a holiday by itself: it stays, flagged, until the leaders decide', () => {
    const [dec] = meetingsBetween(DEFAULT_SERIES, [], '2026-12-01', '2026-12-31');
    expect(dec).toMatchObject({
      date: '2026-12-25',
      conflict: 'Første juledag',
      status: 'planned',
      kind: 'series',
      revision: 0,
    });
    const [mar] = meetingsBetween(DEFAULT_SERIES, [], '2027-03-01', '2027-03-31');
    expect(mar).toMatchObject({ date: '2027-03-26', conflict: 'Langfredag' });
  });

  it('flags julaften and nyttårsaften too', () => {
    expect(specialDay('2026-12-24')).toBe('julaften');
    expect(specialDay('2026-12-31')).toBe('nyttårsaften');
    expect(specialDay('2026-12-23')).toBeNull();
    const lastThursday = { ...DEFAULT_SERIES, rrule: 'FREQ=MONTHLY;BYDAY=-1TH' };
    expect(meetingsBetween(lastThursday, [], '2026-12-01', '2026-12-31')[0]).toMatchObject({
      date: '2026-12-31',
      conflict: 'nyttårsaften',
    });
  });

  it('suggests the working day before (not julaften) and a week earlier', () => {
    expect(holidaySuggestions('2026-12-25')).toEqual(['2026-12-23', '2026-12-18']);
    expect(holidaySuggestions('2027-03-26')).toEqual(['2027-03-24', '2027-03-19']);
  });

  it('applies a move (same meeting, new date and time), a cancellation and an extra meeting', () => {
    const exceptions = [
      ex({ date: '2027-01-29', kind: 'moved', to: '2027-01-22', start: '10:00', end: '14:00', revision: 2 }),
      ex({ date: '2027-02-26', kind: 'cancelled', reason: 'for få saker' }),
      ex({ date: '2027-02-12', kind: 'extra', start: '12:00', end: '14:00' }),
      ex({ date: '2026-12-25', kind: 'moved', to: '2026-12-23', holiday: true, reason: 'Første juledag' }),
    ];
    const all = meetingsBetween(DEFAULT_SERIES, exceptions, '2026-12-01', '2027-03-31');
    expect(all.map((m) => [m.date, m.status, m.kind])).toEqual([
      ['2026-12-23', 'planned', 'moved'],
      ['2027-01-22', 'planned', 'moved'],
      ['2027-02-12', 'planned', 'extra'],
      ['2027-02-26', 'cancelled', 'series'],
      ['2027-03-26', 'planned', 'series'],
    ]);
    const jan = all[1]!;
    expect(jan).toMatchObject({ uidDate: '2027-01-29', revision: 2, conflict: null });
    expect(jan.start.toISOString()).toBe('2027-01-22T09:00:00.000Z');
    expect(jan.end.toISOString()).toBe('2027-01-22T13:00:00.000Z');
    expect(all[0]!.moved).toEqual({ from: '2026-12-25', holiday: 'Første juledag' });
    const next = upcomingFrom(DEFAULT_SERIES, exceptions, new Date('2027-01-25T08:00:00Z'), 3);
    expect(next.map((o) => o.date)).toEqual(['2027-02-12', '2027-03-26', '2027-04-30']);
  });

  it('keeps a holiday date when the leaders chose to, and skips holidays when the series says so', () => {
    expect(
      meetingsBetween(
        DEFAULT_SERIES,
        [ex({ date: '2026-12-25', kind: 'kept', holiday: true })],
        '2026-12-01',
        '2026-12-31',
      )[0],
    ).toMatchObject({ date: '2026-12-25', conflict: null });
    expect(meetingsBetween({ ...DEFAULT_SERIES, holidayPolicy: 'skip' }, [], '2026-12-01', '2026-12-31')).toEqual([]);
  });

  it('a meeting moved from outside the window into it is found, and one moved out is gone', () => {
    const exceptions = [ex({ date: '2027-01-29', kind: 'moved', to: '2026-12-18' })];
    expect(meetingsBetween(DEFAULT_SERIES, exceptions, '2026-12-10', '2026-12-20').map((m) => m.uidDate)).toEqual([
      '2027-01-29',
    ]);
    expect(meetingsBetween(DEFAULT_SERIES, exceptions, '2027-01-20', '2027-01-31')).toEqual([]);
  });
});

describe('how leaders write a move (pure)', async () => {
  const { splitMove, splitTime } = await import('../../src/meetings/calendar-feature.ts');
  it.each([
    ['22.01 kl. 10:00–14:00', '22.01', { start: '10:00', end: '14:00' }],
    ['22.01 kl 10-14', '22.01', { start: '10:00', end: '14:00' }],
    ['22. januar kl. 10', '22. januar', { start: '10:00', end: null }],
    ['22.01.2027 10.00 - 14.30', '22.01.2027', { start: '10:00', end: '14:30' }],
    ['fredag 22. januar', 'fredag 22. januar', null],
    ['2027-01-22', '2027-01-22', null],
  ])('%s', (input, rest, time) => {
    expect(splitTime(input)).toEqual({ rest, time });
  });
  it('refuses a time that ends before it starts', () => {
    expect(splitTime('22.01 kl. 14-10')).toHaveProperty('error');
  });
  it('splits from and to, with or without «fra»', () => {
    expect(splitMove('24.12 til 18.12')).toEqual({ from: '24.12', to: '18.12' });
    expect(splitMove('fra 24. desember til 18. desember kl. 10-14')).toEqual({
      from: '24. desember',
      to: '18. desember kl. 10-14',
    });
    expect(splitMove('24.12')).toBeNull();
  });
});
