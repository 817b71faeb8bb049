import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeEntry } from '../../src/guidelines/index.ts';
import { evaluate, readQaFile, TARGETS } from '../../src/guidelines/eval-core.ts';

const guidelines = await loadKnowledgeBase({});
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('guidelines answerer', () => {
  it('meets the targets on the shared dev set', () => {
    const r = evaluate(guidelines, readQaFile('/work/shared/eval/qa-dev.jsonl'));
    expect(r.failures.map((f) => f.item.id)).toEqual([]);
    expect(r.answeredRate).toBeGreaterThanOrEqual(TARGETS.answered);
    expect(r.declinedRate).toBeGreaterThanOrEqual(TARGETS.declined);
  });

  // Our own questions, worded differently from the dev set, so tuning on it cannot hide overfitting.
  it.each(['heldout.jsonl', 'heldout-2.jsonl'])('meets the targets on held-out set %s', (name) => {
    const r = evaluate(guidelines, readQaFile(fixture(name)));
    expect(r.answeredRate).toBeGreaterThanOrEqual(TARGETS.answered);
    expect(r.declinedRate).toBeGreaterThanOrEqual(TARGETS.declined);
  });

  it('names the source section and year and mentions an older rule', () => {
    const a = guidelines.answer('Må vi samarbeide med et kompetansemiljø?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]).toMatchObject({ section: '2. Rammer for kommunale læringsnettverk', year: 2024 });
    expect(a.answer).toContain('kan kreve');
    expect(a.olderRuleNote).toContain('2018');
  });

  it('answers a question about the superseded 2018 rule with the current one, unless it asks about 2018', () => {
    const now = guidelines.answer('Er samarbeid med kompetansemiljø et vilkår for tilskudd?');
    expect(now.sources[0]!.year).toBe(2024);
    const then = guidelines.answer('Hvilke vilkår gjaldt for tilskudd i 2018?');
    expect(then.sources[0]!.year).toBe(2018);
    expect(then.olderRuleNote).toContain('2024');
  });

  it('declines with up to three suggestions instead of guessing', () => {
    const a = guidelines.answer('Hvem er ordfører i Eidsvoll?');
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    expect(guidelines.answer('').answered).toBe(false);
  });

  it('finds a network-local entry passed as extraEntries, without rebuilding the main index', () => {
    const local: KnowledgeEntry[] = [
      {
        id: 'lokal-kjoregodtgjorelse',
        topic: 'Kjøregodtgjørelse til samlinger',
        questions: ['Får vi dekket kjøregodtgjørelse til samlingene?'],
        answer:
          'Nettverket dekker kjøregodtgjørelse etter statens satser for samlinger som styringsgruppa har vedtatt.',
        source: { title: 'Vedtak i styringsgruppa', section: 'Møte 12. mars', year: 2025 },
      },
    ];
    const q = 'Dekker nettverket kjøregodtgjørelse?';
    expect(guidelines.answer(q).answered).toBe(false);
    const a = guidelines.answer(q, { extraEntries: local });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('statens satser');
    expect(a.sources[0]!.title).toBe('Vedtak i styringsgruppa');
    // The built-in answers still work next to the local ones.
    expect(guidelines.answer('Trenger vi revisor?', { extraEntries: local }).answer).toContain('200 000');
  });

  it('search returns entries with topic, answer and source for the message extension', () => {
    const hits = guidelines.search('overhead', 3);
    expect(hits[0]).toMatchObject({ id: 'rf-overhead', source: { year: 2024 } });
    expect(hits[0]!.answer).toContain('5 prosent');
    expect(guidelines.search('', 5)).toHaveLength(5);
    const stats = guidelines.stats();
    expect(stats.entries).toBeGreaterThanOrEqual(60);
    expect(stats.terms).toBeGreaterThan(500);
  });
});
