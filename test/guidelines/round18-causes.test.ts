import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { grantBodyAsked, networkKindOf, toBokmal } from '../../src/guidelines/question.ts';
import { outsideConcepts } from '../../src/guidelines/outside.ts';

// Causes left after blind round 18, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('short forms and dialect are written out before the network kind and the deadline kind are read', () => {
  it('writes out the child welfare short forms glued to a word', () => {
    expect(toBokmal('bvlederen')).toBe('barnevernslederen');
    expect(toBokmal('bv-leiarane')).toBe('barnevernslederne');
    expect(toBokmal('bvtj')).toBe('barneverntjeneste');
    expect(toBokmal('statsforv.')).toBe('statsforvalteren');
    expect(toBokmal('rapp.fristen')).toBe('rapporteringsfristen');
    expect(toBokmal('søkn.frist')).toBe('søknadsfrist');
  });

  it('reads a northern «æ e» as «jeg er»', () => {
    expect(toBokmal('æ e prosjektleder')).toBe('jeg er prosjektleder');
  });

  it('takes a child welfare leader sitting in an unnamed network as asking about the leader network', () => {
    expect(networkKindOf(toBokmal('vi er bv-ledere i et nettverk på vestlandet'))).toBe('leaders');
    expect(networkKindOf(toBokmal('eg er barnevernsleiar i eit nettverk'))).toBe('leaders');
    // A leader who names the learning network asks about that one.
    expect(networkKindOf(toBokmal('jeg er barnevernsleder i et læringsnettverk'))).toBe('learning');
    expect(networkKindOf(toBokmal('jeg er prosjektleder i et nettverk'))).toBeUndefined();
  });

  it('gives a leader asking in chat shorthand the leader network rule, not the learning network one', () => {
    const a = g.answer('æ e bv-leiar i et nettverk nordpå, får vi bruke tilskuddet på ledertrening med en ekstern?');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/Gjelder bare læringsnettverk/);
    expect(a.answer).toMatch(/ledertrening|ledelsesfaglige/);
  });

  it('answers a cut «report deadline» with the report date, not the application deadline', () => {
    const a = g.answer('når går rapp.fristen ut hos statsforv for lnv?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars|01\.03/);
    expect(a.answer).not.toMatch(/^Retningslinjene fra 2024 har ingen felles søknadsfrist/);
  });
});

describe('a compound or a grant that only shares a word with the documents is not answered as theirs', () => {
  it('holds the length of a text for a field the documents never treat', () => {
    expect(outsideConcepts('finnes det en sidegrense for planen', '')).toEqual(['sidegrense']);
    expect(outsideConcepts('hvor mange sider kan rapporten ha', '')).toEqual(['mange sider']);
    expect(outsideConcepts('er det maks antall ord i beskrivelsen', '')).toEqual(['maks antall ord']);
    expect(outsideConcepts('hvor lang kan prosjektplanen være', '')).toHaveLength(1);
    expect(outsideConcepts('hvor lang kan prosjektperioden være', '')).toEqual([]);
    expect(outsideConcepts('er det en beløpsgrense', '')).toEqual([]);
  });

  it('declines a page limit, also when a later part asks how long «it» may be', () => {
    expect(g.answer('Finnes det et maks antall sider for prosjektplanen, hvor lang kan den bli?').answered).toBe(false);
    expect(g.answer('hvor lang kan søknaden være?').answered).toBe(false);
    // A later part asking something else of the same document is still answered.
    expect(g.answer('er det et maks antall sider for prosjektplanen, og hvor skal den sendes?').answered).toBe(true);
  });

  it('reads a grant named by its giver in the genitive as that giver’s grant', () => {
    expect(grantBodyAsked('kan vi søke Helsedirektoratets midler til kompetanseheving')).toBe('Helsedirektoratet');
    expect(grantBodyAsked('hvem får Bufdirs tilskudd til nettverk')).toBe('Bufdir');
    expect(grantBodyAsked('kan vi søke statens midler')).toBeUndefined();
  });

  it('declines another body’s grant, but answers the scheme’s own giver named so', () => {
    const other = g.answer('Kan ledernettverket også søke Helsedirektoratets midler til kompetanseheving i kommunene?');
    expect(other.answered).toBe(false);
    expect(g.answer('hvem fordeler Bufdirs stimuleringsmidler til læringsnettverk?').answered).toBe(true);
  });
});

describe('a figure held against the span, and lay words for the pots and for splitting the costs', () => {
  it('holds an applied amount against the span one application could be for, not the total to share out', () => {
    const a = g.answer('Nettverket søkte om 40 000 kr hos Fylkesmannen i Hordaland i 2018 – var det for lite?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/40 000 kr er under/);
    expect(a.answer).toMatch(/50 000 kr–500 000 kr/);
  });

  it('reads «kassene» as the two pots', () => {
    const a = g.answer('Får et læringsnettverk penger fra begge kassene, både den vanlige og fosterhjemskassa?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/begge/);
  });

  it('reads splitting the bill as the cost sharing', () => {
    const a = g.answer('Hvordan spleiset kommunene på Øvre Romerike regningen for Støttepilar?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/fordelingsnøkkel/);
  });
});
