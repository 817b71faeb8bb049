import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases, stem, withoutFillerHead } from '../../src/guidelines/analyzer.ts';
import { synonymsOf } from '../../src/guidelines/synonyms.ts';
import { alternatives, countPair } from '../../src/guidelines/question.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { calibratedScore } from '../../src/guidelines/calibration.ts';

// Gaps left after outside round 7 (studied, not blind), fixed in the mechanism. Every question here is written in
// the team's own words; none is a round-7 question.
const g = loadKnowledgeBaseSync();
const text = (q: string) => {
  const a = g.answer(q);
  return { a, all: fullText(a) };
};

describe("everyday words for the documents' terms", () => {
  it('a compound with a filler head is read as its first part', () => {
    expect(withoutFillerHead('engangsgreie')).toBe('engangs');
    expect(withoutFillerHead('pengegreiene')).toBe('penge');
    // "-ting" ends ordinary nouns too: left alone.
    expect(withoutFillerHead('oppretting')).toBe('oppretting');
    expect(withoutFillerHead('greie')).toBe('greie');
  });
  it('"papirene" sent in after the year is the report, sent to the Statsforvalter', () => {
    const { a, all } = text('hvor skal vi sende inn papirarbeidet etter prosjektåret');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/Statsforvalter/);
  });
  it('"engangs…" is the documents\' one-year grant', () => {
    for (const q of [
      'er tilskuddet en engangssum for ett år eller flerårig',
      'er stimuleringsmidlene en årlig engangsgreie',
    ]) {
      const { a, all } = text(q);
      expect(a.answered, q).toBe(true);
      expect(all, q).toMatch(/ettårig/);
    }
  });
  it('the reform named as a change or a reorganisation of child welfare finds the 2022 reform', () => {
    const { a, all } = text('hvordan endret fosterhjemsansvaret seg med barnevernsomleggingen');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/betalingsansvar/);
  });
});

describe('every inflection of a word in the everyday-word map', () => {
  it('a definite form finds the same group as the listed form', () => {
    expect(synonymsOf(stem('universitetet'))).toEqual(synonymsOf(stem('universitet')));
    expect(synonymsOf(stem('universitetet'))).toContain(stem('kompetansemiljø'));
  });
  it('"folk fra universitetet" who train the staff are the external expertise the grant may pay for', () => {
    const { a, all } = text('kan midlene gå til å leie inn forskerne fra høyskolen som kurser de ansatte');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/kompetansemiljø/);
  });
});

describe("everyday phrases read as the documents' word", () => {
  it('signing is backing, training for the leaders is leader development, a share of the pot is of the grant', () => {
    expect(phrases('må søknaden ha underskrift fra alle')).toContain('står bak');
    expect(phrases('kan vi bruke penger på kurs for sjefene')).toContain('lederutvikling');
    expect(phrases('hvor mye av potten går til overhead')).toContain('av midlene');
    // The plan template's "what to write under each heading" is no signature.
    expect(phrases('hva skal vi skrive under hvert punkt')).not.toContain('står bak');
  });
  it("answers in those words find the documents' rule", () => {
    expect(text('skal alle barnevernslederne signere søknaden om ledernettverk').all).toMatch(/stiller seg bak/);
    expect(text('hvor stor del av potta kan brukes på kontorutgifter').all).toMatch(/5 prosent/);
  });
});

describe('the people of other services, as members name them', () => {
  it('"helsesykepleierne og lærerne" are the other municipal services a project may bring in', () => {
    const { a, all } = text('kan helsesykepleierne og lærerne være med i utviklingsprosjektet');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/helse, skole/);
  });
});

describe('a rule for one kind of network', () => {
  it("a question that names no kind gets the leader networks' rule beside the learning networks' one", () => {
    const { a, all } = text('hva skjer med midler vi ikke har rukket å bruke i 2024');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/læringsnettverk/);
    expect(all).toMatch(/barnevernsledernettverk/);
    expect(all).toMatch(/31\.12\.2025/);
  });
  it('a question about leader networks gets only their rule', () => {
    const { all } = text('hva skjer med ubrukte midler i et barnevernsledernettverk etter 2024');
    expect(all).toMatch(/barnevernsledernettverk/i);
    expect(all).not.toMatch(/søke Statsforvalteren om å overføre/);
  });
});

describe('a date or a count the documents never give', () => {
  it('asked by which date money must be paid back, the answer says no such date is given', () => {
    const { all } = text('når må restpengene fra 2024 senest være betalt tilbake til staten');
    expect(all).toMatch(/sier ikke hvilken dato/);
    expect(all).not.toMatch(/tilbakebetalingen må være gjort innen 31/);
  });
  it('reads the count a question asks about, with what it counts', () => {
    expect(countPair('Kan en kommune være med i tre læringsnettverk?')).toEqual({
      figure: 'tre',
      noun: 'læringsnettverk',
    });
    expect(countPair('kan vi bruke 2 ulike revisorer')).toEqual({ figure: '2', noun: 'revisorer' });
    expect(countPair('er det krav om revisor over 200 000 kr')).toBeUndefined();
    expect(countPair('hva skjer med midlene etter to år')).toBeUndefined();
  });
  it('the same figure counting another thing is no answer to a yes/no question', () => {
    const { a } = text('kan en barnevernstjeneste delta i tre nettverk på en gang');
    expect(a.answered).toBe(false);
  });
  it('a figure that counts the thing asked about still answers', () => {
    const { a, all } = text('må et læringsnettverk ha minst to barneverntjenester');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/minst to/);
  });
});

describe('an either-or question', () => {
  it('reads the two things weighed', () => {
    expect(alternatives('Gjelder taket per prosjekt eller for hele nettverket?')).toEqual([
      'per prosjekt',
      'for hele nettverket',
    ]);
    expect(alternatives('er grensen regnet for hver kommune for seg eller samlet')).toEqual([
      'kommune for seg',
      'samlet',
    ]);
    expect(alternatives('kan vi søke om midler, eller ikke?')).toBeUndefined();
    expect(alternatives('hva er fristen for rapporten')).toBeUndefined();
  });
  it('a text that names neither alternative does not decide it', () => {
    const { a } = text('er revisorgrensen regnet for hver kommune for seg eller for nettverket under ett');
    expect(a.answered).toBe(false);
  });
  it('a text that names one alternative answers', () => {
    const { a, all } = text('skal rapporten sendes til bufdir eller til statsforvalteren');
    expect(a.answered).toBe(true);
    expect(all).toMatch(/Statsforvalter/);
  });
});

describe('the calibrated score', () => {
  it('a question with words the chosen text lacks scores lower than the same match without them', () => {
    const base = {
      coverage: 0.8,
      margin: 0.3,
      keyMatched: 1,
      typed: 0,
      concepts: 5,
      messageWords: 5,
      unknownShare: 0,
      topicShare: 0.5,
      strength: 1.5,
      firstPerson: 0,
    };
    const full = calibratedScore({ ...base, matchedCount: 5 });
    const lacking = calibratedScore({ ...base, matchedCount: 2 });
    expect(lacking).toBeLessThan(full);
    // Capped: beyond three missing words the score falls no further.
    expect(calibratedScore({ ...base, concepts: 9, matchedCount: 2 })).toBe(
      calibratedScore({ ...base, concepts: 9, matchedCount: 6 }),
    );
  });
});
