import { describe, expect, it } from 'vitest';
import { parseItemTarget, parseTaskLine } from '../../src/meetings/entry-parser.ts';
import { closestListed, leadingListed, parseAttendance, splitNames } from '../../src/meetings/municipalities.ts';

const ola = { id: '29:ola', name: 'Ola Hansen', text: '@Ola Hansen' };
const list = ['Nes', 'Eidsvoll', 'Hurdal', 'Nordre Follo'];

describe('task lines', () => {
  it('reads a person, a municipality with a colon, and a due date', () => {
    expect(parseTaskLine('@Ola Hansen sende rapport innen 15.01', [ola], [])).toEqual({
      ok: true,
      owners: [{ kind: 'person', id: '29:ola', aadObjectId: undefined, name: 'Ola Hansen' }],
      text: 'sende rapport',
      due: '15.01',
    });
    expect(parseTaskLine('Nes: sjekke lokaler innen fredag', [], [])).toMatchObject({
      ok: true,
      owners: [{ kind: 'municipality', name: 'Nes' }],
      text: 'sjekke lokaler',
      due: 'fredag',
    });
  });

  it('with the list known, a listed name leads without a colon, in any case, and others are refused with the nearest name', () => {
    expect(parseTaskLine('Hurdal lage plan for fagdagen', [], list)).toMatchObject({
      ok: true,
      owners: [{ name: 'Hurdal' }],
      text: 'lage plan for fagdagen',
      due: null,
    });
    expect(parseTaskLine('nordre follo: bestille rom', [], list)).toMatchObject({
      ok: true,
      owners: [{ name: 'Nordre Follo' }],
      text: 'bestille rom',
    });
    expect(parseTaskLine('Nordre Follo bestille rom', [], list)).toMatchObject({
      ok: true,
      owners: [{ name: 'Nordre Follo' }],
      text: 'bestille rom',
    });
    expect(parseTaskLine('EIDSVOLL: lage plan', [], list)).toMatchObject({
      ok: true,
      owners: [{ name: 'Eidsvoll' }],
      text: 'lage plan',
    });
    expect(parseTaskLine('Oslo: lage plan', [], list)).toEqual({
      ok: false,
      error: 'not-listed',
      name: 'Oslo',
      suggestion: null,
    });
    expect(parseTaskLine('Eidsvol: lage plan', [], list)).toEqual({
      ok: false,
      error: 'not-listed',
      name: 'Eidsvol',
      suggestion: 'Eidsvoll',
    });
    expect(parseTaskLine('Eidsvol lage plan', [], list)).toEqual({
      ok: false,
      error: 'not-listed',
      name: 'Eidsvol',
      suggestion: 'Eidsvoll',
    });
    expect(parseTaskLine('lage plan', [], list)).toEqual({ ok: false, error: 'no-owner' });
    expect(parseTaskLine('Hurdal innen 12.12', [], list)).toEqual({ ok: false, error: 'empty' });
    // "innen" with no date after it is a date left out (the date parser then says so), not task text.
    expect(parseTaskLine('Hurdal lage plan innen', [], list)).toMatchObject({ ok: true, text: 'lage plan', due: '' });
    expect(parseTaskLine('Hurdal innen', [], list)).toEqual({ ok: false, error: 'empty' });
    expect(parseTaskLine('Hurdal sjekke innenlandske reiser innen 1.12', [], list)).toMatchObject({
      ok: true,
      text: 'sjekke innenlandske reiser',
      due: '1.12',
    });
  });
});

describe('municipality names', () => {
  it('splits on commas and "og", matches any case, and finds the nearest for a typo', () => {
    expect(splitNames('Nes, Eidsvoll og Hurdal, nes')).toEqual(['Nes', 'Eidsvoll', 'Hurdal']);
    expect(closestListed(list, 'Hurdl')).toBe('Hurdal');
    expect(closestListed(list, 'Oslo')).toBeNull();
    expect(leadingListed(list, 'Nesodden lager plan')).toBeNull();
  });

  it('til stede alle expands the list; a name not on it is refused', () => {
    expect(parseAttendance('alle', list)).toEqual({ ok: true, names: list });
    expect(parseAttendance('alle', [])).toEqual({ ok: false, error: 'no-list-for-all' });
    expect(parseAttendance('nes og hurdal', list)).toEqual({ ok: true, names: ['Nes', 'Hurdal'] });
    // One name off the list does not lose the others; only a line with none on it is refused.
    expect(parseAttendance('Nes, Oslo', list)).toEqual({
      ok: true,
      names: ['Nes'],
      unknown: [{ name: 'Oslo', suggestion: null }],
    });
    expect(parseAttendance('Oslo', list)).toEqual({ ok: false, error: 'not-listed', name: 'Oslo', suggestion: null });
    expect(parseAttendance('Nes, Oslo', [])).toEqual({ ok: true, names: ['Nes', 'Oslo'] });
    expect(parseAttendance(' ', list)).toEqual({ ok: false, error: 'empty' });
  });
});

describe('agenda steps', () => {
  it('reads neste, punkt 4 and punkt 4., and keeps what was typed when it is no number', () => {
    expect(parseItemTarget('')).toEqual({ ok: true, to: 'next' });
    expect(parseItemTarget(' 4 ')).toEqual({ ok: true, to: 4 });
    expect(parseItemTarget('4.')).toEqual({ ok: true, to: 4 });
    expect(parseItemTarget('uke')).toEqual({ ok: false, typed: 'uke' });
  });
});
