import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { extractFigures, parseQuestion, refinedType, speakerCounts, toBokmal } from '../../src/guidelines/question.ts';
import { leadForNegated } from '../../src/guidelines/negation.ts';
import { ownNetworkData } from '../../src/guidelines/routing.ts';
import { spendingInto } from '../../src/guidelines/spending-deadline.ts';
import { speakerRole } from '../../src/guidelines/speaker-role.ts';
import { outsideAsked, outsideConcepts } from '../../src/guidelines/outside.ts';

// Round 13's causes, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('round 13 causes', () => {
  it('reads a large figure that counts people or things as a count, not a sum of money', () => {
    expect(extractFigures('tre kommuner med om lag 25 000 innbyggere').amounts).toEqual([]);
    expect(extractFigures('tre kommuner med om lag 25 000 innbyggere').counts).toContain(25000);
    expect(extractFigures('1200 barn i kommunen').amounts).toEqual([]);
    // A sum stays a sum, with or without «kr».
    expect(extractFigures('vi fikk 25 000 kr til 300 barn').amounts).toEqual([25000]);
    expect(extractFigures('vi fikk 250 000 i fjor').amounts).toEqual([250000]);
  });

  it('computes no overhead limit on a population', () => {
    const a = g.answer('Jeg fører regnskapet for tre kommuner med om lag 25 000 innbyggere. Hva regnes som overhead?');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/av 25 000 kr/);
    expect(a.answer).toMatch(/husleie/);
  });

  it('counts the asker’s own leaders with or without the linking s', () => {
    expect(speakerCounts('vi er 7 barnevernledere som vil starte')).toEqual(['7']);
    expect(speakerCounts('vi er sju barnevernsledere')).toEqual(['sju']);
  });

  it('finds the leader-network rule for «barnevernledere» without the linking s', () => {
    const a = g.answer(
      'Vi er sju barnevernledere som vil danne et nettverk. Er det en grense for hvor mange vi kan være?',
    );
    expect(a.answer).toMatch(/begrenset antall/);
  });
});

describe('round 13: the yes/no lead of a negated question', () => {
  const own = ['Kan midlene dekke lønn?'];
  it('turns a bare lead for a negated claim and drops it for another negated question', () => {
    expect(leadForNegated('Ja. Midlene kan dekke lønn.', 'Er det riktig at midlene ikke kan dekke lønn?', own)).toBe(
      'Nei, det stemmer ikke. Midlene kan dekke lønn.',
    );
    expect(leadForNegated('Nei. Det trengs ikke.', 'Stemmer det at vi ikke trenger det?', own)).toBe(
      'Ja, det stemmer. Det trengs ikke.',
    );
    expect(leadForNegated('Ja. Midlene kan dekke lønn.', 'Kan vi ikke lønne noen?', own)).toBe(
      'Midlene kan dekke lønn.',
    );
  });

  it('leaves the lead alone for a plain question, or when the text was written for the negated one', () => {
    expect(leadForNegated('Ja. Midlene kan dekke lønn.', 'Kan midlene dekke lønn?', own)).toBe(
      'Ja. Midlene kan dekke lønn.',
    );
    expect(leadForNegated('Ja. Det går.', 'Stemmer det at vi ikke må?', ['Må vi ikke det?'])).toBe('Ja. Det går.');
  });

  it('does not say «Ja» to a claim that the money cannot pay a project leader', () => {
    const a = g.answer('Er det riktig at midlene ikke kan dekke lønn til en prosjektleder?');
    expect(a.answer).toMatch(/Nei, det stemmer ikke/);
    expect(a.answer).not.toMatch(/(?:^|\. )Ja\./);
  });
});

describe('round 13: a spending deadline of a named year is a rule, not the own calendar', () => {
  const own = (q: string) => ownNetworkData(parseQuestion(q).normalized);
  it('routes by what is asked', () => {
    expect(own('når er fristen vår for å bruke opp pengene i år')).toBeUndefined();
    expect(own('hvilken frist har vi i år (2024) for rapporten')).toBeUndefined();
    // Still the network's own: this year's deadline of its own, no year, no spending.
    expect(own('når er søknadsfristen vår i år?')).toBe('deadlinesThisYear');
  });
});

