import { performance } from 'node:perf_hooks';
import { Bm25Index, type Concept, type IndexDoc, type Scored } from './bm25.ts';
import { analyze, tokenize } from './analyzer.ts';
import { synonymsOf } from './synonyms.ts';
import type { DocSection, OperatorDocument } from './operator-docs.ts';
import type { Answer, AnswerOptions, Answerer, GuidelinesStats, KnowledgeEntry, SearchHit, Source } from './types.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

type Item = { kind: 'entry'; entry: KnowledgeEntry; local: boolean } | { kind: 'section'; section: DocSection };

/**
 * Thresholds tuned on the dev set, chosen as round values inside the plateau where both targets hold
 * (see the report in eval.ts output) rather than at its edge.
 */
export const THRESHOLDS = {
  /** Share of the question's idf weight that the best document must cover. */
  minCoverage: 0.58,
  /** Idf weight that must match, so a single very common word is never enough. */
  minMatchedWeight: 1.6,
  /** A longer question that matches this many words may carry one unknown word ("helsestasjonen")... */
  manyMatched: 3,
  /** ...as long as the match still covers this share. */
  minCoverageWhenMany: 0.5,
  /** Within this share of the best score, two documents count as answering the same thing. */
  sameQuestionBand: 0.75,
} as const;

// Curated entries are written for answering; a raw document section must do better to beat one.
const SECTION_FACTOR = 0.85;
// A leader's saved answer is about this very network; it wins a near tie.
const LOCAL_FACTOR = 1.1;
const PASSAGE_MAX = 600;

function entryDoc(entry: KnowledgeEntry, local: boolean): IndexDoc<Item> {
  return {
    key: entry.id,
    payload: { kind: 'entry', entry, local },
    fields: [
      { text: entry.questions.join('\n'), weight: 2 },
      { text: entry.topic, weight: 2 },
      { text: (entry.keywords ?? []).join(' '), weight: 2 },
      { text: entry.answer, weight: 1 },
    ],
  };
}

function sectionDoc(section: DocSection): IndexDoc<Item> {
  return {
    key: section.id,
    payload: { kind: 'section', section },
    fields: [
      { text: section.heading, weight: 2 },
      { text: section.body, weight: 1 },
    ],
  };
}

const sourceOf = (item: Item): Source =>
  item.kind === 'entry'
    ? item.entry.source
    : { title: item.section.title, section: item.section.heading, year: item.section.year };

const yearOf = (item: Item) => sourceOf(item).year;
const topicOf = (item: Item) => (item.kind === 'entry' ? item.entry.topic : item.section.heading);
const idOf = (item: Item) => (item.kind === 'entry' ? item.entry.id : item.section.id);

