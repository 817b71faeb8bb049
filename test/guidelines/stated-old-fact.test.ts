import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { parseQuestion } from '../../src/guidelines/question.ts';
import { computeAnswer } from '../../src/guidelines/computed.ts';
import { laterStart, statedOlder, statesOldFact } from '../../src/guidelines/stated-old-fact.ts';
import { splitOldRule } from '../../src/guidelines/supersession.ts';

// Issue #12: an older document's fact held up in the question and checked against the newer one, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('statesOldFact', () => {
  it('reads an earlier year beside a later document as a question about now', () => {
    expect(
      statesOldFact(
        parseQuestion(
          'I 2018 hadde styringsgruppa folk fra kompetansemiljøene. Hvem bør være med i den etter retningslinjene fra 2024?',
        ),
      ),
    ).toBe(true);
    expect(statesOldFact(parseQuestion('Taket var 500 000 den gang vi søkte i 2018 – er det fortsatt slik?'))).toBe(
      true,
    );
  });

  it('leaves a question about one past year, or two years compared without asking about now, alone', () => {
    expect(statesOldFact(parseQuestion('Hvem satt i styringsgruppa i Hordaland i 2018?'))).toBe(false);
    expect(statesOldFact(parseQuestion('Hvor mye fikk Hordaland i 2018?'))).toBe(false);
    expect(statesOldFact(parseQuestion('Hva er rapportfristen?'))).toBe(false);
  });
});

describe('a date the question states is never echoed as the current rule', () => {
  const entry = 'Rapporten til Statsforvalteren (frist 1. mars året etter) skal ha tre deler.';
  it('computes the reporting date when the question only asks for it', () => {
    expect(computeAnswer(parseQuestion('Når må rapporten for 2024 være inne?'), entry, 'learning')).toMatch(
      /1\. mars 2025/,
    );
  });

  it('does not compute it back from the question held up against the newer year', () => {
    const q = parseQuestion(
      'Da vi var på samling i 2021 skulle rapporten inn 1. mars – står den fristen fortsatt for 2024?',
    );
    expect(computeAnswer(q, entry, 'learning')).toBeUndefined();
  });
});

describe('a deadline the current guidelines leave to the grant letter', () => {
  const letter = 'Etter retningslinjene for 2026 står frist og krav i tilskuddsbrevet.';
  it('says so first, and that the date stated holds only if the letter says it', () => {
    const q = parseQuestion('Da vi var på samling i 2021 skulle rapporten inn 1. mars – står den fristen fortsatt?');
    expect(computeAnswer(q, letter, 'learning')).toBe(
      'Retningslinjene fra 2026 viser til tilskuddsbrevet for fristen, så 1. mars gjelder bare hvis tilskuddsbrevet sier det.',
    );
  });

  it('says nothing of it to a question that states no old date', () => {
    expect(computeAnswer(parseQuestion('Når skal rapporten inn?'), letter, 'learning')).toBeUndefined();
  });
});

describe('a point the text dates from a later year than the start asked about', () => {
  const text = 'Fra 2026 kan nettverkene også ta med skolehelsetjenesten i prosjektene. Det er frivillig.';
  it('answers no, and from which year', () => {
    const q = parseQuestion('Kunne nettverkene ta med skolehelsetjenesten i prosjektene allerede fra starten i 2019?');
    expect(laterStart(q, text, 2019)).toBe(2026);
    expect(computeAnswer(q, text, 'learning')).toBe('Nei, ikke i 2019: det gjelder først fra 2026.');
  });

  it('leaves a text dating another point, or a question not about the start, alone', () => {
    const other = parseQuestion('Kunne kommunene søke om penger til lønn allerede fra starten i 2019?');
    expect(laterStart(other, text, 2019)).toBeUndefined();
    const notStart = parseQuestion('Kunne nettverkene ta med skolehelsetjenesten i prosjektene i 2019?');
    expect(laterStart(notStart, text, 2019)).toBeUndefined();
  });
});

describe('answers lead with what the current document says', () => {
  it('does not confirm an old reporting date as the 2024 rule', () => {
    const a = g.answer(
      'Da vi var på samling i 2021 skulle rapporten inn 1. mars – står den fristen fortsatt for 2024?',
    );
    expect(a.answer).not.toMatch(/innen 1\. mars 2025/);
  });
});

describe('the old fact follows the current answer, labelled as old', () => {
  it('takes a candidate from the older year the question names, never one from another year', () => {
    const q = parseQuestion(
      'I 2018 hadde styringsgruppa folk fra kompetansemiljøene. Hvem bør være med i den etter retningslinjene fra 2024?',
    );
    const years = [2024, 2022, 2018];
    expect(statedOlder(years, q, 2024, 'Kommuneledelsen bør sitte der.', (y) => y)).toBe(2018);
    expect(statedOlder([2024, 2022], q, 2024, '', (y) => y)).toBeUndefined();
    expect(statedOlder(years, q, 2024, 'I 2018 var det annerledes.', (y) => y)).toBeUndefined();
    expect(statedOlder(years, parseQuestion('Hvem sitter i styringsgruppa?'), 2024, '', (y) => y)).toBeUndefined();
  });

  it('counts what a body «besto» of as how things were', () => {
    const split = splitOldRule(
      'Gruppa besto av kommunene og Fylkesmannen.',
      'Kommuneledelsen bør sitte i gruppa.',
      2024,
    );
    expect(split.changed).toHaveLength(1);
  });
});
