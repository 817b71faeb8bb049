import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';

// Review 1, L6: children still getting past the input check in forms people write every day: a
// given name opening the sentence with the age right after it, a bare «(7)» followed by what the
// child did, and «jenta på 7, sara …» with the unit left out.

describe('children named in everyday forms (review 1, L6)', () => {
  it.each([
    'Emma (7) har flyttet',
    'emma (7) har flyttet',
    'Hun sa at Emma (7) har flyttet',
    'Sara, 7 år, har flyttet',
    'Sara (7 år) har flyttet',
    'Sara, sju år, bor hos mormor',
    'Jonas (9) trenger ny skoleplass',
    'jenta på 7, sara har flyttet',
    'jenta på 7, Sara har flyttet',
    'gutten på 9, jonas, har flyttet',
    'jenta som er 7 år, sara, har flyttet',
    'Jenta som er 7 år, Sara har flyttet',
  ])('«%s» is refused', (text) => {
    expect(findChildMention(text)).not.toBeNull();
    expect(guard(text).ok).toBe(false);
  });

  it.each([
    'Status (3) er lagt ut',
    'Oslo (15) deltok',
    'Tiltaket (3 år) avsluttes',
    'Møtet (2) utsettes',
    'Agenda (5) er vedtatt',
    'Punkt (4) har vi tatt',
    'Kari (45) tar saken',
    'Hansen, 15 år som leder, går av',
    'samtale med Emil (12)',
    'Nes (7) og Hurdal (3) deltok',
    'Prosjektet, 3 år, er over',
    'Sara har jobbet 7 år i tjenesten',
    'jenta på 7 og gutten på 9 har flyttet',
    'Fagdagen (3) er flyttet',
    'Sara (7 deltakere) har meldt seg på',
  ])('«%s» passes', (text) => {
    expect(findChildMention(text)).toBeNull();
    expect(guard(text)).toEqual({ ok: true });
  });
});
