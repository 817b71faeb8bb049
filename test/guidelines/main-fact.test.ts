import { describe, expect, it } from 'vitest';
import { countedNear, Guidelines, potOnly } from '../../src/guidelines/guidelines.ts';
import { countedNoun, grantObject, parseQuestion } from '../../src/guidelines/question.ts';
import {
  DEFAULT_KNOWLEDGE_DIR,
  loadKnowledgeBaseSync,
  loadKnowledgeDir,
  type KnowledgeEntry,
} from '../../src/guidelines/index.ts';

// The asked-for kind of answer (a time, a count) must be the text's own point, not an aside in it.
// A made-up network beside the real knowledge base, so the words weigh as they do in use.
const real = loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR);
const src = { title: 'Notat om Granfjell-nettverket', section: 'Praktisk', year: 2024 };
const entry = (id: string, topic: string, questions: string[], answer: string): KnowledgeEntry => ({
  id,
  topic,
  questions,
  answer,
  source: src,
});
const membership = entry(
  'medlemskap',
  'Medlemskap i Granfjell-nettverket',
  ['Hvem er med i Granfjell-nettverket?', 'Hvilke kommuner deltar i Granfjell?'],
  'Fem kommuner deltar i Granfjell-nettverket. Gran kommune ble med 1. januar 2020, og alle kommunene har en kontaktperson.',
);
const meetings = entry(
  'moter',
  'Møter i Granfjell-nettverket',
  ['Når møtes Granfjell-nettverket?'],
  'Granfjell-nettverket møtes første tirsdag i hver måned.',
);
const applications = entry(
  'soknad',
  'Søknader i Granfjell-nettverket',
  ['Hvordan behandler Granfjell søknader?'],
  'Søknadene fra Granfjell-nettverket sendes samlet til statsforvalteren innen 1. mars, og fem kommuner skriver under.',
);

describe('counted noun', () => {
  it('is the noun after "hvor mange" or "antall", past fillers', () => {
    expect(countedNoun('hvor mange søknader kom inn i fjor')).toBe('søknader');
    expect(countedNoun('hva er maks antall deltakere på samlingen')).toBe('deltakere');
    expect(countedNoun('hvor mange flere kommuner kan bli med')).toBe('kommuner');
    expect(countedNoun('hvor mange kroner kan vi søke om')).toBeUndefined();
    expect(countedNoun('hva kan vi søke om')).toBeUndefined();
    // The noun left out: the ones counted come from a place, so they are people.
    expect(countedNoun('hvor mange fra hver tjeneste skal sitte i nettverket')).toBe('personer');
    expect(countedNoun('hvor mange per kommune pleier å møte')).toBe('personer');
    expect(countedNoun('hvor mange per år')).toBeUndefined();
    expect(parseQuestion('hva er maks antall deltakere').type).toBe('count');
  });

  it('needs a figure next to the noun, its compound or its "-tall" word', () => {
    expect(countedNear('Nettverket må omfatte minst to barneverntjenester.', 'tjenester')).toBe(true);
    expect(countedNear('Innbyggertallene som ble oppgitt: Gran 13 000, Lunner 9 144.', 'innbyggere')).toBe(true);
    expect(countedNear('Søknadene vurderes av statsforvalteren innen 1. mars.', 'søknader')).toBe(false);
    expect(countedNear('Fem kommuner deltar.', 'søknader')).toBe(false);
  });
});

describe('the asked-for fact is the answer’s own point', () => {
  it('a "when" question is not answered by an incidental date in an entry about something else', () => {
    const g = new Guidelines([...real, membership]);
    const a = g.answer('når møtes Granfjell-nettverket');
    expect(a.answered).toBe(false);
    // With the entry that is about meetings, that one answers.
    const both = new Guidelines([...real, membership, meetings]);
    const b = both.answer('når møtes Granfjell-nettverket');
    expect(b.answered).toBe(true);
    expect(b.entryId).toBe('moter');
  });

  it('a count the documents never state is declined, saying the figure is not given', () => {
    const g = new Guidelines([...real, membership, applications]);
    const a = g.answer('hvor mange søknader sendte Granfjell-nettverket');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/oppgir ikke noe tall for søknader/);
    expect(a.suggestions.length).toBeGreaterThan(0);
    // The count the entry does state is answered.
    expect(g.answer('hvor mange kommuner deltar i Granfjell-nettverket').answered).toBe(true);
  });
});

