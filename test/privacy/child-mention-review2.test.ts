import { describe, expect, it } from 'vitest';
import { findChildMention, findChildNames } from '../../src/privacy/child-mention.ts';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';

// Review 2, items 1 and 6: the child-name detector refused and masked ordinary network text (years of
// service, a project's length, a body a case goes to, a method, a survey) and fired inside codes and links.

const ORDINARY = [
  'Kari Nordmann, 12 år i barnevernet, er ny leder',
  'info: Ny leder Kari Nordmann (10 år erfaring)',
  'Kommunalsjef Hansen, 15 år som leder',
  'Prosjekt Trygg Oppvekst (3 år)',
  'info: Prosjekt Trygg Oppvekst (3 år) er i rute',
  'Milepæl: Evaluering Trygg Oppvekst (12 mnd)',
  'Evaluering Trygg Oppvekst (12 mnd)',
  'Permisjon Kari Nordmann 6 mnd',
  'info: Statusmøte Lunner 2 uker',
  'Status Oslo (15)',
  'Vi sendte saken til Formannskapet',
  'vi sendte saken til Formannskapet i går',
  'Tiltaket med Familieråd fungerer',
  'info: tiltaket med Familieråd fungerer godt',
  'Undersøkelsen om Ungdata',
  'info: undersøkelsen om Ungdata kommer i mars',
  'Hva med Navs tiltak',
  'info: vi venter på Navs tiltak',
  'Kan vi bruke midlene på tiltaket med Familieråd?',
];

const CHILD = [
  'saken om Emma Larsen (8 år)',
  'info: Hurdal: saken om Emma Larsen (8 år) tar tid',
  'gutten Jonas i 3. klasse',
  'info: vi drøftet gutten Jonas i 3. klasse',
  '8-åringen Emma',
  'info: vi drøftet 8-åringen Emma',
  'jenta Sara (f. 2016)',
  'info: vi følger opp jenta Sara (f. 2016)',
  'vi har en sak der Emma, 8 år, skal flytte',
  'Hurdal melder at Sara er 15 år gammel',
  'mor til Leah ønsker samvær',
  'familien til Amina har flyttet',
];

describe('review 2: ordinary text passes the child-name detector', () => {
  it.each(ORDINARY)('%s is neither refused nor masked', (text) => {
    expect(findChildMention(text)).toBeNull();
    expect(guard(text)).toEqual({ ok: true });
    expect(redactText(text)).toBe(text);
  });

  it.each(CHILD)('%s is still refused and masked', (text) => {
    expect(findChildMention(text)).not.toBeNull();
    const g = guard(text);
    expect(g.ok).toBe(false);
    expect(redactText(text)).not.toBe(text);
  });

  it('a weak age sign is a child age with a word for a child near', () => {
    expect(findChildMention('samtale med Emil (12)')).toBeNull();
    expect(findChildMention('samtale med barnet, Emil (12), i dag')).toBe('age');
    expect(findChildMention('tiltak for Noah (6 mnd) vurderes')).toBeNull();
    expect(findChildMention('tiltak for babyen i saken, Noah (6 mnd), vurderes')).not.toBeNull();
    expect(findChildMention('info: Emma Larsen (8 år) tar mye tid')).toBe('age');
    expect(findChildMention('Emma Larsen, 8 år gammel, bor i beredskapshjem')).toBe('age');
  });
});

describe('review 2: never inside a code, a signature or a link', () => {
  const cases = [
    'https://bot.example/feed.ics?sig=U4v3Gf3umR1ds58uHHmQ6cygvPEcohZNU5Emma2Md5fhg',
    'sig=U4v3Gf3umR1ds58uHHmQ6cygvPEcohZNU5Emma2Md5fhg',
    'kode: ZNU5Emma2Md5 (8 år)',
    'kode ab_Emma_Larsen (8 år)',
    'se https://example.no/saken/om/Emma (8 år)',
    'www.example.no/Emma (8 år)',
  ];
  it.each(cases)('%s is left as it is', (text) => {
    expect(findChildNames(text)).toEqual([]);
    expect(redactText(text)).toBe(text);
  });

  it('a name standing on its own beside a link is still read', () => {
    expect(findChildMention('se https://example.no/x, saken om Emma (8 år)')).not.toBeNull();
    expect(findChildMention('jenta Emma\nhttps://example.no/?a=1')).toBe('child-word');
  });
});
