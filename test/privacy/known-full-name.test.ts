import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';

// Review 1, H1: a network knows hundreds of adults, so almost every common first name is on its
// roster. Only a known adult's full name, written in full, is that adult; a lone first name is
// anybody's child, and a child word or an age under 18 beside a name wins over the roster.

const known = ['Sara Berg', 'Jonas Lie', 'Kari Nordmann', 'Emma Hansen', 'Nordmann, Ola', 'Hurdal', 'Nes', 'Sara'];

describe('a first name on the roster does not let a child through (review 1, H1)', () => {
  it.each([
    'Jenta på 7 år, Sara, har flyttet',
    'Jenta på 7 år, Sara har flyttet',
    'jenta på 7 år, sara, har flyttet',
    'gutten (9) jonas trenger ny skoleplass',
    'gutten (9 år) Jonas trenger ny skoleplass',
    '8 år gamle jonas bor i beredskapshjem',
    '8-åringen Jonas bor i beredskapshjem',
    'gutten på 9 år, Jonas, har flyttet',
    'gutten Jonas (9 år) bor hos mor',
    'familien til Sara har flyttet',
    'saken om Sara (8 år) er meldt',
    'Hun sa at Sara (8 år) har flyttet',
    'familien til Kari N. er informert',
    'Jenta (7 år) Nes har flyttet',
    'Jenta Sara har flyttet',
    'Gutten Jonas trenger ny skoleplass',
    'Sønnen Jonas bor hos far',
  ])('«%s» is refused though a member is called so', (text) => {
    expect(findChildMention(text, { known })).not.toBeNull();
    expect(guard(text, { known }).ok).toBe(false);
  });

  it.each([
    'jenta Kari Nordmann (7 år) har flyttet',
    'vi hørte at jenta Kari Nordmann har flyttet',
    'Jenta Kari Nordmann har flyttet',
    'Gutten Jonas Lie trenger ny skoleplass',
    'gutten Jonas Lie trenger ny skoleplass',
    'Kari Nordmann (7 år) har flyttet',
    'Kari Nordmann, 7 år, har flyttet',
    'familien til Kari Nordmann (8 år) har flyttet',
    'Sara Berg i 3. klasse har flyttet',
    'Sara Berg (f. 2019) har flyttet',
    'Barnet Kari Nordmann (7 år) har flyttet',
    'KARI NORDMANN (7 år) har flyttet',
    'jenta på 7 år, Sara Berg, har flyttet',
  ])('«%s»: a child word or an age under 18 wins over a full known name', (text) => {
    expect(findChildMention(text, { known })).not.toBeNull();
    expect(guard(text, { known }).ok).toBe(false);
  });

  it.each([
    'svar fra familien til Kari Nordmann',
    'svar fra familien til kari nordmann',
    'SVAR FRA FAMILIEN TIL KARI NORDMANN',
    'Kari Nordmann (45) tar saken',
    'Kari Nordmanns sak er ferdig',
    'mor til Sara Berg ringte',
    'saken om Jonas Lie er avsluttet',
    'familien til Ola Nordmann har svart',
    'saken om Hurdal (3 år) avsluttes',
  ])('«%s»: a known adult’s full name outside a child’s frame passes', (text) => {
    expect(findChildMention(text, { known })).toBeNull();
    expect(guard(text, { known })).toEqual({ ok: true });
  });

  it('the same lines without the roster are refused as before', () => {
    expect(guard('svar fra familien til Kari Nordmann').ok).toBe(false);
    expect(guard('mor til Sara Berg ringte').ok).toBe(false);
  });
});
