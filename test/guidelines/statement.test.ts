import { describe, expect, it } from 'vitest';
import { figuresIn, readStatement } from '../../src/guidelines/statement.ts';
import { TWO_TO_TEN } from '../../src/time/number-words.ts';

// Facts told first, the question after (month s15 #5): what the recogniser takes as a statement and what it leaves.
describe('readStatement', () => {
  it.each([
    [
      'Hei! Vi er 6 kommuner i et læringsnettverk og fikk 400 000 kr i år.',
      { kind: 'læringsnettverk', municipalities: 6 },
    ],
    ['vi er 6 kommuner og fikk 400 000 kr i tilskudd i år', { municipalities: 6 }],
    ['Me er eit læringsnettverk med fem kommunar og fekk 350 000 kroner i 2026', { municipalities: 5, year: 2026 }],
    ['Vi fekk 250.000 i fjor', {}],
    ['Nettverket vårt søkte om 1,2 mill. kr', {}],
    ['Vi er et ledernettverk', { kind: 'ledernettverk' }],
    ['Vi har brukt 5 % til overhead', { percent: 5 }],
  ])('takes «%s»', (text, expected) => {
    const read = readStatement(text);
    expect(read).not.toBeNull();
    expect(read!.facts).toMatchObject(expected);
    expect(read!.statement).toMatch(/^[A-ZÆØÅ].*\.$/u);
  });

  it('reads the amount, and whether it was granted or applied for', () => {
    expect(readStatement('Hei! Vi er 6 kommuner og fikk 400 000 kr i år.')!.facts.amount).toEqual({
      kroner: 400_000,
      granted: true,
      applied: false,
    });
    expect(readStatement('Vi søkte om 1,2 mill. kr')!.facts.amount).toEqual({
      kroner: 1_200_000,
      granted: false,
      applied: true,
    });
  });

  it('drops the greeting and ends the statement with a full stop, ready to go before a question', () => {
    expect(readStatement('Hei! Vi er 6 kommuner i et læringsnettverk og fikk 400 000 kr i år!')?.statement).toBe(
      'Vi er 6 kommuner i et læringsnettverk og fikk 400 000 kr i år.',
    );
  });

  it.each([
    // Questions, with their context in the same message (those are answered as they stand).
    'vi er 6 kommuner og fikk 400 000 i år. Må regnskapet revisorattesteres, og hvor mye kan gå til overhead?',
    'vi er 6 kommuner og fikk 400 000 i år. Må regnskapet revisorattesteres',
    'vi fikk 400 000 kr, hvor mye kan gå til overhead',
    'vi fikk 400 000 kr, må vi ha revisor',
    'Vi er 6 kommuner og lurer på om vi må ha revisor',
    'Har vi 400 000 kr igjen',
    'Må vi ha revisor?',
    // A bid, not a statement.
    'Vi fikk 400 000 kr. Fortell meg reglene',
    // Greetings only, and we-talk without figures.
    'Hei!',
    'God morgen',
    'vi er enige',
    'Vi har ikke fått svar fra Statsforvalteren ennå',
    // Commands and meeting lines.
    'kommuner Ullensaker, Eidsvoll, Nes',
    'frist 15. januar Søknad om stimuleringsmidler 2027',
    'oppgave @Ola Hansen sender søknaden innen 15.01.2027',
    'vedtak: Søknaden sendes innen 15. januar',
    'Vi vedtok at Nannestad blir vertskommune',
    'Til stede: Ullensaker, Eidsvoll, Nes og Hurdal',
    'info: Vi er 6 kommuner og fikk 400 000 i år',
  ])('leaves «%s»', (text) => {
    expect(readStatement(text)).toBeNull();
  });
});

describe('figuresIn', () => {
  it('finds the figures a question carries of its own, and none in a plain one', () => {
    expect(figuresIn('Må vi ha revisor?')).toEqual({});
    expect(figuresIn('Hvor mye kan gå til overhead?')).toEqual({});
    expect(figuresIn('Må vi ha revisor for 150 000 kr?').amount?.kroner).toBe(150_000);
    expect(figuresIn('Gjelder det for læringsnettverk?').kind).toBe('læringsnettverk');
    expect(figuresIn('Hva er fristen for 2027?')).toEqual({ year: 2027 });
  });
});

// Review s16 #5: a question asked indirectly, with no «?», is a question: kept as facts, the member got
// «Notert …» and no answer, and the whole line went before their next question.
describe('an indirect question without a question mark', () => {
  it.each([
    'Vi fikk 400 000 kr og vil vite om vi trenger revisor',
    'Vi er fem kommuner og ønsker å vite hvor mye som kan gå til overhead',
    'Vi fikk 250 000 kr i år, lurer på hva som gjelder for rapporten',
    'Me fekk 300 000 kroner og lurer på kva me må rapportere',
    'Vi har 90 000 kr igjen og vil gjerne høre om vi kan overføre dem',
    'Vi fikk 200 000 kr i 2026 og trenger å vite når rapporten skal leveres',
  ])('is no statement: «%s»', (text) => {
    expect(readStatement(text)).toBeNull();
  });
});

// Review s16 #10: the question openers and number words come from their one list, so a word there is
// read here too.
describe('the shared word lists', () => {
  it.each([
    'Vi er fem kommuner og hvilke regler gjelder for oss',
    'Vi fikk 300 000 kr, finnes det en mal for rapporten',
    'Vi fikk 300 000 kr, stemmer det at revisor må attestere',
  ])('a question opener after a comma or «og» asks: «%s»', (text) => {
    expect(readStatement(text)).toBeNull();
  });

  it('reads every number word in the shared table as a count of municipalities', () => {
    for (const [word, n] of Object.entries(TWO_TO_TEN))
      expect(readStatement(`Vi er ${word} kommuner i nettverket`)?.facts.municipalities).toBe(n);
  });
});
