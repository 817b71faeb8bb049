import { describe, expect, it } from 'vitest';
import {
  analyze,
  intents,
  phrases,
  isStopWord,
  normalize,
  splitCompound,
  stem,
  tokenize,
  type Vocabulary,
} from '../../src/guidelines/analyzer.ts';
import { broaderOf, synonymsOf } from '../../src/guidelines/synonyms.ts';

const vocabOf = (words: string[]): Vocabulary => {
  const w = new Set(words);
  const s = new Set(words.map(stem));
  return { hasWord: (x) => w.has(x), hasStem: (x) => s.has(x) };
};

describe('Norwegian analyser', () => {
  it('keeps æ, ø and å and folds case after NFC', () => {
    // "å" written as a + combining ring must become the same letter as the precomposed one.
    expect(normalize('Å\u030AR Økonomi Ærlig'.replace('Å\u030A', 'A\u030A'))).toBe('år økonomi ærlig');
    expect(tokenize('Søknadsfrist før årsskiftet')).toEqual(['søknadsfrist', 'før', 'årsskiftet']);
  });

  it('stems inflected forms to one stem with the Snowball Norwegian stemmer', () => {
    expect(stem('prosjektet')).toBe(stem('prosjekter'));
    expect(stem('søknadsfristen')).toBe('søknadsfrist');
    expect(stem('møtes')).toBe(stem('møter'));
  });

  it('joins amounts written with spaces or dots into one token', () => {
    expect(tokenize('over kr. 200 000')).toContain('200000');
    expect(tokenize('1.950.000 kr')).toContain('1950000');
  });

  it('drops bokmål and nynorsk stop words but keeps content words', () => {
    for (const w of ['hva', 'hvordan', 'kva', 'korleis', 'ikkje', 'og']) expect(isStopWord(w)).toBe(true);
    // "… er det innenfor?" asks whether it is allowed; the documents' "innenfor nettverket" is no topic either.
    for (const w of ['innenfor', 'innafor']) expect(isStopWord(w)).toBe(true);
    expect(analyze('Kva er fristen for rapportering?').map((t) => t.stem)).toEqual([
      stem('fristen'),
      stem('rapportering'),
    ]);
  });

  it('splits fosterhjemsprosjekt into fosterhjem + prosjekt over the linking -s-', () => {
    const vocab = vocabOf(['fosterhjem', 'prosjekt', 'nettverk', 'leder']);
    expect(splitCompound('fosterhjemsprosjekt', vocab)).toEqual(['fosterhjem', 'prosjekt']);
    expect(splitCompound('ledernettverket', vocab)).toEqual(['leder', 'nettverket']);
    // Parts the corpus does not know are not invented.
    expect(splitCompound('ordførervalg', vocab)).toBeUndefined();
  });

  it('maps everyday words to the formal ones through the synonym table', () => {
    expect(synonymsOf(stem('revisor'))).toContain(stem('attestasjon'));
    expect(synonymsOf(stem('overhead'))).toContain(stem('administrasjonskostnader'));
    expect(synonymsOf(stem('ubrukte'))).toContain(stem('restmidler'));
    // Moving unused money to next year and paying it back are different procedures, never synonyms.
    expect(synonymsOf(stem('overføre'))).toContain(stem('flytte'));
    expect(synonymsOf(stem('overføring'))).not.toContain(stem('tilbakebetaling'));
    expect(synonymsOf(stem('revisor'))).not.toContain(stem('overhead'));
  });

  it('links handing in, hotel and meal words, bokmål and nynorsk, to the words the documents use', () => {
    expect(synonymsOf(stem('leverast'))).toContain(stem('sendes'));
    expect(synonymsOf(stem('innlevering'))).toContain(stem('sende'));
    expect(synonymsOf(stem('overnattingar'))).toContain(stem('hotell'));
    expect(synonymsOf(stem('lunsjen'))).toContain(stem('bespisning'));
    expect(synonymsOf(stem('måltider'))).toContain(stem('mat'));
    expect(synonymsOf(stem('taket'))).toContain(stem('grense'));
    expect(synonymsOf(stem('hotell'))).not.toContain(stem('mat'));
  });

  it('reads what kind of answer a question wants from its question words, in bokmål and nynorsk', () => {
    expect([...intents('Hvor stort beløp kan nettverket få?')]).toEqual(['amount']);
    expect([...intents('Kor mykje pengar får vi?')]).toEqual(['amount']);
    expect([...intents('Hvor mange kroner kan gå til lønn?')]).toEqual(['amount']);
    expect([...intents('Hvor mange kommuner må være med?')]).toEqual(['count']);
    expect([...intents('Kven sender søknaden?')]).toEqual(['who']);
    expect([...intents('Når skal rapporten leverast?')]).toEqual(['when']);
    expect([...intents('Kva tid er fristen?')]).toEqual(['when']);
    expect([...intents('Hvor lenge kan vi bruke pengene?')]).toEqual(['when']);
    // Inside a question "når" joins clauses; it does not ask when.
    expect([...intents('Hva gjør vi når prosjektet stopper?')]).toEqual([]);
    expect([...intents('Hva er formålet med nettverket?')]).toEqual([]);
  });

  it('reads everyday phrases as the documents\' word, but "hva skal være med i" asks for contents', () => {
    expect(phrases('skolen vil være med i prosjektet')).toBe('skolen vil deltakelse i prosjektet');
    expect(phrases('kan vi ta del i nettverket')).toBe('kan vi deltakelse i nettverket');
    expect(phrases('vi henger etter og prosjektet har stoppet opp')).toBe('vi forsinket og prosjektet har forsinket');
    expect(phrases('hva skal være med i rapporten')).toBe('hva skal være med i rapporten');
    expect(phrases('vi har ikke brukt opp pengene')).toBe('vi har ubrukte pengene');
    // "delta" (take part) and "delt" (shared) share a Snowball stem; the verb is read as the noun.
    expect(analyze('kan skolen delta').map((a) => a.stem)).not.toContain(stem('delt'));
    expect([...intents('hva må være med i rapporten')]).toEqual(['contents']);
    expect([...intents('Hva skal rapporten inneholde?')]).toEqual(['contents']);
    expect([...intents('hvilken ukedag møtes de')]).toEqual(['when']);
    expect([...intents('hva gjør Bufetat')]).toEqual(['role']);
    expect([...intents('hva gjør vi da')]).toEqual([]);
    // Fillers and praise words carry no topic: "kan vi likevel delta", "et godt nettverk".
    for (const w of ['likevel', 'uansett', 'godt', 'bra', 'heter', 'stadig']) expect(isStopWord(w), w).toBe(true);
  });

  it('a narrower word counts towards the broader concept, one way only', () => {
    expect(broaderOf(stem('helsestasjonen'))).toEqual([stem('tjeneste')]);
    expect(broaderOf(stem('tjeneste'))).toEqual([]);
    // Names of a concept are not words that merely look alike: "utsatte barn" is not a delay.
    expect(synonymsOf(stem('forsinket'))).not.toContain(stem('utsatt'));
  });
});
