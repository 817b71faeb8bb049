import { describe, expect, it } from 'vitest';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases, stem } from '../../src/guidelines/analyzer.ts';
import { countedNear } from '../../src/guidelines/guidelines.ts';
import { extractFigures, parseQuestion } from '../../src/guidelines/question.ts';

// Mechanisms behind failures on questions nobody on the team wrote (outside tester, round 2). Each test
// uses wordings of its own, not the evaluation sets' strings, and checks the kind of fact the answer gives.
const g = loadKnowledgeBaseSync();

describe('what the money may not be used for is not money left unspent', () => {
  it('reads "ikke brukt (opp)" as unspent money, "ikke bruke … til/på" as a prohibition', () => {
    expect(phrases('midler som ikke er brukt')).toContain('ubrukte');
    expect(phrases('vi rakk ikke å bruke opp pengene')).toContain('ubrukte');
    expect(phrases('hvis vi ikke klarer å bruke pengene')).toContain('ubrukte');
    expect(phrases('hva får vi ikke bruke pengene til')).not.toContain('ubrukte');
    expect(phrases('kva kan ein ikkje bruke midlane på')).not.toContain('ubrukte');
  });

  it('asked what the grant may not pay for, the answer is about limits on use, not repayment', () => {
    for (const q of [
      'hva får vi ikke bruke pengene til',
      'hva er det vi ikke kan bruke tilskuddet på',
      'kva kan me ikkje bruke midlane til',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/ikke kan brukes|dekkes ikke|godkjent budsjett/);
      expect(fullText(a), q).not.toMatch(/betales tilbake/);
    }
  });

  it('asked about money left over, the answer is still about unspent money', () => {
    const a = g.answer('hva skjer med pengene vi ikke rakk å bruke opp');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/tilbake|overf/);
  });
});

describe('taking part, however it is phrased', () => {
  it('reads "være med", "bli med" at the end of a question, and "ta med andre/flere", as taking part', () => {
    expect(phrases('kan barnehagen være med?')).toContain('deltakelse');
    expect(phrases('får skolen bli med')).toContain('deltakelse');
    expect(phrases('kan vi ha med flere tjenester')).toContain('deltakelse');
    // Carrying money over is not taking part; "hva skal være med i" asks what a document holds.
    expect(phrases('kan restmidler tas med over nyttår')).not.toContain('deltakelse');
    expect(phrases('hva skal være med i søknaden')).not.toContain('deltakelse');
  });

  it('asked whether other services may take part, the answer is the rule from 2021', () => {
    for (const q of [
      'kan også andre tjenester være med?',
      'kan helsetjenesten og skolen være med?',
      'kan vi ha med flere tjenester enn barnevernet i prosjektet',
      'får andre kommunale tjenester bli med',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/andre kommunale tjenester/);
    }
  });
});

describe('a question that names no kind of network', () => {
  const leadersOnly = (text: string) => /^Gjelder bare barnevernsledernettverk|^Barnevernsledernettverk/.test(text);

  it('is not answered with the leader networks’ own rule when a general or learning-network rule answers it', () => {
    for (const q of [
      'hvor lang tid har vi på oss til å bruke tilskuddet',
      'kor lenge kan me bruke tilskotet',
      'kan andre enn barnevernet bli med',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(leadersOnly(a.answer), `${q}: ${a.answer}`).toBe(false);
    }
  });

  it('still gets the leader networks’ rule when it names them or their people', () => {
    expect(fullText(g.answer('hvor lenge kan barnevernsledernettverket bruke pengene'))).toMatch(/31\.12\.2025/);
    expect(fullText(g.answer('kan saksbehandlerne våre delta i ledernettverket'))).toMatch(/forbeholdt/);
  });
});

describe('a text written for "when" answers "when" only about its own point', () => {
  // The membership entry is asked "when did Lunner join"; that does not make it the answer to when the network meets.
  it('when the municipalities meet gets the meeting day, not when one of them joined', () => {
    for (const q of [
      'når har kommunene på øvre romerike møtene sine',
      'når møtes kommunene i lunner og øvre romerike',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/fredag/);
    }
  });

  it('when a municipality joined still gets the joining date', () => {
    expect(fullText(g.answer('når kom lunner inn i nettverket på øvre romerike'))).toMatch(/2020/);
  });
});

describe('a count is a number of things', () => {
  it('an amount or a year next to the noun is not a count of it', () => {
    expect(countedNear('I 2018 skulle søknaden ha et beløp mellom 50 000 og 500 000 kr.', 'søknader')).toBe(false);
    expect(countedNear('Høyst 5 % per søknad.', 'søknader')).toBe(false);
    expect(countedNear('Det kom inn 12 søknader i 2018.', 'søknader')).toBe(true);
  });
});

describe('sharing costs is not funding', () => {
  it('how the municipalities split the costs of a joint team gets the cost-sharing key, not the budget template', () => {
    for (const q of [
      'hvordan fordeler kommunene kostnadene i fosterhjemsteamet',
      'hvordan fordelte de utgiftene til det felles teamet mellom seg',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/innbygger/);
    }
  });
});

describe('old versus new, asked in everyday words', () => {
  it('"ennå", "siden 2022", "er det slutt på" ask what holds now; they are not topic words', () => {
    const cases: [string, RegExp][] = [
      ['er kravet om kunnskapsmiljø der ennå', /anbefal/],
      ['er det slutt på at prosjektet må samarbeide med et kompetansemiljø', /anbefal/],
      ['har grensa for overhead blitt endra sidan 2022', /5 (?:%|prosent)/],
      ['har det skjedd noe med reglene for revisor sidan 2022', /200 000/],
    ];
    for (const [q, fact] of cases) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(fact);
    }
  });

  it('asked whether an old name is still used, the answer is the renaming', () => {
    for (const q of ['kalles det fremdeles fylkesmannen', 'heiter det framleis fylkesmannen']) {
      expect(fullText(g.answer(q)), q).toMatch(/tidligere Fylkesmannen|Fylkesmannen hadde/);
    }
  });
});

