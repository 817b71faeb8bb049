import { describe, expect, it } from 'vitest';
import { DEFAULT_SERIES, describeSeries, nextOccurrences } from '../../src/meetings/series.ts';
import { parseSchedule } from '../../src/meetings/schedule-text.ts';
import { checkTimeBoxes, DEFAULT_AGENDA } from '../../src/meetings/standing-agenda.ts';

describe('meeting series', () => {
  it('is the last Friday of each month at 09:00 Oslo time, across daylight saving', () => {
    const next = nextOccurrences(DEFAULT_SERIES, new Date('2027-01-30T00:00:00Z'), 3);
    expect(next.map((o) => o.date)).toEqual(['2027-02-26', '2027-03-26', '2027-04-30']);
    // Winter time (UTC+1) in February and March, summer time (UTC+2) in April.
    expect(next[0]!.start.toISOString()).toBe('2027-02-26T08:00:00.000Z');
    expect(next[2]!.start.toISOString()).toBe('2027-04-30T07:00:00.000Z');
    expect(next[2]!.end.toISOString()).toBe('2027-04-30T13:30:00.000Z');
  });

  it('does not move 1. juledag 2026 to julaften unasked: the date stays, flagged for the leaders', () => {
    const [dec] = nextOccurrences(DEFAULT_SERIES, new Date('2026-12-01T00:00:00Z'), 1);
    expect(dec).toMatchObject({ date: '2026-12-25', moved: null, conflict: 'Første juledag' });
  });

  it('flags Langfredag 2027 instead of moving it', () => {
    const [mar] = nextOccurrences(DEFAULT_SERIES, new Date('2027-03-01T00:00:00Z'), 1);
    expect(mar).toMatchObject({ date: '2027-03-26', moved: null, conflict: 'Langfredag' });
  });

  it('skips holidays when the network chose to', () => {
    const next = nextOccurrences({ ...DEFAULT_SERIES, holidayPolicy: 'skip' }, new Date('2026-12-01T00:00:00Z'), 2);
    expect(next.map((o) => o.date)).toEqual(['2027-01-29', '2027-02-26']);
  });

  it('includes a meeting that is under way and drops one that has ended', () => {
    expect(nextOccurrences(DEFAULT_SERIES, new Date('2026-11-27T12:00:00Z'), 1)[0]!.date).toBe('2026-11-27');
    expect(nextOccurrences(DEFAULT_SERIES, new Date('2026-11-27T15:00:00Z'), 1)[0]!.date).toBe('2026-12-25');
  });
});

describe('schedule from plain Norwegian', () => {
  it.each([
    [
      'siste fredag i måneden 09:00-15:30',
      'FREQ=MONTHLY;BYDAY=-1FR',
      '09:00',
      '15:30',
      'siste fredag i måneden kl. 09:00–15:30',
    ],
    ['første tirsdag kl 12-14', 'FREQ=MONTHLY;BYDAY=1TU', '12:00', '14:00', 'første tirsdag i måneden kl. 12:00–14:00'],
    [
      'andre onsdag i måneden kl. 10–12',
      'FREQ=MONTHLY;BYDAY=2WE',
      '10:00',
      '12:00',
      'andre onsdag i måneden kl. 10:00–12:00',
    ],
    [
      'annenhver torsdag 13:00-15:00',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      '13:00',
      '15:00',
      'annenhver torsdag kl. 13:00–15:00',
    ],
  ])('%s', (input, rrule, start, end, description) => {
    const r = parseSchedule(input);
    expect(r).toMatchObject({ ok: true, series: { rrule, start, end }, description });
  });

  it('"hver 3. torsdag" is every third week, not every week', () => {
    expect(parseSchedule('hver 3. torsdag kl 13-15')).toMatchObject({
      ok: true,
      series: { rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TH' },
      description: 'hver tredje torsdag kl. 13:00–15:00',
    });
  });

  it('a time that cannot be read is refused, not replaced by the old one (a stranger typed «kl 25»)', () => {
    const previous = { rrule: 'FREQ=MONTHLY;BYDAY=-1FR', start: '09:00', end: '15:30', holidayPolicy: 'move' as const };
    const r = parseSchedule('hver 3. torsdag kl 25', previous);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain('«kl 25»');
    expect(parseSchedule('siste torsdag i måneden', previous)).toMatchObject({ ok: true, series: { start: '09:00' } });
  });

  it('says what is missing and shows an example', () => {
    const r = parseSchedule('en gang i blant');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.example).toContain('møteplan siste fredag');
    expect(parseSchedule('siste fredag 15-09')).toMatchObject({ ok: false });
  });

  it('describes the default series in words', () => {
    expect(describeSeries(DEFAULT_SERIES)).toBe('siste fredag i måneden kl. 09:00–15:30');
  });
});

describe('fixed agenda', () => {
  it('fits the default day and warns when time boxes exceed the meeting', () => {
    expect(DEFAULT_AGENDA).toHaveLength(9);
    expect(checkTimeBoxes(DEFAULT_AGENDA, 390)).toEqual([]);
    expect(checkTimeBoxes(DEFAULT_AGENDA, 120)[0]).toContain('4 t 40 min');
  });
});
