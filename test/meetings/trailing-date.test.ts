import { describe, expect, it } from 'vitest';
import { trailingDate } from '../../src/meetings/entry-parser.ts';
import { parseNorwegianDate } from '../../src/time/norwegian-date.ts';

// Monday 30 November 2026; the next meeting is 18 December.
const parse = (typed: string) =>
  parseNorwegianDate(typed, {
    now: new Date('2026-11-30T08:00:00Z'),
    timeZone: 'Europe/Oslo',
    nextMeeting: '2026-12-18',
  });
const read = (text: string) => {
  const r = trailingDate(text, parse);
  return r && { text: r.text, typed: r.typed, date: r.parsed.ok ? r.parsed.date : r.parsed.error };
};

describe('trailingDate', () => {
  it.each([
    ['lage presentasjon til mars 20.02', 'lage presentasjon til mars', '20.02', '2027-02-20'],
    ['ringe Bufetat fredag', 'ringe Bufetat', 'fredag', '2026-12-04'],
    ['ringe Bufetat på fredag.', 'ringe Bufetat', 'på fredag', '2026-12-04'],
    ['sende planen til 18. desember', 'sende planen', '18. desember', '2026-12-18'],
    ['ta det opp til neste møte', 'ta det opp', 'neste møte', '2026-12-18'],
    ['sende utkast før 10.12.2026', 'sende utkast', '10.12.2026', '2026-12-10'],
    ['lage plan om 2 uker', 'lage plan', 'om 2 uker', '2026-12-14'],
    [
      'sende referat til kommunedirektørene neste uke',
      'sende referat til kommunedirektørene',
      'neste uke',
      '2026-12-11',
    ],
    ['lage budsjett innen nyttår', 'lage budsjett', 'nyttår', '2026-12-31'],
  ])('%s', (line, text, typed, date) => {
    expect(read(line)).toEqual({ text, typed, date });
  });

  it('refuses a date-shaped ending that is no date', () => {
    expect(read('ringe Bufetat 31.02')?.date).toContain('finnes ikke');
  });

  it.each(['bestille lokaler for 10 dager', 'lage budsjett 2027', 'ringe Bufetat', 'fredag'])(
    'leaves «%s» without a date',
    (line) => {
      expect(read(line)).toBeNull();
    },
  );
});
