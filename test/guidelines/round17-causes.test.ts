import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { askedDeadline, finallyNotEnd, statedDeadlines } from '../../src/guidelines/deadline-kind.ts';
import { referent } from '../../src/guidelines/guidelines.ts';
import { actInText } from '../../src/guidelines/negation.ts';

// Causes of blind round 17, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('the four deadline rules: who acts and what is done by the date', () => {
  it('reads the act asked from the actor and the verbs', () => {
    expect(askedDeadline('når må årsrapporten være inne')).toBe('report');
    expect(askedDeadline('midlene statsforvalteren ikke rekker å dele ut før nyttår, kan de spares')).toBe('handout');
    expect(askedDeadline('hvor lenge kan vi holde på tilskuddet')).toBe('spend');
    expect(askedDeadline('vi har litt igjen av pengene, får vi overført dem')).toBe('spend');
    expect(askedDeadline('hva er søknadsfristen')).toBe('apply');
  });

  it('takes money the asker received as spending, not as handing out', () => {
    expect(askedDeadline('pengene vi fikk delt ut i fjor, hvor lenge kan vi bruke dem')).toBe('spend');
  });

  it('reads the report from the asking clause, not from the story before it', () => {
    const msg = 'før ble ubrukte midler betalt tilbake ved rapporteringen. kan vi nå få dem overført til neste år?';
    expect(askedDeadline(msg, 'kan vi nå få dem overført til neste år?')).toBe('spend');
  });

  it('hears «når» inside a clause as an occasion, not a time asked', () => {
    expect(askedDeadline('må vi følge planen når pengene brukes')).toBeUndefined();
    expect(askedDeadline('hvem avgjør når midlene fordeles')).toBeUndefined();
  });

  it('dates a text clause by clause, carrying over being spending', () => {
    expect(statedDeadlines('Det som ikke er delt ut i løpet av 2024, skal betales tilbake.')).toEqual(
      new Set(['handout']),
    );
    expect(statedDeadlines('De kan søke om overføring, og da er siste frist 31.12.2025.')).toEqual(new Set(['spend']));
    expect(statedDeadlines('Statsforvalteren fordeler midlene.')).toEqual(new Set());
  });

  it('gives the report deadline for a short ask of it, not the spending date', () => {
    const a = g.answer('frist rapport læringsnettverket');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars/);
  });

  it('gives the Statsforvalter’s duty for money it does not hand out, not a network’s carry-over', () => {
    const a = g.answer('Midlene statsforvalteren ikke rekker å dele ut før nyttår, kan de tas med over i neste år?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/betales tilbake til direktoratet/);
  });

  it('gives a leader network its carry-over to the end of the next year', () => {
    const a = g.answer(
      'Ledernettverket har penger til overs fra 2024, trenger vi å spørre Statsforvalteren for å bruke dem neste år?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/31\.12\.2025/);
  });
});

describe('an act negated in the question', () => {
  const stems = (c: string) =>
    c
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map((w) => w.slice(0, 6));
  const acts = new Set(['priori']);

  it('is answered where a text ranks it below another, not where it is named as a task', () => {
    expect(actInText('De prioriterte kurs framfor fagdager.', acts, stems)).toEqual({ named: true, contrasted: true });
    expect(actInText('De skal behandle søknader og prioritere midlene.', acts, stems)).toEqual({
      named: true,
      contrasted: false,
    });
    expect(actInText('De behandler søknader.', acts, stems).named).toBe(false);
  });

  it('gives what was ranked below, not the Statsforvalter’s list of tasks', () => {
    const a = g.answer('Hvilke utgifter ble ikke prioritert når Oslo og Viken fordelte midler?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/framfor generelle fagdager/);
    expect(a.answer).not.toMatch(/komme i gang og følge dem opp/);
  });
});

describe('the second half of a two-part question', () => {
  it('stands the pronoun of a «who» half for the first half’s subject', () => {
    expect(referent('hvem sender vi den til', 'hva skal rapporten fortelle')).toBe('hvem sender vi rapporten til');
    expect(referent('hvem sender vi den til', 'hvem skal lage rapporten')).toBeUndefined();
  });

  it('hears «til slutt» without a period as stress, not as the end of a year', () => {
    expect(finallyNotEnd('hvem bestemmer til slutt hvem som får')).toBe('hvem bestemmer hvem som får');
    expect(finallyNotEnd('midlene går til slutt i prosjektet')).toBe('midlene går til slutt i prosjektet');
  });

  it('answers where the report goes after what it holds, not where applications go', () => {
    const a = g.answer('Hva skal årsrapporten fra ledernettverket fortelle, og hvem sender vi den til?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/lederfaglig/);
    expect(a.answer).toMatch(/Rapporten skal sendes til Statsforvalteren/);
  });

  it('answers who decides after the two pots, not a carry-over date', () => {
    const a = g.answer(
      'Kan et nettverk ha prosjekter i begge pottene samtidig? Og hvem bestemmer til slutt hvilke søknader som får penger?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/endelige vurderingen/);
    expect(a.answer).not.toMatch(/31\.12\.2025/);
  });
});