function clean(text: string): string {
  return text
    .replace(/^[\s•▪●■✓*·–-]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of a section that best answers the question: a paragraph, or up to three sentences of a long one. */
function bestPassage(body: string, concepts: Concept[]): string {
  const stemsOf = concepts.map((c) => new Set([...c.stems.map((s) => s.stem), ...c.parts]));
  const hits = (text: string) => {
    const present = new Set(analyze(text).flatMap((a) => [a.stem, ...a.parts]));
    return stemsOf.reduce((n, set) => n + ([...set].some((s) => present.has(s)) ? 1 : 0), 0);
  };
  const paragraphs = body.split(/\n\s*\n/).map(clean).filter((p) => p.length > 0);
  const candidates: string[] = [];
  for (const p of paragraphs) {
    if (p.length <= PASSAGE_MAX) candidates.push(p);
    else {
      const sentences = p.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [p];
      for (let i = 0; i < sentences.length; i++) candidates.push(sentences.slice(i, i + 3).join('').trim());
    }
  }
  let best = candidates[0] ?? clean(body);
  let bestHits = -1;
  for (const c of candidates) {
    const h = hits(c);
    if (h > bestHits) [best, bestHits] = [c, h];
  }
  return best.length > PASSAGE_MAX ? `${best.slice(0, PASSAGE_MAX).replace(/\s\S*$/, '')}${t.passageEllipsis}` : best;
}

export class Guidelines implements Answerer {
  readonly #index: Bm25Index<Item>;
  readonly #entries: Map<string, KnowledgeEntry>;
  readonly #docs: OperatorDocument[];
  readonly #buildMs: number;
  readonly #maxIdf: number;
  readonly #sideIndexes = new WeakMap<readonly KnowledgeEntry[], Bm25Index<Item>>();

  constructor(entries: readonly KnowledgeEntry[], docs: readonly OperatorDocument[] = []) {
    const start = performance.now();
    this.#entries = new Map(entries.map((e) => [e.id, e]));
    this.#docs = [...docs];
    this.#index = new Bm25Index<Item>([
      ...entries.map((e) => entryDoc(e, false)),
      ...docs.flatMap((d) => d.sections.map(sectionDoc)),
    ]);
    this.#maxIdf = this.#index.idf('\u0000');
    this.#buildMs = performance.now() - start;
  }

  #side(extra: readonly KnowledgeEntry[] | undefined): Bm25Index<Item> | undefined {
    if (!extra?.length) return undefined;
    let side = this.#sideIndexes.get(extra);
    if (!side) {
      side = new Bm25Index(extra.map((e) => entryDoc(e, true)), this.#index);
      this.#sideIndexes.set(extra, side);
    }
    return side;
  }

  #rank(question: string, opts?: AnswerOptions) {
    const concepts = this.#index.concepts(question);
    const side = this.#side(opts?.extraEntries);
    const extraDocs = side?.size ?? 0;
    const idf = (s: string) => this.#index.idf(s, extraDocs, side?.df(s) ?? 0);
    // How much each word of the question matters; words no document uses weigh the most, so
    // "ordfører" or "fly" in a question pull it towards a refusal.
    const weights = concepts.map((c) => {
      const known = c.stems.filter((s) => this.#index.df(s.stem) + (side?.df(s.stem) ?? 0) > 0);
      if (known.length) return Math.min(...known.map((s) => idf(s.stem)));
      const partIdf = c.parts.map((p) => {
        const known = [p, ...synonymsOf(p)].filter((x) => this.#index.df(x) > 0);
        return known.length ? Math.min(...known.map(idf)) : undefined;
      });
      return partIdf.length > 1 && partIdf.every((x) => x !== undefined)
        ? partIdf.reduce((a, x) => a + x!, 0) / partIdf.length
        : this.#maxIdf;
    });
    const total = weights.reduce((a, b) => a + b, 0);
    const adjust = (r: Scored<Item>): Scored<Item> => {
      const factor = r.payload.kind === 'section' ? SECTION_FACTOR : r.payload.local ? LOCAL_FACTOR : 1;
      return { ...r, score: r.score * factor };
    };
    const ranked = [...this.#index.score(concepts, idf), ...(side?.score(concepts, idf) ?? [])]
      .map(adjust)
      .sort((a, b) => b.score - a.score);
    const coverageOf = (r: Scored<Item>) => {
      let w = 0;
      for (const i of r.matched) w += weights[i]!;
      return { coverage: total ? w / total : 0, matchedWeight: w };
    };
    return { concepts, ranked, coverageOf, weights };
  }

  /** Why a question was answered or declined: each word's weight and whether the best match holds it. */
  explain(question: string, opts?: AnswerOptions): { word: string; weight: number; matched: boolean }[] {
    const { concepts, ranked, weights } = this.#rank(question, opts);
    return concepts.map((c, i) => ({
      word: c.surface + (c.parts.length ? `(${c.parts.join('+')})` : ''),
      weight: Math.round(weights[i]! * 100) / 100,
      matched: ranked[0]?.matched.has(i) ?? false,
    }));
  }

  answer(question: string, opts?: AnswerOptions): Answer {
    const { concepts, ranked, coverageOf } = this.#rank(question, opts);
    const suggestions = this.#suggestions(ranked);
    const top = ranked[0];
    const decline = (score: number): Answer => ({ answered: false, answer: t.declined, sources: [], score, suggestions });
    if (!top) return decline(0);
    const { coverage, matchedWeight } = coverageOf(top);
    const score = Math.round(coverage * 1000) / 1000;
    const enough =
      coverage >= THRESHOLDS.minCoverage ||
      (top.matched.size >= THRESHOLDS.manyMatched && coverage >= THRESHOLDS.minCoverageWhenMany);
    if (!enough || matchedWeight < THRESHOLDS.minMatchedWeight) return decline(score);

    const askedYears = new Set(tokenize(question).filter((w) => /^(19|20)\d\d$/.test(w)).map(Number));
    const band = ranked.filter(
      (r) => r.score >= top.score * THRESHOLDS.sameQuestionBand && [...top.matched].every((i) => r.matched.has(i)),
    );
    let chosen = top;
    if (askedYears.size) {
      chosen = band.find((r) => askedYears.has(yearOf(r.payload))) ?? top;
    } else {
      // Where two documents answer the same question, the newest one stands.
      for (const r of band) if (yearOf(r.payload) > yearOf(chosen.payload)) chosen = r;
    }

    let item = chosen.payload;
    let olderRuleNote: string | undefined;
    if (item.kind === 'entry' && item.entry.supersededBy && !askedYears.has(item.entry.source.year)) {
      const old = item.entry;
      const newer = this.#entries.get(old.supersededBy!);
      if (newer) {
        item = { kind: 'entry', entry: newer, local: false };
        olderRuleNote = t.olderRule(old.source.year, old.source, old.answer);
      }
    }
    if (!olderRuleNote && item.kind === 'entry' && item.entry.olderRule) {
      const o = item.entry.olderRule;
      olderRuleNote = t.olderRule(o.year, o.source, o.text);
    }
    if (!olderRuleNote) {
      const chosenYear = yearOf(item);
      const older = band.find(
        (r) => yearOf(r.payload) < chosenYear && sourceOf(r.payload).title !== sourceOf(item).title && r.payload.kind !== item.kind,
      );
      if (older) olderRuleNote = t.olderDocument(sourceOf(older.payload), this.#text(older.payload, concepts));
    }

    const text = this.#text(item, concepts);
    return {
      answered: true,
      answer: item.kind === 'section' ? `${text}\n${t.fromYear(item.section.year)}` : text,
      sources: [sourceOf(item)],
      score,
      ...(olderRuleNote ? { olderRuleNote } : {}),
      suggestions: suggestions.filter((s) => s.id !== idOf(item)),
    };
  }

  #text(item: Item, concepts: Concept[]): string {
    return item.kind === 'entry' ? item.entry.answer : bestPassage(item.section.body, concepts);
  }

  #suggestions(ranked: Scored<Item>[]): { id: string; topic: string }[] {
    const out: { id: string; topic: string }[] = [];
    const topics = new Set<string>();
    for (const r of ranked) {
      const topic = topicOf(r.payload);
      if (topics.has(topic)) continue;
      topics.add(topic);
      out.push({ id: idOf(r.payload), topic });
      if (out.length === 3) break;
    }
    return out;
  }

  /** For the message extension: best matches without refusing; an empty query lists topics. */
  search(query: string, limit: number, opts?: AnswerOptions): SearchHit[] {
    const toHit = (item: Item, score: number, concepts: Concept[]): SearchHit => ({
      id: idOf(item),
      topic: topicOf(item),
      answer: this.#text(item, concepts),
      source: sourceOf(item),
      score: Math.round(score * 1000) / 1000,
    });
    if (!query.trim()) {
      return [...(opts?.extraEntries ?? []), ...this.#entries.values()]
        .filter((e) => !e.supersededBy)
        .slice(0, limit)
        .map((e) => toHit({ kind: 'entry', entry: e, local: false }, 0, []));
    }
    const { concepts, ranked } = this.#rank(query, opts);
    return ranked.slice(0, limit).map((r) => toHit(r.payload, r.score, concepts));
  }

  stats(): GuidelinesStats {
    return {
      entries: this.#entries.size,
      operatorDocuments: this.#docs.length,
      operatorSections: this.#docs.reduce((n, d) => n + d.sections.length, 0),
      terms: this.#index.termCount,
      indexBuildMs: Math.round(this.#buildMs * 100) / 100,
    };
  }
}
