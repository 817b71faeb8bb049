import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { nearStopWord, oneEdit, phrases } from '../../src/guidelines/analyzer.ts';
import { networkKindOf, questionType, refinedType, toBokmal } from '../../src/guidelines/question.ts';

// Classes of failure found on outside round 7 (studied, not blind). Every question here is written in the team's own
// words from the seeds; none is a round-7 question.
const g = loadKnowledgeBaseSync();

describe('a clause that points back at the context', () => {
  it('the network named in the clause is no subject of its own: "kan ledernettverket brukes til dette?" reads the context', () => {
    const a = g.answer(
      'vi vil samle lederne fra nabokommunene til faste samlinger. kan ledernettverket brukes til dette?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/arena|samlinger/);
  });
  it('"kan læringsnettverket brukes til det?" after context is read with the context (carrying on earlier work)', () => {
    const a = g.answer(
      'flere av kommunene har deltatt i Tjenestestøtteprogrammet og ønsker å fortsette det arbeidet. kan læringsnettverket brukes til det?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/føre videre/);
  });
  it('"et slikt nettverk" after a context that names a leaders\' network is that network', () => {
    const a = g.answer(
      'vi er fem barnevernsledere som vil møtes jevnlig i et eget forum for oss ledere. hva skal et slikt nettverk bidra med?',
    );
    expect(a.answer).toMatch(/lederrolle/);
  });
  it('"hva sier retningslinjene om det?" alone is never answered with the documents\' own description', () => {
    const a = g.answer('noen av oss vil bruke midlene på et julebord. hva sier retningslinjene om det?');
    expect(a.entryId === 'rf-dokumentets-formal').toBe(false);
    expect(a.answered).toBe(false);
  });
  it('a network "bare for lederne" in the context is a leaders\' network', () => {
    expect(networkKindOf('vi lager et nettverk med to nabokommuner bare for lederne')).toBe('leaders');
    expect(networkKindOf('et nettverk for kommunene')).toBeUndefined();
  });
});

describe('the type of question from the noun asked for', () => {
  it('a deadline noun after "hva er/var" asks for a time', () => {
    expect(questionType('hva er fristen for å sende rapporten')).toBe('when');
    expect(questionType('hva var søknadsfristen i fjor')).toBe('when');
    expect(questionType('hva er siste frist for å søke')).toBe('when');
    expect(questionType('hva er formålet med nettverket')).toBe('why');
    expect(questionType('hva er en styringsgruppe')).toBe('what');
  });
  it('a maximum or application amount asks for an amount; money left over does not', () => {
    expect(refinedType('hva er maksbeløpet vi kan få')).toBe('amount');
    expect(refinedType('hva er søknadsbeløpet for et prosjekt')).toBe('amount');
    expect(refinedType('hva gjør vi med restbeløpet')).not.toBe('amount');
  });
  it("a deadline for a year the documents do not cover is declined, not answered with another year's date", () => {
    const a = g.answer('hva var søknadsfristen i hordaland i 2021');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/det året/);
  });
  it('a computed deadline is never given for a year before every document', () => {
    expect(g.answer('hva var rapporteringsfristen i 2015').answered).toBe(false);
    // The documents' own years and later ones still get the computed date.
    expect(g.answer('når må rapporten for 2024-midlene være levert').answer).toMatch(/1\. mars 2025/);
  });
  it('a deadline the documents do not give is not answered with the date of another event', () => {
    const a = g.answer('hva er fristen for å be om å flytte ubrukte midler til neste år');
    expect(a.answered).toBe(false);
  });
});

describe('a time asked by a later year', () => {
  it('"får ledernettverket bruke tilskuddet i 2025" gets the leaders\' time limit, not what the money is for', () => {
    const a = g.answer('får ledernettverket bruke tilskuddet i 2025');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/31\.12\.2025/);
  });
  it('a past year is not matched to whatever text mentions it', () => {
    expect(g.answer('hvem var leder for nettverket i 2020').answered).toBe(false);
  });
});

