import { describe, expect, it } from 'vitest';
import { auditorLimit, computeAnswer, formatKr, overheadLimit } from '../../src/guidelines/computed.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { parseQuestion } from '../../src/guidelines/question.ts';

// Entry texts written here, so the rule is read from the text as it is from a knowledge entry.
const AUDIT =
  'Krav til attestasjon fra registrert eller statsautorisert revisor gjelder bare for beløp over kr. 200 000.';
const OVERHEAD = 'Midlene kan dekke overhead, men høyst 5 prosent av tilskuddet til prosjektet.';
const LEADERS =
  'Barnevernsledernettverk må bruke midlene innen utgangen av 2024, men midler som ikke er brukt i 2024 kan brukes innen 31.12.2025.';
const LEARNING =
  'Læringsnettverk må bruke midlene innen utgangen av 2024. De kan søke Statsforvalteren om overføring til 2025; da må midlene brukes innen 31.12.2025.';
const REPORT = 'Rapporten skal sendes til Statsforvalteren innen 1. mars året etter tilskuddsåret.';

const ask = (q: string, text: string, kind?: 'learning' | 'leaders') => computeAnswer(parseQuestion(q), text, kind);

describe('reading the rule from the entry text', () => {
  it('finds the auditor limit and the overhead ceiling', () => {
    expect(auditorLimit(AUDIT)).toBe(200_000);
    expect(auditorLimit('Revisor kreves for beløp over 200 000 kroner.')).toBe(200_000);
    expect(auditorLimit(OVERHEAD)).toBeUndefined();
    expect(overheadLimit(OVERHEAD)).toBe(5);
    expect(overheadLimit('Overhead: høyst 5 %.')).toBe(5);
    expect(formatKr(15000)).toBe('15 000 kr');
  });
});

describe('the auditor limit at its boundary: "over 200 000" does not include 200 000', () => {
  it.each([
    ['vi fikk 199 999 kr, trenger vi revisor', 'ikke over', 'gjelder ikke'],
    ['vi fikk 200 000, trenger vi revisor', 'ikke over', 'gjelder ikke'],
    ['vi fikk 200 001 kr trenger vi revisor', 'er over', 'gjelder.'],
    ['fikk 175k må regnskapet revideres', 'ikke over', 'gjelder ikke'],
    ['tilskudd på 1,2 mill trengs revisorattestasjon', 'er over', 'gjelder.'],
  ])('%s', (q, over, applies) => {
    const a = ask(q, AUDIT)!;
    expect(a).toContain(over);
    expect(a).toContain(applies);
    expect(a).toContain('200 000 kr');
  });

  it('exactly 200 000 says why: the limit is "over"', () => {
    expect(ask('200000 kr revisor?', AUDIT)).toMatch(/ikke over 200 000 kr \(kravet gjelder beløp over 200 000 kr\)/);
  });

  it('computes nothing without a figure, or when the entry states no limit', () => {
    expect(ask('trenger vi revisor', AUDIT)).toBeUndefined();
    expect(ask('vi fikk 250 000, trenger vi revisor', OVERHEAD)).toBeUndefined();
  });
});

describe('the overhead ceiling', () => {
  it('5 % of 300 000 kr is at most 15 000 kr', () => {
    expect(ask('hvor mye kan vi bruke på overhead når vi fikk 300 000', OVERHEAD)).toBe(
      '5 % av 300 000 kr er høyst 15 000 kr til overhead.',
    );
  });
  it('a percentage over or within the ceiling', () => {
    expect(ask('kan vi ta 8 % i overhead', OVERHEAD)).toBe('8 % er mer enn grensen på 5 %.');
    expect(ask('kan vi ta 3 prosent overhead', OVERHEAD)).toBe('3 % er innenfor grensen på 5 %.');
  });
});

