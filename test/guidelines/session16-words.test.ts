import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { questionType, splitQuestion } from '../../src/guidelines/question.ts';
import { QUESTION_OPENERS } from '../../src/conversation/question-openers.ts';

// Session 16 leftovers, in our own wordings.
const g = loadKnowledgeBaseSync();
const sections = (a: { sources: { section: string }[] }) => a.sources.map((s) => s.section).join(' | ');

describe('a member whose network kind is known gets that kind’s rule only', () => {
  it('gives a leader network the leader networks’ extra year, not the learning networks’ transfer first', () => {
    const a = g.answer('Kan vi flytte penger vi ikke har brukt over til neste år?', { networkKind: 'leaders' });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('31.12.2025');
    expect(a.answer).not.toMatch(/læringsnettverk som ikke har brukt/iu);
    expect(sections(a)).not.toMatch(/læringsnettverk/u);
  });

  it('gives a learning network its transfer rule without the leader networks’ paragraph', () => {
    const a = g.answer('Kan vi flytte penger vi ikke har brukt over til neste år?', { networkKind: 'learning' });
    expect(a.answer).not.toMatch(/barnevernsledernettverk skal bruke/iu);
    expect(sections(a)).not.toMatch(/barnevernsledernettverk/u);
  });

  it('cites the leader networks’ section, not the learning networks’, for who hands out the money', () => {
    const a = g.answer('Hvem er det som avgjør hvilke nettverk som blir tildelt penger?', { networkKind: 'leaders' });
    expect(a.answer).toMatch(/statsforvalter/iu);
    expect(sections(a)).toMatch(/5\. Rammer for barnevernsledernettverk/u);
    expect(sections(a)).not.toMatch(/læringsnettverk/u);
  });

  it('still gives both kinds’ rules when neither the asker’s kind nor the question says which', () => {
    const a = g.answer('Kan vi flytte penger vi ikke har brukt over til neste år?');
    expect(a.answer).toMatch(/læringsnettverk/iu);
    expect(a.answer).toMatch(/barnevernsledernettverk/iu);
  });
});

describe('one list of question openers', () => {
  it('reads every shared verb as opening a yes/no question', () => {
    for (const w of QUESTION_OPENERS) {
      if (/^(?:hv|kv|kor|når)/u.test(w)) continue;
      expect(questionType(`${w} det noen regel for dette?`), w).toBe('yesno');
    }
  });

  it('hears «vil» and «fins» at the start as yes/no questions', () => {
    expect(questionType('vil det bli lyst ut nye midler til høsten?')).toBe('yesno');
    expect(questionType('fins det en mal for sluttrapporten?')).toBe('yesno');
  });

  it('splits two questions at a shared opener, but not at one that only opens the asking clause', () => {
    expect(splitQuestion('Kan kommunen søke alene, og fins det en mal for søknaden?')).toHaveLength(2);
    expect(splitQuestion('Må alle kommunene vedta prosjektet, eller holder det at lederne er enige?')).toHaveLength(1);
  });
});

describe('everyday words read as the documents’ terms', () => {
  const id = (q: string) => g.answer(q).entryId;

  it('reads what makes a network work, by those who studied it, as the evaluation’s success criteria', () => {
    expect(id('Hva mener forskningen skal til for at slike nettverk fungerer?')).toBe('ov-suksesskriterier');
    expect(id('Hva har de som har studert ordningen sett gjør at samarbeidet funker?')).toBe('ov-suksesskriterier');
  });

  it('leaves «på statlig nivå» out and finds the Statsforvalter by the acts asked', () => {
    const a = g.answer('Hvem på statlig hold fordeler midlene og passer på at de går til det de skal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/statsforvalter/iu);
  });

  it('reads nynorsk «nøydd» as obliged', () => {
    const a = g.answer('Er kommunen vår nøydd til å vere med i eit læringsnettverk?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/frivillig/iu);
  });

  it('reads keeping the money, or sitting on it, as the carry-over and not as the Statsforvalter managing it', () => {
    const keep = g.answer('Kan læringsnettverket beholde de pengene som ble til overs?');
    expect(keep.answered).toBe(true);
    expect(keep.answer).toMatch(/overfør|betales tilbake/iu);
    const sit = g.answer('Hvor lenge kan læringsnettverket sitte på midlene?');
    expect(sit.answer).not.toMatch(/^Som tilskuddsforvalter/u);
    expect(sit.answer).toMatch(/2025/u);
  });

  it('still reads «hvem sitter på pengene» as who manages them', () => {
    expect(g.answer('Hvem er det som sitter på pengene?').answer).toMatch(/statsforvalter/iu);
  });
});
