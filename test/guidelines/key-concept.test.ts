import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';

// Issue #12, levers 2 and 7: the chosen text must hold the question's key concept (a concept of the domain
// thesaurus), and a misspelt counted noun is looked for as the documents spell it. The team's own wordings.
const g = loadKnowledgeBaseSync();

describe('the key concept decides', () => {
  it('"hvor stor del" matching a text about parts of a cost key does not answer an overhead question', () => {
    for (const q of [
      'hvor stor del kan gå til fellesutgifter?',
      'hvor stor del av tilskuddet kan gå til administrasjon',
      'hvor stor del kan brukes på indirekte kostnader',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/5 prosent|5 %/);
      expect(fullText(a), q).not.toMatch(/fordelingsnøkkel/);
    }
  });

  it('a heavier plain word ("definert") does not hide the thesaurus concept the chosen text must hold', () => {
    // Outside round 6: the heaviest word was a verb the wrong text held (a definition of learning networks), so the
    // key check never ran for the concept asked about. The nearly as heavy thesaurus concept is now the key.
    for (const q of [
      'Hvordan blir overhead definert i retningslinjene?',
      'Hvordan er administrasjonskostnader definert i retningslinjene?',
      'hvordan er indirekte kostnader definert i reglene',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/husleie/);
      expect(fullText(a), q).not.toMatch(/fagfellesskap/);
    }
  });

  it('"kurse de ansatte": the heavier plain word ("ansatte") does not pick the text on salaries over the one on training', () => {
    for (const q of ['kan vi kurse de ansatte med tilskuddet', 'kan vi kurse de ansatte for stimuleringsmidlene']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.entryId, q).not.toBe('rf-stillinger');
      expect(fullText(a), q).toMatch(/opplæring/);
    }
  });

  it('money "igjen" in a leader network finds the leader network\'s time limit, not the allocation rule', () => {
    // Outside round 6: "… kr igjen av 2024-tildelingen" matched 'tildeling' in the allocation text. The time-limit
    // text now says "penger igjen" (money left over) in everyday words.
    const q = 'barnevernsledernettverket har 15 000 kr igjen av 2024-tildelingen, holder det å bruke dem i 2025';
    const a = g.answer(q);
    expect(a.answered, q).toBe(true);
    expect(a.entryId, q).toBe('rf-ledernettverk-frist');
    expect(fullText(a), q).toMatch(/31\.12\.2025/);
  });

  it('"hvem ga pengene" to Øvre Romerike names the giver (Statsforvalteren i Oslo og Viken), not the project', () => {
    const q = 'Hvem ga Øvre Romerike penger til veiledningsteamet?';
    const a = g.answer(q);
    expect(a.answered, q).toBe(true);
    expect(fullText(a), q).toMatch(/Statsforvalteren i Oslo og Viken/);
    expect(fullText(a), q).toMatch(/2 millioner/);
  });

  it('a much lighter thesaurus word does not stand in for the heaviest word', () => {
    // 'betale' weighs far less than 'ledertrening', which the right text holds: the question is answered.
    const a = g.answer('kan vi betale for ledertrening med tilskuddet');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/barnevernsledernettverk/);
  });

  it('a rare verb or adjective is not taken for the key concept (the right text words it otherwise)', () => {
    const a = g.answer('når på døgnet starter møtene i nettverket på romerike');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/09[.:]00/);
  });
});

describe('a typo in the counted noun', () => {
  it('is corrected before the count is looked for next to it', () => {
    for (const q of [
      'hvor mange barnvernstjenster må være med for å søke',
      'hvor mange barnevrnstjenester må være med i et læringsnettverk',
    ]) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/minst to barnevern/);
    }
  });
});

describe('what an actor does, and whether something is required', () => {
  it('asked what the steering group does, the answer gives its tasks, not that it is recommended', () => {
    for (const q of ['hva skal styringsgruppen gjøre', 'kva gjer styringsgruppa']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/forberede|informasjon/);
    }
  });

  it('"må … ha en X" asks whether X is required: never answered with the plan template’s fields for X', () => {
    const a = g.answer('må prosjektet ha en prosjektleder');
    expect(fullText(a)).not.toMatch(/telefonnummer|e-postadresse/);
    const b = g.answer('må nettverket ha en styringsgruppe');
    expect(b.answered).toBe(true);
    expect(fullText(b)).toMatch(/anbefal/);
  });
});

describe('a name is a key concept', () => {
  it('a name written as one (RBUP) that no close text holds is not answered with a text about buying guidance', () => {
    const a = g.answer('får vi kjøpe veiledning hos RBUP');
    expect(fullText(a)).not.toMatch(/private aktører/);
    expect(g.answer('hva er RBUP').answered).toBe(true);
  });

  it('in a two-part question that part stays unanswered instead of borrowing the first part’s words', () => {
    const a = g.answer('Kan midlene dekke stillinger? Og får vi kjøpe veiledning hos RBUP?');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/stillinger/);
    expect(fullText(a)).not.toMatch(/private aktører/);
  });
});
