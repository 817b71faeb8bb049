import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { extractFigures, networkKindOf, toBokmal } from '../../src/guidelines/question.ts';
import { particleBound, withoutFillerHead } from '../../src/guidelines/analyzer.ts';

const g = loadKnowledgeBaseSync();

describe('chat abbreviations of the scheme names', () => {
  it.each([
    ['hva gjør et lnv', 'læringsnettverk', 'learning'],
    ['lnv-et vårt', 'læringsnettverket', 'learning'],
    ['kan bvl-nettverket søke', 'barnevernsledernettverket', 'leaders'],
    ['et bvl nettverk', 'barnevernsledernettverk', 'leaders'],
  ])('%s names the kind', (text, word, kind) => {
    expect(toBokmal(text)).toContain(word);
    expect(networkKindOf(toBokmal(text))).toBe(kind);
  });

  it.each(['stim.midlene', 'stim. midlene', 'stim-midlene', 'stimmidlene'])('%s is stimuleringsmidlene', (w) =>
    expect(toBokmal(`hva kan ${w} brukes til`)).toBe('hva kan stimuleringsmidlene brukes til'),
  );

  it('leaves words that merely contain the letters alone', () =>
    expect(toBokmal('blvd lnvx stimulans')).toBe('blvd lnvx stimulans'));

  // The short form reaches the same text as the full name, in frames of different kinds.
  it.each([
    ['hvem tar initiativet når skolen skal inn i et {}-prosjekt', 'lnv', 'læringsnettverk'],
    ['får et {} bruke pengene på teamutvikling', 'bvl-nettverk', 'barnevernsledernettverk'],
    ['hvor stor andel av {} kan gå til administrasjon', 'stim.midlene', 'stimuleringsmidlene'],
  ])('%s', (frame, short, full) => {
    const a = g.answer(frame.replace('{}', short));
    const b = g.answer(frame.replace('{}', full));
    expect(b.answered).toBe(true);
    expect(a.answered).toBe(true);
    expect(a.entryId).toBe(b.entryId);
  });
});

describe('a particle binds the word after it', () => {
  it('keeps a particle compound whole instead of splitting off its head', () => {
    expect(particleBound(['tilbake', 'betaling'])).toBeUndefined();
    expect(particleBound(['tilbak', 'betaling'])).toBeUndefined();
    expect(particleBound(['over', 'føring', 'frist'])).toEqual(['overføring', 'frist']);
    expect(particleBound(['fosterhjem', 'prosjekt'])).toEqual(['fosterhjem', 'prosjekt']);
  });

  // Paying for something with the grant is spending it; paying unspent money back is another procedure.
  it('asked whether the grant may pay for something, gives what it may be spent on, not the repayment rule', () => {
    for (const q of [
      'får lederforumet betale for veiledning til lederne',
      'kan vi betale en coach for sjefene med ledermidlene',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).not.toMatch(/betales tilbake/);
    }
  });

  it('still gives the repayment rule when asked about paying back', () => {
    const a = g.answer('må ledernettverket betale tilbake det som ikke er brukt');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/betales tilbake/);
  });
});

describe('since the start is a time, not a topic', () => {
  it.each(['har det endret seg siden starten i 2018', 'slik det var fra begynnelsen', 'sidan oppstarten'])(
    '%s',
    (text) => {
      const f = extractFigures(toBokmal(text));
      expect(f.rest).not.toMatch(/start|begynnelsen/);
    },
  );
  it('keeps the start of something named', () =>
    expect(extractFigures('hva skal skje etter oppstarten av prosjektet').rest).toMatch(/oppstarten/));
  it('asked what changed since the start, answers with the rule of today, not the start-up meeting', () => {
    const a = g.answer('har det endret seg hvilke tjenester som får være med i læringsnettverk siden oppstarten');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.year).toBe(2024);
  });
});

describe('N10: a rule quoting years that are past says whose years they are', () => {
  const q = 'hva skjer hvis vi ikke bruker opp pengene innen nyttår';
  it('read in 2027, the note names the 2024 guidelines and that nobody has said the rule still holds', () => {
    const a = g.answer(q, { now: new Date('2027-03-05T10:00:00Z') });
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2025/);
    expect(a.revisionNote).toMatch(/retningslinjene for 2024/);
    expect(a.revisionNote).toMatch(/2024-midlene/);
    expect(a.revisionNote).toMatch(/uendret for midler i 2027/);
  });
  it('read before the revision was due, no note', () => {
    const a = g.answer(q, { now: new Date('2024-10-01T10:00:00Z') });
    expect(a.answered).toBe(true);
    expect(a.revisionNote).toBeUndefined();
  });
  it('history the rule quotes ("fra 2021") is no dated rule', () => {
    const a = g.answer('siden når har andre kommunale tjenester kunnet være med i læringsnettverk', {
      now: new Date('2027-03-05T10:00:00Z'),
    });
    expect(a.answered).toBe(true);
    expect(a.revisionNote ?? '').not.toMatch(/2024-midlene/);
  });
});

