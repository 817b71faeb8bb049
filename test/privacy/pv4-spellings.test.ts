import { describe, expect, it } from 'vitest';
import { findChildMention, findChildNames } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';
import { privacyText } from '../../src/i18n/privacy.ts';

// Attack round 8b, A2: a child's name with an age got through in other spellings: all small or all
// capital letters, the age before the name, the surname as an initial, «år» in ASCII, other digits.

const CHILD: [string, string][] = [
  ['saken om emma larsen (8 år)', 'emma larsen'],
  ['info: saken om emma larsen (8 år) tar tid', 'emma larsen'],
  ['saken om EMMA LARSEN (8 ÅR)', 'EMMA LARSEN'],
  ['SAKEN OM EMMA LARSEN (8 ÅR) TAR TID', 'EMMA LARSEN'],
  ['vi drøftet gutten jonas (12 år) i går', 'jonas'],
  ['eleven ali hassan, 13 år, har flyttet', 'ali hassan'],
  ['jenta på 7 år, Sara, har fått plass', 'Sara'],
  ['info: jenta på 7 år, sara, har fått plass', 'sara'],
  ['gutten på 12 år, Ali Hassan, flytter', 'Ali Hassan'],
  ['Emma L. (8 år)', 'Emma L.'],
  ['info: vi drøftet Emma L. (8 år) i dag', 'Emma L.'],
  ['Emma Larsen (8 aar)', 'Emma Larsen'],
  ['Emma Larsen (8 ar)', 'Emma Larsen'],
  ['Emma Larsen (8 a)', 'Emma Larsen'],
  ['Emma Larsen (8 AAR)', 'Emma Larsen'],
  ['Emma Larsen (８ år)', 'Emma Larsen'],
  ['Emma Larsen (٨ år)', 'Emma Larsen'],
  ['saken om emma larsen (８ aar)', 'emma larsen'],
];

const ORDINARY = [
  'Kari Nordmann, 12 år i barnevernet',
  'Prosjekt Trygg Oppvekst (3 år)',
  'saken til Formannskapet',
  'tiltaket med Familieråd',
  'Status Oslo (15)',
  'saken om barnet (8 år) ble drøftet',
  'saken om en gutt (8 år) ble drøftet',
  'saken om et barn (8 år) ble drøftet',
  'saken om gutten (8 år) tar tid',
  'jenta på 7 år, som har fått plass, trives',
  'saken om ny plan (2 år) ble drøftet',
  'saken om to barn (8 og 10 år)',
  'PROSJEKT TRYGG OPPVEKST (3 ÅR)',
  'STATUS OSLO (15)',
  'Tiltaket varer i 3 aar',
  'Kari N. har jobbet her i 12 år',
  'Kari N. (12 år i tjenesten)',
  'info: prosjektet (８ år) er evaluert',
];

describe('A2: the spellings the attacker used', () => {
  for (const [text, name] of CHILD)
    it(`refuses ${text}`, () => {
      expect(findChildMention(text)).not.toBeNull();
      expect(guard(text).ok).toBe(false);
      const found = findChildNames(text).map((n) => text.slice(n.start, n.end));
      expect(found.join('|')).toContain(name);
    });
  for (const text of ORDINARY)
    it(`lets pass ${text}`, () => {
      expect(findChildMention(text)).toBeNull();
      expect(guard(text).ok).toBe(true);
    });
});

describe('N22 and N21: what the child refusal says', () => {
  it('says to delete the message, as the number refusal does, and never edit a field «in Teams»', () => {
    const m = privacyText.childRefused('age');
    expect(m).toContain('› Slett');
    expect(m).toMatch(/ser alle i samtalen/u);
    const f = privacyText.childRefusedField('age');
    expect(f).not.toContain('Teams');
    expect(f).not.toContain('Rediger');
  });
});

describe('N2: the note under a masked message', () => {
  it('speaks of a name as well as a number, since either may have been masked', async () => {
    const { playgroundText } = await import('../../src/i18n/playground.ts');
    const note = JSON.stringify(playgroundText);
    const m = /"maskedNote":"([^"]*)"/u.exec(note)?.[1] ?? '';
    expect(m).toMatch(/navn/u);
    expect(m).not.toMatch(/med nummeret synlig/u);
  });
});
