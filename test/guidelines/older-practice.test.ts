// An earlier giver's priority (an entry marked `practice` and superseded by a current rule) answers a question on what
// the money may go to with the current rule first, for the asker's kind of network, and itself after as «Eldre praksis».
import { describe, expect, it } from 'vitest';
import { fullText } from '../../src/guidelines/eval-core.ts';
import {
  DEFAULT_KNOWLEDGE_DIR,
  Guidelines,
  loadKnowledgeDir,
  type KnowledgeEntry,
} from '../../src/guidelines/index.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';

const now = new Date('2026-11-23T09:00:00Z');

describe('the mechanism, on entries of its own', () => {
  const current = { title: 'Retningslinjer for nettverk', section: 'Bruk av midler', year: 2024 };
  const older = { title: 'Samling hos Statsforvalteren i Nordland', section: 'Vi prioriterte', year: 2020 };
  const entries: KnowledgeEntry[] = [
    {
      id: 'x-bruk-laering',
      topic: 'Hva læringsnettverkets midler kan brukes til',
      questions: ['Hva kan læringsnettverket bruke midlene til?'],
      answer: 'Midlene kan dekke stillinger og kurs i prosjektperioden.',
      source: current,
      network: 'learning',
      counterpart: 'x-bruk-leder',
    },
    {
      id: 'x-bruk-leder',
      topic: 'Hva ledernettverkets midler kan brukes til',
      questions: ['Hva kan ledernettverket bruke midlene til?'],
      answer: 'Midlene kan brukes til veiledning og samlinger for lederne.',
      source: current,
      network: 'leaders',
      counterpart: 'x-bruk-laering',
    },
    {
      id: 'x-prioritert',
      topic: 'Hva som ble prioritert ved tildeling i Nordland',
      questions: ['Kan vi bruke midlene på bussreiser?', 'Hva prioriterte Statsforvalteren i Nordland?'],
      answer: 'I 2020 prioriterte Statsforvalteren i Nordland kurs framfor bussreiser.',
      keywords: ['bussreiser'],
      source: older,
      supersededBy: 'x-bruk-laering',
      practice: true,
    },
  ];
  // Beside the real documents, so that the words weigh as they do in use.
  const g = new Guidelines([...entries, ...loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR)]);

  it('gives the current rule first and the priority after it, labelled as older practice', () => {
    const a = g.answer('Kan vi bruke midlene på bussreiser?', { now });
    expect(a.answered).toBe(true);
    expect(a.entryId).toBe('x-bruk-laering');
    expect(a.answer.startsWith('Gjelder bare læringsnettverk. Midlene kan dekke stillinger')).toBe(true);
    expect(a.noteKind).toBe('practice');
    expect(fullText(a)).toContain(`${t.card.practiceLabel}: I 2020 prioriterte Statsforvalteren i Nordland`);
    expect(a.olderRuleNote).toContain('Kilde: Samling hos Statsforvalteren i Nordland');
  });

  it('gives a leader network its own kind’s rule', () => {
    const a = g.answer('Kan ledernettverket bruke midlene på bussreiser?', { now });
    expect(a.entryId).toBe('x-bruk-leder');
    expect(a.answer).toContain('samlinger for lederne');
    expect(a.answer).not.toContain('stillinger');
    expect(a.noteKind).toBe('practice');
    expect(a.olderRuleNote).toContain('bussreiser');
  });

  it('answers a question about the priority itself with it, and the current rule as «Gjelder nå»', () => {
    const a = g.answer('Hva prioriterte Statsforvalteren i Nordland?', { now });
    expect(a.entryId).toBe('x-prioritert');
    expect(a.noteKind).toBe('newer');
    expect(a.olderRuleNote).toContain('Midlene kan dekke stillinger');
  });
});

describe('the documents: meal and venue costs', () => {
  const g = new Guidelines(loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR));
  const ask = (q: string) => g.answer(q, { now });

  it.each([
    'kan ledernettverket vårt bruke pengene på lunsj',
    'kan barnevernsledernettverket dekke servering med midlene',
  ])('%s → the leader networks’ 2024 rule (seed 003 §5), then Oslo og Viken’s priority', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.entryId).toBe('rf-ledernettverk-bruk');
    expect(a.sources[0]).toMatchObject({ year: 2024, section: '5. Rammer for barnevernsledernettverk' });
    expect(a.answer).toContain('veiledning og samlinger for lederne');
    expect(a.answer).not.toContain('Midlene kan dekke stillinger');
    expect(a.noteKind).toBe('practice');
    expect(a.olderRuleNote).toContain('hotell og bespisning');
  });

  it('a learning network gets its own kind’s rule and the priority, not the leaders’ rule', () => {
    const a = ask('kan læringsnettverket bruke midlene på middag til deltakerne');
    expect(a.entryId).toBe('rf-hva-midlene-dekker');
    expect(a.answer).not.toContain('samlinger for lederne');
    expect(a.olderRuleNote).toContain('hotell og bespisning');
  });

  it('asked what Oslo og Viken prioritised, the priority answers and the current rule follows as «Gjelder nå»', () => {
    const a = ask('hva ga Statsforvalteren lav prioritet ved forrige tildeling');
    expect(a.entryId).toBe('ov-prioritert-sist');
    expect(a.answer).toContain('hotell og bespisning');
    expect(a.noteKind).toBe('newer');
    expect(a.olderRuleNote).toContain('Midlene kan dekke stillinger');
  });
});
