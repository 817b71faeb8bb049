import { describe, expect, it } from 'vitest';
import {
  askingClause,
  asksCurrentRule,
  extractFigures,
  isNegated,
  negatedWords,
  nynorskVariants,
  networkKindOf,
  parseQuestion,
  questionType,
  splitQuestion,
  toBokmal,
} from '../../src/guidelines/question.ts';

describe('extractFigures', () => {
  it.each([
    ['vi fikk 175 000, trenger vi revisor', 175_000],
    ['vi fikk 175000 trenger vi revisor', 175_000],
    ['vi fikk 175k trenger vi revisor', 175_000],
    ['vi fikk 175 k', 175_000],
    ['tilskudd på 1,2 mill', 1_200_000],
    ['2 millioner kroner', 2_000_000],
    ['kr 50 000,- er det for lite', 50_000],
    ['NOK 300 000', 300_000],
    ['200.000 kr', 200_000],
    ['250 tusen', 250_000],
  ])('%s → %d kr', (text, amount) => {
    const f = extractFigures(text);
    expect(f.amounts).toEqual([amount]);
    expect(f.rest).not.toMatch(/\d/);
  });

  it('percentages, years, dates and counts each go to their own list and out of the text', () => {
    const f = extractFigures('kan vi ta 8 % overhead av midlene fra 2024 før 31.12.2025 og 1. mars, vi er 4 kommuner');
    expect(f.percents).toEqual([8]);
    expect(f.years).toEqual([2025, 2024]);
    expect(f.dates).toEqual([
      { day: 31, month: 12, year: 2025 },
      { day: 1, month: 3, year: 0 },
    ]);
    expect(f.counts).toEqual([4]);
    expect(f.amounts).toEqual([]);
    expect(f.rest).toBe('kan vi ta overhead av midlene fra før og , vi er kommuner');
  });

  it('a year glued to a word ("2018-regelen") is a year, not an amount', () => {
    expect(extractFigures('gjelder 2018-regelen fortsatt').years).toEqual([2018]);
    expect(extractFigures('5 prosent').percents).toEqual([5]);
    expect(extractFigures('2,5 %').percents).toEqual([2.5]);
  });
});

describe('toBokmal', () => {
  it('maps nynorsk words to bokmål, whole words only', () => {
    expect(toBokmal('Kva kan vi søkje om, og korleis? Kven er leiar? Midlane vi ikkje har brukt')).toBe(
      'hva kan vi søke om, og hvordan? hvem er leder? midlene vi ikke har brukt',
    );
    expect(toBokmal('kvalitet')).toBe('kvalitet');
  });
});

describe('networkKindOf', () => {
  it.each([
    ['kan ledernettverket bruke midlene i 2025', 'leaders'],
    ['gjelder dette barnevernsledernettverk', 'leaders'],
    ['kven kan vere med i leiarnettverket', 'leaders'],
    ['frist for læringsnettverket', 'learning'],
    ['hva er forskjellen på læringsnettverk og ledernettverk', undefined],
    ['hva er overhead', undefined],
  ])('%s → %s', (text, kind) => expect(networkKindOf(toBokmal(text))).toBe(kind));
});

describe('questionType', () => {
  it.each([
    ['hvem fordeler midlene', 'who'],
    ['kven har ansvaret', 'who'],
    ['når er fristen', 'when'],
    ['hvor lenge kan vi bruke dem', 'when'],
    ['hvor mye kan gå til overhead', 'amount'],
    ['kor mykje kan gå til overhead', 'amount'],
    ['hvor mange kommuner må være med', 'count'],
    ['trenger vi revisor', 'yesno'],
    ['kan vi overføre midlene', 'yesno'],
    ['hvordan fordeles kostnadene', 'how'],
    ['hva er formålet', 'why'], // asks for the purpose: a reason, answered from the text that states it
    ['vi fikk 175k, trenger vi revisor', 'yesno'],
    ['hvilken ukedag møtes de', 'when'],
    ['hvilket tidspunkt passer', 'when'],
    ['hva er datoen for samlingen', 'when'],
    ['hvilken kommune er med', 'what'],
    // A place: a website, a document, an office (issue #12, answer type).
    ['hvor finner vi malen for prosjektplanen', 'where'],
    ['kvar ligg rapportane', 'where'],
    ['prosjektplanmalen, hvor?', 'where'],
    ['hvor skal søknaden sendes', 'where'],
    ['hvor kommer pengene fra', 'who'],
    ['hvor viktig er styringsgruppa', 'what'],
    ['hvor står det hva styringsgruppa skal gjøre', 'what'],
  ])('%s → %s', (text, type) => expect(questionType(text)).toBe(type));
});

