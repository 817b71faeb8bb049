import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChildMention, type ChildReason } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';

// Month round 8, N2: a meeting line naming a child and its age went into the minutes, which go to
// every municipality. A name alone is ordinary (members, speakers); a name beside a sign of a child is not.

const NAMED: [string, ChildReason][] = [
  ['info: Hurdal: saken om Emma Larsen (8 år) tar mye tid i tjenesten.', 'age'],
  ['info: Emma Larsen (8 år) tar mye tid', 'age'],
  ['vi har en sak der Emma, 8 år, skal flytte', 'age'],
  ['oppfølging av Emil 12 år i fosterhjem', 'age'],
  ['samtale med barnet, Emil (12), i dag', 'age'],
  ['tiltak for babyen i saken, Noah (6 mnd), vurderes', 'age'],
  ['Hurdal melder at Sara er 15 år gammel og bor i beredskapshjem', 'age'],
  ['8-åringen Emma flytter til fosterhjem', 'age'],
  ['vi drøftet 14-åringen Jonas', 'age'],
  ['Hurdal: åtte år gamle Emma trenger tiltak', 'age'],
  ['vi snakket om gutten Emil i dag', 'child-word'],
  ['jenta Sofie har fått ny fosterfamilie', 'child-word'],
  ['barnet Lukas ble plassert i beredskapshjem', 'child-word'],
  ['eleven Maja har høyt fravær', 'child-word'],
  ['sønnen Oskar og datteren Ingrid bor hos mor', 'child-word'],
  ['ungdommen Mohammed trenger bolig', 'child-word'],
  ['Nes: saken om Ali tar tid', 'child-word'],
  ['familien til Amina har flyttet til Hurdal', 'child-word'],
  ['mor til Leah ønsker samvær', 'child-word'],
  ['Eidsvoll tar Emmas sak videre', 'child-word'],
  ['snakke med Olivers foreldre', 'child-word'],
  ['vi følger opp Nora, jenta som flyttet', 'child-word'],
  ['vi drøftet Emma (f. 2016) i møtet', 'birth'],
  ['vi drøftet Emma, født 12.03.2016, i møtet', 'birth'],
  ['vi følger opp Emma i 3. klasse', 'school-class'],
  ['vi følger opp Emma, som går i tredje klasse', 'school-class'],
  ['vi følger opp Filip (9. trinn)', 'school-class'],
];

const ADULTS_AND_SERVICES = [
  'info: Kari Nordmann presenterte status i prosjektet',
  'oppgave Ola tar oppgaven innen 15.12',
  'info: Kari (45 år) er ny leder i Hurdal',
  'Ola har jobbet 8 år i tjenesten',
  'info: Hurdal (2 905 innbyggere) og Nes (23 898) deltar',
  'Tiltaket (3 år) evalueres av RBUP',
  'info: Prosjektet (2 år) er i rute',
  'saken om Nes kommune ble drøftet',
  'oppgave @Ola Hansen følge opp søknaden innen 15.12',
  'Møtet med Bufetat (2 timer) var nyttig',
  'vedtak: Eidsvoll og Ullensaker deler kostnadene etter innbyggertall',
  'info: barn i fosterhjem i Hurdal får tilbud om veiledning',
  'info: 12 barn (6 år og eldre) venter på fosterhjem i Nes',
  'info: gutten i saken fra Nes har fått tiltak',
  'gjort: Statsforvalteren i Oslo og Viken godkjente rapporten 01.03.2027',
  'vedtak: Kari Nordmann og Per Olsen leder styringsgruppen i 2 år',
  'info: elever i 3. klasse ved Hurdal skole får tilbud',
  'info: Anne-Lise fra Bufdir holdt innlegg om barnevernsreformen',
  'frist 01.03 Rapportering til Statsforvalteren for 2026',
  'Kari Nordmann, født 1975, går av som leder', // a birth year of an adult, with a reference year
];