describe('what the money is for', () => {
  it('a what-question about use gets what the money covers, not the spending deadline nor what it does not cover', () => {
    for (const q of ['kva kan me nytte pengane til', 'hvilke utgifter kan vi dekke med midlene']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/stillinger/);
      expect(fullText(a), q).not.toMatch(/ingen fullstendig liste/);
    }
  });

  it('the deadline is still what "when" and "how long" get', () => {
    expect(fullText(g.answer('innen når må læringsnettverket ha brukt pengene'))).toMatch(/31\.12/);
  });
});

describe('the network kind is a filter, not a topic word', () => {
  it('"læringsnettverket" in a question about use does not pull in the text that names the kind in its topic', () => {
    for (const q of [
      'hva kan et læringsnettverk bruke tilskuddet på',
      'hva får vi bruke stimuleringsmidlene til i læringsnettverket',
    ]) {
      expect(fullText(g.answer(q)), q).toMatch(/stillinger/);
    }
  });

  it('a question about learning networks as such is still answered', () => {
    expect(fullText(g.answer('hvor mange barneverntjenester må et læringsnettverk ha'))).toMatch(/minst to/);
    expect(fullText(g.answer('hva er formålet med læringsnettverkene'))).toMatch(/\S/);
    expect(g.answer('hva er formålet med læringsnettverkene').answered).toBe(true);
  });
});

describe('money in everyday phrasing', () => {
  it('"penger igjen", "gå til", a month without a day and fillers like "eneste" are read for what they mean', () => {
    expect(phrases('vi har pengar att')).toContain('ubrukte');
    expect(phrases('hva kan pengene gå til')).toContain('brukes til');
    expect(phrases('hvem går søknaden til')).not.toContain('brukes');
    expect(extractFigures('nå i desember').months).toEqual([12]);
    expect(extractFigures('nå i desember').rest).not.toContain('desember');
    expect(extractFigures('samlingen i september 2018').rest).toContain('september');
  });

  it('answers them as the plain wording is answered', () => {
    expect(fullText(g.answer('hva kan ikke pengene gå til'))).toMatch(/ingen fullstendig liste|godkjent budsjett/);
    expect(fullText(g.answer('det er penger igjen på prosjektet nå i november, hva skjer med dem'))).toMatch(
      /tilbake|overf/,
    );
    expect(fullText(g.answer('må vi levere rapport for hvert eneste år'))).toMatch(/hvert år/);
  });
});

describe('nynorsk and everyday synonyms of the documents’ words', () => {
  it('a nynorsk question about an application, guidance or own share is answered as its bokmål twin', () => {
    const pairs: [string, string][] = [
      ['kva skal søknaden frå barnevernsleiarane innehalde', 'hva skal søknaden fra barnevernslederne inneholde'],
      ['korleis blir rettleiinga i støttepilar betalt', 'hvordan blir veiledningen i støttepilar betalt'],
      ['må me oppgi eigenandel i budsjettet', 'må vi oppgi egenandel i budsjettet'],
    ];
    for (const [nn, nb] of pairs) {
      const a = g.answer(nn),
        b = g.answer(nb);
      expect(b.answered, nb).toBe(true);
      expect(a.entryId, nn).toBe(b.entryId);
    }
  });

  it('"enkel søknad" is the documents’ simplified application, not a typo of another word', () => {
    expect(fullText(g.answer('kan barnevernslederne sende en enkel søknad'))).toMatch(/forenklet søknad/);
  });
});