describe('deadlines by year and network kind, and the reporting date', () => {
  it('2024 leader-network money may be used until 31.12.2025', () => {
    expect(ask('midler fra 2024 til ledernettverket, hvor lenge kan vi bruke dem', LEADERS)).toContain(
      'til og med 31.12.2025',
    );
  });
  it('2024 learning-network money: within 2024, or 2025 after an approved transfer', () => {
    const a = ask('pengene læringsnettverket fikk i 2024, når må de være brukt', LEARNING)!;
    expect(a).toContain('innen 31.12.2024');
    expect(a).toContain('31.12.2025');
  });
  it('never gives one kind the other kind’s deadline', () => {
    expect(
      ask('midler fra 2024 til ledernettverket, hvor lenge kan vi bruke dem', LEARNING, 'learning'),
    ).toBeUndefined();
  });
  it('the report for a year is due 1 March the year after', () => {
    expect(ask('rapport for midlene fra 2024, når skal den leveres', REPORT)).toBe(
      'Rapporten for midlene fra 2024 skal til Statsforvalteren innen 1. mars 2025.',
    );
  });
  it('a report and a year named, but findings asked, is no reporting date', () => {
    expect(ask('hva stod det i evalueringsrapporten fra 2024', REPORT)).toBeUndefined();
    expect(ask('hvem skrev rapporten i 2024', REPORT)).toBeUndefined();
    expect(ask('når må rapporten for 2024 være hos statsforvalteren', REPORT)).toContain('1. mars 2025');
    expect(ask('hva er fristen for rapporten for 2025', REPORT)).toContain('1. mars 2026');
  });
});

describe('computed answers through the answerer, citing the entry that states the rule', () => {
  const g = loadKnowledgeBaseSync();
  it.each([
    ['vi fikk 175k, trenger vi revisor', /175 000 kr er ikke over grensen på 200 000 kr/],
    ['vi fikk 200 001 kr trenger vi revisor', /200 001 kr er over grensen/],
    ['hvor mye kan vi bruke på overhead når vi fikk 300 000', /høyst 15 000 kr/],
  ])('%s', (q, expected) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
    expect(a.sources.length).toBeGreaterThan(0);
  });
});

describe('overhead named by what it covers', () => {
  it('rent and IT are overhead: 5 % of 450 000 kr is at most 22 500 kr', () => {
    expect(ask('hvor mye av 450k kan gå til husleie og it', OVERHEAD)).toBe(
      '5 % av 450 000 kr er høyst 22 500 kr til overhead.',
    );
  });
  it('a word with æøå after the key word still counts (revisorattestasjon, sluttrapporten)', () => {
    expect(ask('fikk 250 000, trengs revisorattestasjon', AUDIT)).toContain('er over');
    expect(ask('sluttrapporten for 2024, når skal den sendes', REPORT)).toContain('1. mars 2025');
  });
});

describe('overhead with a part and a whole', () => {
  it('computes the ceiling on the whole and holds the part against it, boundaries included', () => {
    expect(ask('kan vi bruke 20 000 av 350 000 på adm?', OVERHEAD)).toBe(
      'Nei: 20 000 kr er mer enn 5 % av 350 000 kr (17 500 kr).',
    );
    expect(ask('kan vi bruke 17 500 av 350 000 til overhead', OVERHEAD)).toBe(
      'Ja: 17 500 kr er innenfor 5 % av 350 000 kr (høyst 17 500 kr).',
    );
    expect(ask('kan vi bruke 17 501 av 350 000 til overhead', OVERHEAD)).toBe(
      'Nei: 17 501 kr er mer enn 5 % av 350 000 kr (17 500 kr).',
    );
    expect(ask('er 10k i husleie ok når vi fikk 300k', OVERHEAD)).toBe(
      'Ja: 10 000 kr er innenfor 5 % av 300 000 kr (høyst 15 000 kr).',
    );
    // The order the member writes them in does not matter: the whole is the larger.
    expect(ask('vi fikk 350 000, kan 20 000 gå til administrasjon', OVERHEAD)).toMatch(
      /^Nei: 20 000 kr er mer enn 5 % av 350 000 kr/,
    );
  });

  it('one amount still gets the ceiling on that amount', () => {
    expect(ask('hvor mye kan vi bruke på overhead når vi fikk 300 000', OVERHEAD)).toBe(
      '5 % av 300 000 kr er høyst 15 000 kr til overhead.',
    );
  });

  it('the whole knowledge base gives the verdict, not the ceiling of each figure', () => {
    const a = loadKnowledgeBaseSync().answer('kan vi bruke 20 000 av 350 000 på adm?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Nei: 20 000 kr er mer enn 5 % av 350 000 kr (17 500 kr).');
    expect(a.answer).not.toContain('5 % av 20 000');
  });
});
