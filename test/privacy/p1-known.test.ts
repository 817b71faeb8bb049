import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';

// Session 11, P1 item 2: names of adults the network knows (members, leaders, municipalities) are not
// a child's name in a child's frame; a name known only in part, or not at all, still is.

const known = ['Kari Nordmann', 'Eva Berg', 'Ola Hansen', 'Anne-Lise Strand Olsen', 'Hurdal', 'Nes'];

describe('known adults in a child’s frame (P1 item 2)', () => {
  it.each([
    'svar fra familien til Kari Nordmann',
    'mor til Eva Berg ringte',
    'Kari Nordmann (45) tar saken',
    'Kari Nordmanns sak er ferdig',
    'saken om Hurdal (3 år) avsluttes',
    'familien til Anne-Lise Strand har svart',
    'familien til ola hansen (45 år) har svart',
  ])('%s passes', (text) => {
    expect(findChildMention(text, { known })).toBeNull();
    expect(guard(text, { known })).toEqual({ ok: true });
  });

  it.each([
    'svar fra familien til Eva Hansen',
    'familien til Amina har flyttet',
    'gutten Jonas (9 år) bor hos mor',
    'familien til Berg Kari har svart',
    'jenta på 7 år, sara har flyttet',
    // Review 1, H1: a first name alone, or with an initial, is not a known adult's full name.
    'svar fra familien til Kari',
    'familien til Kari N. er informert',
  ])('%s is still a child', (text) => {
    expect(findChildMention(text, { known })).not.toBeNull();
    expect(guard(text, { known }).ok).toBe(false);
  });

  it('without the known names the same lines are refused as before', () => {
    expect(guard('svar fra familien til Kari Nordmann').ok).toBe(false);
    expect(guard('saken om Hurdal (3 år) avsluttes').ok).toBe(false);
  });

  it('an identity number is refused whatever names are known', () => {
    expect(guard('Kari Nordmann 15038712486', { known }).ok).toBe(false);
  });
});
