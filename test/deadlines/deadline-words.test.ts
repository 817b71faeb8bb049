import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  dateMistake,
  guessKind,
  leadingDateError,
  parseOffsets,
  readFormDate,
  readYearly,
  splitDateAndTitle,
  statsforvalterName,
} from '../../src/deadlines/deadline-words.ts';
import { parseNorwegianDate } from '../../src/time/norwegian-date.ts';

// The deadlines feature's parsers on their own; the e2e tests cover them through «frist» and the cards.

const now = new Date('2026-11-30T10:00:00Z');
const tz = 'Europe/Oslo';

describe('guessKind', () => {
  it('reads the kind from the words people use in a title', () => {
    expect(guessKind('Rapportering til Bufdir')).toBe('rapportering');
    expect(guessKind('Søknad om midler')).toBe('søknad');
    expect(guessKind('Søke om tilskudd')).toBe('søknad');
    expect(guessKind('Bruk av midler innen')).toBe('bruk av midler');
    expect(guessKind('Overføring av ubrukte midler')).toBe('overføring');
    expect(guessKind('Revidere retningslinjene')).toBe('revisjon');
  });
  it('calls anything else the network’s own', () => {
    expect(guessKind('Julebord')).toBe('egen');
  });
});

describe('splitDateAndTitle', () => {
  it('takes the longest leading date, in the forms people write', () => {
    expect(splitDateAndTitle('30. desember Søknad om midler', now, tz)).toEqual({
      date: '2026-12-30',
      title: 'Søknad om midler',
    });
    expect(splitDateAndTitle('30.12 Søknad', now, tz)).toEqual({ date: '2026-12-30', title: 'Søknad' });
    expect(splitDateAndTitle('  30.12.2027   Rapport  ', now, tz)).toEqual({ date: '2027-12-30', title: 'Rapport' });
  });
  it('gives an empty title when only a date was typed, and null without a date', () => {
    expect(splitDateAndTitle('30.12', now, tz)).toEqual({ date: '2026-12-30', title: '' });
    expect(splitDateAndTitle('Søknad om midler', now, tz)).toBeNull();
  });
});

describe('leadingDateError and dateMistake', () => {
  it('names a day that is not in the calendar', () => {
    expect(leadingDateError('31.02 Søknad', now, tz)).toMatch(/finnes ikke/);
    expect(leadingDateError('31. april Søknad', now, tz)).toMatch(/finnes ikke/);
  });
  it('says nothing when the text does not start like a date', () => {
    expect(leadingDateError('Søknad 31.02', now, tz)).toBeNull();
    expect(leadingDateError('5 stk søknader', now, tz)).toBeNull();
  });
  it('is null for a date that parsed, and for text not read as a date at all', () => {
    expect(dateMistake(parseNorwegianDate('30.12', { now, timeZone: tz }))).toBeNull();
    expect(dateMistake({ ok: false, error: 'Jeg forstod ikke datoen', example: '' })).toBeNull();
    expect(dateMistake({ ok: false, error: 'Datoen har vært', example: '' })).toBe('Datoen har vært');
  });
});

describe('readYearly', () => {
  it('drops «hvert år» from the title and says it was there', () => {
    expect(readYearly('Rapport hvert år til Bufdir')).toEqual({ title: 'Rapport til Bufdir', yearly: true });
    expect(readYearly('Rapport Hvert år')).toEqual({ title: 'Rapport', yearly: true });
    expect(readYearly('Rapport')).toEqual({ title: 'Rapport', yearly: false });
  });
  it('reads «årlig» too: a word boundary next to «å» is Unicode-aware (JS \\b is ASCII only)', () => {
    expect(readYearly('Årlig rapport til Bufdir')).toEqual({ title: 'Rapport til Bufdir', yearly: true });
    expect(readYearly('Rapport årlig')).toEqual({ title: 'Rapport', yearly: true });
    expect(readYearly('Rapport (årlig) til Bufdir').yearly).toBe(true);
    // Inside another word it is no yearly mark.
    expect(readYearly('Halvårlig rapport')).toEqual({ title: 'Halvårlig rapport', yearly: false });
    expect(readYearly('Rapport hvert året')).toEqual({ title: 'Rapport hvert året', yearly: false });
    expect(readYearly('Rapport årligvis')).toEqual({ title: 'Rapport årligvis', yearly: false });
  });
  it('keeps a title to 200 characters', () => {
    expect(readYearly('x'.repeat(300)).title).toHaveLength(200);
  });
});

describe('parseOffsets', () => {
  it('reads days before, with commas or spaces, largest first and each once', () => {
    expect(parseOffsets('1, 30 14,14 0')).toEqual([30, 14, 1, 0]);
  });
  it('refuses nothing, a word, a fraction, a negative or more than a year', () => {
    for (const bad of ['', 'tretti', '1.5', '-1', '366', '7 x']) expect(parseOffsets(bad)).toBeNull();
  });
});

describe('checklistItems', () => {
  it('takes one item a line, without bullets or empty lines, at most 30', () => {
    expect(checklistItems('- Budsjett\r\n• Vedlegg\n\n☐ Signatur\n* Send')).toEqual([
      'Budsjett',
      'Vedlegg',
      'Signatur',
      'Send',
    ]);
    expect(checklistItems(Array.from({ length: 40 }, (_, i) => `punkt ${i}`).join('\n'))).toHaveLength(30);
  });
});

describe('statsforvalterName', () => {
  it('puts «Statsforvalteren i» before a place, and keeps a full name as typed', () => {
    expect(statsforvalterName('Oslo og Viken')).toBe('Statsforvalteren i Oslo og Viken');
    expect(statsforvalterName('Statsforvalteren i Innlandet')).toBe('Statsforvalteren i Innlandet');
    expect(statsforvalterName('fylkesmannen i Viken')).toBe('fylkesmannen i Viken');
  });
});

describe('readFormDate', () => {
  it('takes the date picker’s ISO date as it is, and dates as people write them', () => {
    expect(readFormDate('2027-01-15', now, tz)).toEqual({ ok: true, date: '2027-01-15' });
    expect(readFormDate('15.1.2027', now, tz)).toEqual({ ok: true, date: '2027-01-15' });
  });
  it('says what was wrong: a day not in the calendar, or no date at all', () => {
    const missing = readFormDate('31.02', now, tz);
    expect(missing.ok === false && missing.error).toMatch(/finnes ikke/);
    const none = readFormDate('snart', now, tz);
    expect(none.ok === false && none.error).toContain('snart');
    expect(readFormDate('', now, tz).ok).toBe(false);
  });
});