describe('findChildMention: a name beside a sign of a child', () => {
  for (const [line, reason] of NAMED)
    it(`${reason}: ${line}`, () => {
      expect(findChildMention(line, { year: 2026 })).toBe(reason);
      // Without a reference year (the guard has no clock) every case above still reads as a child.
      expect(findChildMention(line)).not.toBeNull();
    });

  it('reads names in mark-up as shown, and a mention as a member', () => {
    expect(findChildMention('<p>info: saken om <b>Emma</b> (8 år)</p>')).toBe('age');
    expect(findChildMention('oppgave <at>Emma Hansen</at> ring mor til Jonas')).toBe('child-word');
    expect(findChildMention('oppgave <at>Emma Hansen</at> (8 år) tar det')).toBeNull();
  });

  it('a birth year reads as a minor only when it is one, given the year', () => {
    expect(findChildMention('vi drøftet Emma (f. 2016)', { year: 2026 })).toBe('birth');
    expect(findChildMention('vi drøftet Emma (f. 2009)', { year: 2026 })).toBe('birth');
    expect(findChildMention('vi takket Kari (f. 1975)', { year: 2026 })).toBeNull();
    expect(findChildMention('vi takket Kari (f. 2007)', { year: 2026 })).toBeNull();
  });

  it('known members pass as adults', () => {
    expect(findChildMention('saken om Kari Nordmann', { known: ['Kari Nordmann'] })).toBeNull();
    expect(findChildMention('saken om Kari Nordmann')).toBe('child-word');
  });
});

describe('what the bot sends', () => {
  it('replaces each name of a child, keeps the rest and every adult’s name', () => {
    expect(redactText('Jeg forstod ikke «saken om Emma Larsen (8 år)». Kari Nordmann presenterte.')).toBe(
      'Jeg forstod ikke «saken om [navn fjernet] (8 år)». Kari Nordmann presenterte.',
    );
    expect(redactText('gutten Emil og jenta <b>Sara</b> i Hurdal')).toBe(
      'gutten [navn fjernet] og jenta <b>[navn fjernet]</b> i Hurdal',
    );
    // Without a clock a birth date beside a name counts whatever the year (see findChildMention's year).
    for (const line of ADULTS_AND_SERVICES.filter((l) => !l.includes('født'))) expect(redactText(line)).toBe(line);
  });
});

describe('ordinary meeting lines pass', () => {
  for (const line of ADULTS_AND_SERVICES) it(line, () => expect(findChildMention(line, { year: 2026 })).toBeNull());

  it('every line of the seed documents passes, one by one and whole (and the guard keeps them)', () => {
    const dir = join(import.meta.dirname, '../../../shared/seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    let lines = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(findChildMention(text), f).toBeNull();
      expect(findChildMention(text.replace(/\s+/g, ' ')), `${f} joined`).toBeNull();
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        lines++;
        expect(findChildMention(line), `${f}: ${line}`).toBeNull();
        expect(guard(line).ok, `${f}: ${line}`).toBe(true);
      }
    }
    expect(lines).toBeGreaterThan(500);
  });
});

describe('properties', () => {
  const lower = fc.constantFrom(
    'tjenesten',
    'fosterhjem',
    'veiledning',
    'i',
    'og',
    'om',
    'til',
    'for',
    'budsjett',
    'prosjektet',
    'møtet',
    'søknaden',
    'rapporten',
    'kommunene',
    'barn',
    'barna',
    'saken',
    'tiltak',
    'år',
    'med',
    'er',
    'på',
  );
  const adult = fc.constantFrom('Kari Nordmann', 'Ola', 'Per Olsen', 'Anne-Lise', 'Ingrid Berg');
  const number = fc.integer({ min: 0, max: 3000 }).map(String);
  const place = fc.constantFrom('i Hurdal', 'fra Nes', 'Eidsvoll kommune', 'ved Bufetat', 'Statsforvalteren');
  const word = fc.oneof(
    { weight: 6, arbitrary: lower },
    { weight: 1, arbitrary: number },
    { weight: 1, arbitrary: place },
  );
  const prose = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

  it('prose of ordinary words, figures and places, with adults named in it, never reads as naming a child', () => {
    fc.assert(
      fc.property(
        prose,
        adult,
        prose,
        fc.constantFrom('presenterte', 'tar oppgaven', '(45 år) er ny leder', 'og'),
        (a, name, b, verb) => {
          // «og» before the name: «barna Kari …» or «saken om Kari …» would name a child indeed.
          expect(findChildMention(`${a} og ${name} ${verb} ${b}`)).toBeNull();
        },
      ),
    );
  });

  it('the same prose with a child named in it always does', () => {
    const child = fc
      .tuple(fc.constantFrom('Emma', 'Emil Larsen', 'Sara'), fc.integer({ min: 0, max: 17 }))
      .map(([name, age]) =>
        fc.constantFrom(
          `${name} (${age} år)`,
          `gutten ${name}`,
          `saken om ${name}`,
          `${name} i ${Math.max(1, age % 10)}. klasse`,
        ),
      );
    fc.assert(
      fc.property(
        prose,
        child.chain((c) => c),
        prose,
        (a, c, b) => {
          // «og» before it: «i Sara (8 år)» reads as a place, as «i Hurdal» does.
          expect(findChildMention(`${a} og ${c} ${b}`)).not.toBeNull();
        },
      ),
    );
  });
});
