import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChildMention, findChildNames } from '../../src/privacy/child-mention.ts';
import { GIVEN_NAMES } from '../../src/privacy/given-names.ts';
import { redactText } from '../../src/privacy/redact.ts';

// Session 11, P1 item 1: a child named in small letters right after its age, with no closing mark,
// read as a child's name when the word is a common given name; any other word after an age is the
// sentence going on.

const NAMED: [string, string][] = [
  ['jenta på 7 år, sara har flyttet', 'sara'],
  ['gutten (9) jonas bor nå hos besteforeldre', 'jonas'],
  ['gutten (9 år) jonas bor nå hos besteforeldre', 'jonas'],
  ['gutten [9] jonas bor nå hos besteforeldre', 'jonas'],
  ['8 år gamle emma skal flytte', 'emma'],
  ['åtte år gamle emma skal flytte', 'emma'],
  ['vi drøftet 14-åringen jonas i går', 'jonas'],
  ['eleven på 12 år, ali er flyttet', 'ali'],
  ['jenta på 7 år sara har flyttet', 'sara'],
  ['gutten er 9 år, mohammed bor hos mor', 'mohammed'],
  ['datteren (3) ingrid er i barnehage', 'ingrid'],
  // The capitalised forms the same way.
  ['gutten (9) Jonas bor nå hos besteforeldre', 'Jonas'],
  ['jenta på 7 år, Sara har flyttet', 'Sara'],
  ['8 år gamle Emma skal flytte', 'Emma'],
];

const ORDINARY = [
  'prosjektet på 3 år, med oppstart i mars',
  'barnevernet i 12 år har vi jobbet med dette',
  'ungdom over 16 år får tilbud',
  'jenta på 7 år, som har flyttet, får ny skole',
  'gutten (9) bor nå hos besteforeldre',
  'gutten (9) har flyttet til Hurdal',
  'jenta på 7 år har flyttet',
  '8 år gamle regler må endres',
  '8 år gamle saker er avsluttet',
  'barna på 7 år, to jenter og en gutt, har flyttet',
  'eleven på 12 år, hun har flyttet',
  'gutten (9) og søsteren (11) bor hos mor',
  'tiltaket (3 år) emma-modellen er evaluert',
];

describe('a child named in small letters after its age (P1 item 1)', () => {
  it.each(NAMED)('%s is a child named', (text, name) => {
    expect(findChildMention(text)).toBe('age');
    const masked = redactText(text);
    expect(masked).not.toMatch(new RegExp(`\\b${name}\\b`, 'u'));
    expect(masked).toContain('[navn fjernet]');
  });

  it.each(ORDINARY)('%s is not', (text) => {
    expect(findChildMention(text)).toBeNull();
    expect(redactText(text)).toBe(text);
  });

  it('a given name and its surname are masked together; the sentence after stays', () => {
    const text = 'jenta på 7 år, sara Larsen har flyttet';
    const [hit] = findChildNames(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('sara Larsen');
    expect(redactText('gutten (9) jonas Berg bor hos mor')).toBe('gutten (9) [navn fjernet] bor hos mor');
    expect(redactText('jenta på 7 år, sara har flyttet')).toBe('jenta på 7 år, [navn fjernet] har flyttet');
  });

  it('every listed given name is read in the frame, and no listed name is a word the frames meet in prose', () => {
    for (const name of GIVEN_NAMES) expect(findChildMention(`jenta på 7 år, ${name} har flyttet`), name).toBe('age');
    for (const word of ['liv', 'sol', 'vår', 'mai', 'hans', 'per', 'august', 'som', 'har', 'og', 'med'])
      expect(GIVEN_NAMES.has(word), word).toBe(false);
  });

  it('any word that is not a given name after a child and its age passes', () => {
    const word = fc.stringMatching(/^[a-zæøå]{2,9}$/u).filter((w) => !GIVEN_NAMES.has(w));
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 17 }), (w, n) => {
        expect(findChildMention(`jenta på ${n} år ${w} flyttet`)).toBeNull();
        expect(findChildMention(`${n} år gamle ${w} flyttet`)).toBeNull();
        expect(findChildMention(`gutten (${n}) ${w} flyttet`)).toBeNull();
      }),
    );
  });
});