describe('amounts have roles', () => {
  it('a total to distribute is not what one application may ask for', () => {
    expect(potOnly('Statsforvalteren hadde 900 000 kr å fordele i år.')).toBe(true);
    expect(potOnly('Nettverkene fikk til sammen 2 mill.')).toBe(true);
    expect(potOnly('Et nettverk kan søke om 50 000–500 000 kr per søknad.')).toBe(false);
  });

  it('asked what one may apply for, the answer gives a per-application figure, never only the pot', () => {
    const g = loadKnowledgeBaseSync();
    for (const q of [
      'hvor mye kunne hver kommune i hordaland søke om',
      'hvor mye kan et prosjekt søke om i hordaland',
    ]) {
      const a = g.answer(q);
      if (a.answered) expect(a.answer, q).not.toMatch(/^[^.]*å fordele[^.]*\.\s*[^\d]*$/);
      if (a.answered) expect(a.answer, q).toMatch(/per søknad|ikke noe fast|beløpsgrense/);
    }
    // Asked for the pot, the pot answers.
    expect(g.answer('hvor mye var det til fordeling i hordaland').answer).toMatch(/650 000 kr å fordele/);
  });
});

describe('other years', () => {
  const g = loadKnowledgeBaseSync();
  it('who held a role in a past year the documents do not speak for is declined', () => {
    const a = g.answer('hvem var leder for nettverket i 2020');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/det året/);
  });
  it('a rule from before the oldest document is declined, the documents’ own years still answer', () => {
    expect(g.answer('hva var satsen for overhead i 2012').answered).toBe(false);
    expect(g.answer('hvor mye hadde fylkesmannen i hordaland å fordele i 2018').answered).toBe(true);
  });
});

describe('an old rule is matched to the current rule on the same subject', () => {
  const g = loadKnowledgeBaseSync();
  it('an old amount range asked about now gets the current rule on amounts, not a general entry', () => {
    const a = g.answer('før kunne et nettverk søke 60 000 til 400 000 kr, gjelder det fortsatt');
    expect(a.answered).toBe(true);
    expect(a.entryId).toBe('rf-soknadsbelop');
  });
  it('an old date asked about now gets the current rule that states a date', () => {
    const a = g.answer('i 2022 skulle rapporten inn 1. mars, er det sånn fortsatt');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars/);
  });
});

describe('an amount is money or a share', () => {
  it('a bare large number (inhabitants) does not answer how much money', () => {
    const people = entry(
      'folketall',
      'Kommunene i Granfjell-nettverket',
      ['Hvor store er kommunene i Granfjell?'],
      'Granfjell-nettverket har fem kommuner; den største har 41 565 innbyggere.',
    );
    const g = new Guidelines([...real, people]);
    expect(g.answer('hvor mye penger har Granfjell-nettverket fått').answered).toBe(false);
  });
});

describe('another grant scheme', () => {
  const g = loadKnowledgeBaseSync();
  it('reads what a grant is for or from', () => {
    expect(grantObject('hvor mye gir tilskuddet til rusarbeid')).toBe('rusarbeid');
    expect(grantObject('kan vi få midler fra en stiftelse')).toBe('stiftelse');
    expect(grantObject('hva kan vi bruke pengene på')).toBeUndefined();
  });
  it('a scheme the documents never name is declined, saying which grant they cover', () => {
    const a = g.answer('hvor mye kan vi få i tilskudd til kurs fra helsedirektoratet');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/ikke den tilskuddsordningen/);
  });
  it('the documents’ own grant, named by its purpose, is still answered', () => {
    expect(g.answer('hvor mye kan vi få i tilskudd til utviklingsprosjekter').answered).toBe(true);
  });
});