describe('context first, then a clause that names only the documents', () => {
  it('reads a level as the people at it', () => {
    expect(withoutFillerHead('kommunedirektørnivå')).toBe('kommunedirektør');
    expect(withoutFillerHead('ledernivået')).toBe('leder');
    expect(withoutFillerHead('nivå')).toBe('nivå');
  });
  it.each([
    'I styringsgruppa hos oss sitter det ingen fra rådmannsnivå. Hva sier retningslinjene',
    'Nettverket vårt har ingen på ledernivået med i styringsgruppa. Hva sier regelverket om det',
  ])('the context is the subject: %s', (q) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/kommuneledelsen/);
  });
  it('never answers the context with the documents’ own revision notice', () => {
    const a = g.answer(
      'Prosjektgruppa vår er bare saksbehandlere, ingen fra kommunedirektørnivå. Statsforvalteren mente noe annet. Hva sier retningslinjene',
    );
    expect(a.answer).not.toMatch(/skulle revideres/);
  });
});

describe('money the asker has from another giver is support from another scheme', () => {
  it.each([
    'vi har fått et tilskudd fra Husbanken til samme prosjekt. må Statsforvalteren få vite det',
    'prosjektet får også midler fra Helsedirektoratet, skal det med i søknaden',
  ])('%s', (q) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/andre offentlige tilskuddsordninger/);
  });
  it('asking to apply to that other giver is not answered from these documents', () =>
    expect(g.answer('kan vi søke om midler fra Stiftelsen Dam til nettverket').answered).toBe(false));
  it('the scheme’s own bodies stay the topic', () => {
    const a = g.answer('kan ledernettverket få midler fra Bufdir');
    expect(a.answer).not.toMatch(/andre offentlige tilskuddsordninger, må det oppgis/);
  });
});

describe('who said it is not what is asked', () => {
  it('a colleague reporting what another network did does not pull in a text about colleagues', () => {
    const a = g.answer(
      'Møtene våre sklir ut og ingen følger opp. En kollega fortalte at Øvre Romerike hadde suksesskriterier for møtene sine. Hvilke',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/fast agenda/);
  });
});

describe('two parts: a network kind named in the second part is that part’s', () => {
  it('the first part is answered for the networks in general, the second asks the same rule for the other kind', () => {
    const a = g.answer('hvor stor andel kan brukes til administrasjon, og gjelder det samme for ledernettverkene');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/5 prosent/);
    // No text on another limit (how many take part) stands in for "the same limit".
    expect(a.answer).not.toMatch(/antall deltakere/);
  });
  it('a kind named in the first part carries on to the second', () => {
    const a = g.answer('når må ledernettverket ha brukt pengene, og hva skjer med det som er igjen da');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/Gjelder bare læringsnettverk/);
  });
});

describe('everyday words for the documents’ terms', () => {
  it.each([
    ['kan det statlige barnevernet hjelpe oss med opplæring av fosterforeldre', /Bufetat/],
    ['kan statens barnevern stille med fagfolk i et fosterhjemsprosjekt', /Bufetat/],
    ['vi skal skrive prosjektdagbok underveis, hva skal den inneholde', /gjort/],
  ])('%s', (q, fact) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(fact);
  });
  it('"trekke fram" is how a text reports, not its topic: the informants’ criteria, not a network’s own', () => {
    const a = g.answer('hvilke kriterier for å lykkes trakk informantene i evalueringen fram');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Informantene/);
  });
});

describe('a clause that points back with one ordinary word of its own', () => {
  it('is not answered alone with whatever text uses that word', () => {
    const a = g.answer(
      'Kommunen vår har vært med i Veiledningsteam i flere år. Nå vil vi jobbe videre med det sammen med nabokommunene. Passer et læringsnettverk til det',
    );
    expect(a.answer).not.toMatch(/noe som passer dem/);
  });
});

describe('asked what holds now', () => {
  it('"i dag" is when, not a topic', () => expect(extractFigures('hva er kravet i dag').rest).not.toMatch(/dag/));
});

describe('money the network does not get spent', () => {
  it('"ikke får brukt" is unspent money: a refused transfer ends in repayment', () => {
    const a = g.answer('hva om vi ikke får brukt alt og statsforvalteren sier nei til overføring');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/betales tilbake/);
  });
});