describe('negation and old-versus-new', () => {
  it('tells a negated question from the plain one', () => {
    expect(isNegated('Hva kan midlene ikke brukes til?')).toBe(true);
    expect(isNegated('kva kan ikkje midlane brukast til')).toBe(true);
    expect(isNegated('alt unntatt lønn')).toBe(true);
    expect(isNegated('Hva kan midlene brukes til?')).toBe(false);
    expect(isNegated('er det ikke lenger krav om kompetansemiljø')).toBe(false);
  });

  it('sees a question about whether a rule still holds', () => {
    expect(asksCurrentRule('gjelder 2018-regelen fortsatt')).toBe(true);
    expect(asksCurrentRule('er fristen stadig den samme')).toBe(true);
    expect(asksCurrentRule('hva er gjeldende frist')).toBe(true);
    expect(asksCurrentRule('er det ikke lenger krav om det')).toBe(true);
    expect(asksCurrentRule('gjeld det framleis')).toBe(true);
    expect(asksCurrentRule('hva er regelen for overhead')).toBe(false);
  });
});

describe('splitQuestion and askingClause', () => {
  it('splits two questions joined by "og" + a question word, or by a question mark', () => {
    expect(splitQuestion('hva er fristen for rapportering og hvem skal vi sende den til')).toEqual([
      'hva er fristen for rapportering',
      'hvem skal vi sende den til',
    ]);
    expect(splitQuestion('Hva kan Bufetat bidra med? Hva gjør Statsforvalteren?')).toEqual([
      'hva kan bufetat bidra med',
      'hva gjør statsforvalteren',
    ]);
  });

  it('keeps one question whole, "og" inside it included', () => {
    expect(splitQuestion('hvordan deler kommunene utgiftene og inntektene')).toEqual([
      'hvordan deler kommunene utgiftene og inntektene',
    ]);
    expect(splitQuestion('trenger vi revisor?')).toEqual(['trenger vi revisor']);
  });

  it('finds the clause that asks after the context', () => {
    expect(askingClause('vi er tre kommuner på vestlandet og fikk 175k. trenger vi revisor')).toBe(
      'trenger vi revisor',
    );
    // "lurer på om …", "vil gjerne vite …": what follows the frame is the question.
    expect(askingClause('Vi er fire kommuner. Vi har en samling, og lurer på om maten kan dekkes?')).toBe(
      'maten kan dekkes',
    );
    expect(askingClause('Jeg vil gjerne vite hvem som fordeler midlene')).toBe('hvem som fordeler midlene');
    // The sentence that carries the "?" holds the question; a date's full stop ends no sentence.
    expect(askingClause('Vi fikk midler. Hvem fordeler dem? Takk for svar.')).toBe('hvem fordeler dem?');
    expect(askingClause('Vi er nye. Er fristen 1. mars?')).toBe('er fristen 1. mars?');
    expect(askingClause('Vi fikk 175k, trenger vi revisor?')).toBe('trenger vi revisor?');
    expect(askingClause('revisor')).toBe('revisor');
  });
});

describe('parseQuestion', () => {
  it('puts it all together', () => {
    const p = parseQuestion('Vi fekk 175k til leiarnettverket i 2024, treng vi revisor?');
    expect(p.amounts).toEqual([175_000]);
    expect(p.years).toEqual([2024]);
    expect(p.networkKind).toBe('leaders');
    expect(p.type).toBe('yesno');
    expect(p.rest).toBe('vi fikk til ledernettverket i , trenger vi revisor?');
  });
});

describe('negatedWords', () => {
  const stem = (w: string) => w.slice(0, 5);
  const stop = (w: string) => ['kan', 'er', 'til', 'som', 'de', 'hva'].includes(w);
  it('finds what a negation applies to, skipping fillers', () => {
    expect([...negatedWords('hva kan midlene ikke brukes til', stem, stop)]).toEqual(['bruke']);
    expect([...negatedWords('midler som ikke er brukt', stem, stop)]).toEqual(['brukt']);
    expect([...negatedWords('kva kan ikkje midlane brukast til', stem, stop)]).toEqual(['midle', 'bruke']);
  });
  it('"ikke lenger" and a question without negation negate nothing', () => {
    expect(negatedWords('er det ikke lenger krav', stem, stop).size).toBe(0);
    expect(negatedWords('hva kan midlene brukes til', stem, stop).size).toBe(0);
  });
});

describe('nynorskVariants', () => {
  it('offers the bokmål ending for a nynorsk one', () => {
    expect(nynorskVariants('pengane')).toContain('pengene');
    expect(nynorskVariants('søknadar')).toContain('søknader');
    expect(nynorskVariants('brukast')).toContain('brukes');
    expect(nynorskVariants('evalueringa')).toContain('evalueringen');
    expect(nynorskVariants('vanleg')).toContain('vanlig');
    expect(nynorskVariants('kva')).toEqual([]);
  });
});

describe('number words before a noun with æøå', () => {
  // JavaScript's \b counts only ASCII letters, so «år» after a space never stood as a whole word.
  it('reads «tre år» as a count of three', () => {
    expect(extractFigures('Kan vi bruke midlene over tre år?').counts).toContain(3);
  });
  it('reads a count before «ganger», and none without a counted noun', () => {
    expect(extractFigures('Kan vi søke tre ganger i året').counts).toContain(3);
    expect(extractFigures('Hvem er de tre i styringsgruppen').counts).not.toContain(3);
  });
});