describe('round 13: spending money into a year is spending by a date', () => {
  it('reads the span word as «innen» only when money is used into a year', () => {
    expect(spendingInto('kan vi bruke midlene fra ut', 'kan vi bruke midlene fra 2024 ut 2025')).toBe(
      'kan vi bruke midlene fra innen',
    );
    expect(spendingInto('kan vi bruke midlene til og med', 'kan vi bruke midlene til og med 2025')).toBe(
      'kan vi bruke midlene innen',
    );
    // No year after the span, or no spending: left alone.
    expect(spendingInto('kan vi bruke midlene ut prosjektet', 'kan vi bruke midlene ut prosjektet')).toBe(
      'kan vi bruke midlene ut prosjektet',
    );
    expect(spendingInto('hva skjer ut', 'hva skjer ut 2025')).toBe('hva skjer ut');
  });

  it('gives a leader network the extra year for «ut 2025»', () => {
    expect(g.answer('kan barnevernsledernettverket bruke 2024-pengene ut 2025?').answer).toMatch(/31\.12\.2025/);
  });
});

describe('round 13: «grp» is chat for «gruppa»', () => {
  it('writes the short form out inside a compound and alone', () => {
    expect(toBokmal('hvem satt i styringsgrp')).toBe('hvem satt i styringsgruppa');
    expect(toBokmal('en grp for ledere')).toBe('en gruppa for ledere');
    expect(toBokmal('grpe')).toBe('grpe');
  });
});

describe('round 13: a kind of wages is no figure', () => {
  it('reads «hva slags lønn» as what, «hva er lønnen» as an amount', () => {
    expect(refinedType('hva slags lønn kan dekkes')).not.toBe('amount');
    expect(refinedType('hvilken type lønn kan vi føre')).not.toBe('amount');
    expect(refinedType('hva er lønnen til prosjektlederen')).toBe('amount');
  });
});

describe('round 13: nynorsk «born», «tek», «skular»', () => {
  it('reads them as their bokmål twins', () => {
    expect(toBokmal('kva born tek vi med')).toContain('barn tar');
    expect(toBokmal('borna på skulane')).toBe('barna på skolene');
  });
});

describe('round 13: «vi» said by someone who names the body they work for', () => {
  it('reads «vi», «vår» as that body', () => {
    expect(speakerRole('hva er rollen vår', 'jeg er rådgiver hos statsforvalteren. hva er rollen vår')).toBe(
      'hva er rollen til statsforvalteren',
    );
    expect(speakerRole('hva gjør vi', 'jeg jobber i fylkesmannen. hva gjør vi')).toBe('hva gjør statsforvalteren');
    // Someone in a municipality, or no body named: «vi» stays the asker's own side.
    expect(speakerRole('hva gjør vi', 'jeg jobber i kommunen. hva gjør vi')).toBe('hva gjør vi');
  });
});

describe('round 13: a partner abroad named in the context', () => {
  it('looks for the field in the whole message when the clause that asks points back at it', () => {
    const message = 'vi samarbeider med en kommune på svensk side. kan vi søke sammen med dem?';
    expect(outsideAsked('kan vi søke sammen med dem?', message)).toBe(message);
    expect(outsideConcepts(outsideAsked('kan vi søke sammen med dem?', message), 'Nettverkene søker.')).toEqual([
      'svensk',
    ]);
    // A clause that asks on its own is read alone.
    expect(outsideAsked('hvem kan søke?', 'vi har en svensk kollega. hvem kan søke?')).toBe('hvem kan søke?');
  });

  it('declines instead of giving the generic rule on who applies', () => {
    const a = g.answer(
      'Vi ligger ved grensen og samarbeider tett med en finsk kommune. Kan vi søke om midler sammen med dem?',
    );
    expect(a.answered).toBe(false);
  });
});