describe("a computed rule answers only on the question's point", () => {
  it('the auditor limit does not take over a question on yearly reporting that only mentions an amount', () => {
    const a = g.answer(
      'prosjektet vårt varer i tre år og får 400 000 hvert år. må revisjonsuttalelsen leveres for hvert år?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/^400 000 kr er over grensen/);
    expect(a.answer).toMatch(/siste år/);
  });
  it('a figure asked against the auditor limit is still computed', () => {
    expect(g.answer('vi fikk 250 000 i tilskudd, må regnskapet attesteres av revisor').answer).toMatch(
      /250 000 kr er over/,
    );
  });
});

describe("everyday phrases for the documents' words", () => {
  it('reads staying out, paying for staff time, backing the application, the final say and recruiting', () => {
    expect(phrases('kan kommunen la være å delta')).toContain('frivillig deltakelse');
    expect(phrases('kan vi melde oss ut av nettverket')).toContain('frivillig deltakelse');
    expect(phrases('kan vi kjøpe fri en miljøterapeut')).toContain('frikjøp');
    expect(phrases('må alle si seg enige i søknaden')).toContain('står bak');
    expect(phrases('hvem har det siste ordet')).toContain('endelige vurderingen');
    expect(phrases('hvordan få flere tjenester med')).toContain('rekruttere');
    // Buying services is not staff time; "være med" stays taking part.
    expect(phrases('kan vi kjøpe veiledning')).not.toContain('frikjøp');
    expect(phrases('kan skolen være med')).toContain('deltakelse');
  });
  it('"ment å", "tenkt å" say no more than "skal"', () => {
    expect(phrases('hva er prosjektene ment å styrke')).not.toMatch(/ment/);
    const a = g.answer('hva er fosterhjemsprosjekter ment å oppnå for kommunene');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/fosterhjem/);
  });
  it('"siste frist for å søke" asks for the application deadline, not the last spending date', () => {
    const a = g.answer('når er siste frist for å søke stimuleringsmidler?');
    expect(a.answer).toMatch(/søknadsfrist/);
  });
  it('staying out of the network is answered with voluntary participation', () => {
    expect(g.answer('kan en kommune melde seg ut av læringsnettverket').answer).toMatch(/frivillig/);
  });
  it('paying a worker free for the project and everyone backing the application are answered', () => {
    expect(g.answer('kan vi kjøpe fri en miljøterapeut til prosjektarbeidet').answer).toMatch(/stillinger|frikjøp/);
    expect(g.answer('må alle deltakerne si seg enige i søknaden fra ledernettverket').answer).toMatch(
      /stiller seg bak/,
    );
  });
});

describe('words typed without æ, ø, å and short typos', () => {
  it('"aa" is "å"', () => {
    expect(toBokmal('er det lov aa delta')).toBe('er det lov å delta');
  });
  it('a four-letter unknown word one letter from a function word is that word; shorter words are left', () => {
    expect(['det', 'der']).toContain(nearStopWord('dert'));
    expect(nearStopWord('nav')).toBeUndefined();
    expect(nearStopWord('rbup')).toBeUndefined();
  });
  it('one edit: added, dropped, changed or swapped letters', () => {
    expect(oneEdit('dert', 'det')).toBe(true);
    expect(oneEdit('hva', 'hav')).toBe(true);
    expect(oneEdit('hva', 'hvem')).toBe(false);
    expect(oneEdit('og', 'og')).toBe(false);
  });
  it('a short place name typed without ø, and "aa" in a question, still find the answer', () => {
    expect(g.answer('hvor mange innbyggere har kommunene pa ovre romerike').answer).toMatch(/Ullensaker/);
    expect(g.answer('er det lov aa bruke noe av tilskuddet paa overhead').answer).toMatch(/5 prosent|5 %/);
  });
});

describe('a name the documents mention once in passing', () => {
  it("is no document's subject: other public support named by its giver is still the application rule", () => {
    const a = g.answer('Vi har søkt Helsedirektoratet om midler til samme tiltak. Må vi opplyse om det i søknaden?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/oppgis/);
  });
  it('a place name only one document uses still makes that document the subject', () => {
    const a = g.answer('hvem ga penger til veiledningsteamet på Romerike');
    expect(a.sources[0]?.title ?? '').toMatch(/Romerike|Lunner/);
  });
});