describe('definite plurals of agent nouns', () => {
  it('"lederne" and "ledere" share a stem, as "deltakerne" and "deltakere" do; adjectives in -erne keep theirs', () => {
    expect(stem('barnevernslederne')).toBe(stem('barnevernsledere'));
    expect(stem('deltakerne')).toBe(stem('deltakere'));
    expect(stem('eksterne')).toBe(stem('ekstern'));
  });
});

describe('a frequency held up for a yes or no', () => {
  it('is a when-question in disguise, its frequency taken out of the scored text', () => {
    const p = parseQuestion('treffes lederne på romerike ukentlig?');
    expect(p.type).toBe('when');
    expect(p.rest).not.toContain('ukentlig');
    expect(parseQuestion('betaler alle kommunene like mye').type).toBe('yesno');
    expect(parseQuestion('møter dere hver fredag').type).toBe('yesno');
  });

  it('gets the meeting rhythm the documents give', () => {
    for (const q of ['treffes lederne på øvre romerike ukentlig?', 'har nettverket på romerike møte annenhver uke']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/siste fredag|en gang i måneden/);
    }
  });
});

describe('paying out is not paying back; everyday words for the documents’ terms', () => {
  it('reads "betale ut" as paying the grant out and "betale tilbake" as repaying', () => {
    expect(phrases('statsforvalteren betaler ut pengene')).toContain('utbetaling');
    expect(phrases('vi må betale pengene tilbake')).toContain('tilbakebetaling');
    expect(fullText(g.answer('når betaler statsforvalteren ut tilskuddet'))).not.toMatch(/betales tilbake/);
  });

  it('answers snublesteiner, hyre inn and splitte regningen as the documents’ words are answered', () => {
    const cases: [string, RegExp][] = [
      ['hvilke snublesteiner bør vi tenke på i prosjektplanen', /hindring/i],
      ['kan ledernettverket hyre inn en ekstern veileder', /kjøpe/],
      ['hvordan ble regningen for veiledningsteamet splittet mellom kommunene', /innbygger/],
    ];
    for (const [q, fact] of cases) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(fact);
    }
  });
});

describe('an older document is not given as what holds now', () => {
  it('asked whether an old rule still holds, with nothing newer on the point, the answer says how old it is and claims no confidence', () => {
    // (The two pots of 2022 now have the 2024 three schemes as their newer rule: see versions.test.ts.)
    const a = g.answer('holder statsforvalteren fremdeles webinar om rapportering i desember');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/dokument fra 2022/);
    expect(a.score).toBeLessThanOrEqual(0.5);
  });

  it('"før vi søker" is a time in the procedure, not a question about an older rule', () => {
    expect(g.answer('må nettverket ha gjort en tilstandsvurdering før vi søker om midler').answer).not.toMatch(
      /dokument fra/,
    );
  });

  it('a current rule asked with "fortsatt" is answered as before', () => {
    const a = g.answer('er revisorgrensen fortsatt 200 000');
    expect(a.answer).not.toMatch(/dokument fra/);
    expect(a.score).toBeGreaterThan(0.5);
  });
});

describe('a coordinator is the project leader; "hva slags" is "hvilke"', () => {
  it('answers them as the documents’ words are answered', () => {
    expect(fullText(g.answer('kan koordinatoren vår lønnes med prosjektmidlene'))).toMatch(/stillinger/);
    expect(fullText(g.answer('hva slags hindringer skal stå i planen'))).toMatch(/arbeidspress|nøkkelpersoner/);
  });

  it('what a coordinator earns or how long they work is still not in the documents', () => {
    expect(g.answer('hvor mye tjener en koordinator i måneden').answered).toBe(false);
  });
});

describe('the second part of a two-part question about a named network', () => {
  it('is answered from the document about that network, not from a general text', () => {
    expect(fullText(g.answer('hvilke kommuner var med i hordaland og hva var søknadsfristen'))).toMatch(
      /1\. november 2018/,
    );
    expect(fullText(g.answer('hvordan ble kostnadene delt på romerike, og hvem var vertskommune'))).toMatch(
      /Nannestad/,
    );
  });

  it('a second part after a general first part keeps its own answer', () => {
    const a = g.answer('hva er grensen for overhead, og når skal rapporten sendes');
    expect(fullText(a)).toMatch(/5 (?:%|prosent)/);
    expect(fullText(a)).toMatch(/1\. mars/);
  });
});

describe('an old rule stated first, then a one-word question about now', () => {
  it('is answered on the old rule’s subject, not on the one word', () => {
    const cases: [string, RegExp][] = [
      ['før måtte pengene være brukt innen 31.12.2019 – hvilken frist gjelder nå', /31\.12\.2024/],
      ['tidligere var overheadgrensen 5 %. hva er grensen nå', /5 prosent/],
    ];
    for (const [q, fact] of cases) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(fact);
    }
  });
});
