import { describe, expect, it } from 'vitest';
import { findChildMention, findChildNames } from '../../src/privacy/child-mention.ts';
import { redactText } from '../../src/privacy/redact.ts';

// Attack round 9, A1, as pure readings: what each form is refused for and which stretch the outgoing
// mask takes, and the ordinary lines around the new readings that must pass.

const CHILD: [string, string, string][] = [
  ['ＳＡＲＡ ＢＥＲＧ (９ år)', 'age', 'ＳＡＲＡ ＢＥＲＧ'],
  ['SARA BERG (9 ÅR)', 'age', 'SARA BERG'],
  ['𝐒𝐚𝐫𝐚 𝐁𝐞𝐫𝐠 (9 𝐚𝐚𝐫)', 'age', '𝐒𝐚𝐫𝐚 𝐁𝐞𝐫𝐠'],
  ['Sara Berg – 9 år', 'age', 'Sara Berg'],
  ['vi så Sara Berg — 9 år gammel — i går', 'age', 'Sara Berg'],
  ['Sara Berg (9)', 'age', 'Sara Berg'],
  ['Sara Berg i 4A', 'school-class', 'Sara Berg'],
  ['Sara Berg, 3b', 'school-class', 'Sara Berg'],
  ['Sara (9 år) i 4A', 'school-class', 'Sara'],
  ['Ｓａｒａ Ｂｅｒｇ ｉ ４Ａ', 'school-class', 'Ｓａｒａ Ｂｅｒｇ'],
  ['Jenta (8) i 3B ved Nes skole', 'school-class', 'Jenta (8) i 3B ved Nes skole'],
  ['info: gutten på 9 år går på Fjellskolen', 'school-class', 'gutten på 9 år går på Fjellskolen'],
  ['Emil Hansen – født 2017', 'birth', 'Emil Hansen'],
  ['Sara Berg, klasse 4A', 'school-class', 'Sara Berg'],
  ['vi drøftet Sara Berg i klasse 4 i går', 'school-class', 'Sara Berg'],
];

const ORDINARY = [
  'Status Oslo (15)',
  'STATUS OSLO (15)',
  'PROSJEKT TRYGG OPPVEKST (3 ÅR)',
  'Prosjekt Trygg Oppvekst – 3 år',
  'samtale med Emil (12)',
  'Kari Nordmann – 12 år i barnevernet',
  'Kari Nordmann, 12 år ved Nes skole',
  'Møte i rom 4A med Hurdal',
  'Sak 2026/4A er lukket',
  'Hurdal-4A er en kode',
  'Barn (6–12 år) i skolen trenger ro',
  'jenta på 7 år, som har fått plass, trives',
  'saken om barnet (8 år) ble drøftet',
  'NAV BUP (3 år)',
  'Møte med Sara Berg kl. 10 i morgen',
  'Sara Berg har klasse 4A i dag',
  'Vi møtes på Rådhuset ’kl. 10’ … og går gjennom budsjettet',
];

describe('round 9 A1: the forms read as a child', () => {
  it.each(CHILD)('%s is refused for %s and masked over %s', (text, reason, masked) => {
    expect(findChildMention(text)).toBe(reason);
    const names = findChildNames(text);
    expect(names.map((n) => text.slice(n.start, n.end))).toEqual([masked]);
    expect(redactText(text)).not.toContain(masked);
  });
});

describe('round 9 A1: ordinary lines around the new readings', () => {
  it.each(ORDINARY)('%s passes', (text) => {
    expect(findChildMention(text)).toBeNull();
    expect(redactText(text)).toBe(text);
  });
});
