import { analyze, contentStems, tokenize, type AnalyzedTerm, type Vocabulary } from './analyzer.ts';
import { broaderOf, synonymsOf } from './synonyms.ts';

export interface Field {
  text: string;
  weight: number;
}

export interface IndexDoc<T> {
  key: string;
  payload: T;
  fields: Field[];
}

interface Posting {
  doc: number;
  tf: number;
}

const K1 = 1.2;
const B = 0.75;
const SYNONYM_WEIGHT = 0.7;
const BROADER_WEIGHT = 0.5;
const PART_WEIGHT = 0.6;
const VARIANT_WEIGHT = 0.9;
const VARIANT_MIN = 5;
const HEAD_WEIGHT = 0.5;
const HEAD_MIN = 5;
// Term frequency a compound's head part adds to a text, against 0.5 for its other parts.
const HEAD_TF = 0.8;
// Only endings the stemmer is known to leave behind, so prosjekteier never turns into prosjekt.
// -t/-te: past forms the stemmer keeps (anbefalt, anbefalte) next to the present (anbefal).
// -n/-ne/-ern: plural and definite forms (statsforvalterne → statsforvaltern, next to statsforvalter).
const INFLECTION_ENDINGS = new Set(['e', 'r', 'er', 'en', 'et', 'a', 'ar', 't', 'te', 'n', 'ne', 'ern']);

/** One query word with the stems that count as a hit for it. */
export interface Concept {
  surface: string;
  /** `broader`: a wider concept the word is a kind of; it matches, but does not make the word known. */
  stems: { stem: string; weight: number; broader?: true }[];
  /** Compound parts; a document holding all of them counts as a (weaker) hit. */
  parts: string[];
}

export interface Scored<T> {
  payload: T;
  key: string;
  score: number;
  /** Indexes into the query's concepts that this document matched. */
  matched: Set<number>;
}

export class Bm25Index<T> implements Vocabulary {
  readonly docs: IndexDoc<T>[] = [];
  readonly #postings = new Map<string, Posting[]>();
  readonly #words = new Set<string>();
  readonly #lengths: number[] = [];
  #avgLength = 1;
  /** A fallback vocabulary (the main corpus) for a side index that holds only a few entries. */
  readonly #parentVocab: Vocabulary | undefined;

  constructor(docs: IndexDoc<T>[], parentVocab?: Vocabulary) {
    this.#parentVocab = parentVocab;
    // Pass 1: the corpus vocabulary, which compound splitting checks parts against.
    const stems = new Set<string>();
    for (const d of docs)
      for (const f of d.fields) {
        for (const w of tokenize(f.text)) this.#words.add(w);
        for (const s of contentStems(f.text)) stems.add(s);
      }
    for (const s of stems) this.#postings.set(s, []);
    // Pass 2: weighted term frequencies, compound parts counted as terms of their own.
    for (const d of docs) {
      const tf = new Map<string, number>();
      let length = 0;
      for (const f of d.fields) {
        for (const t of analyze(f.text, this)) {
          tf.set(t.stem, (tf.get(t.stem) ?? 0) + f.weight);
          // A compound names a kind of its last part (a "følgeevaluering" is an evaluation): the head counts more.
          t.parts.forEach((p, i) =>
            tf.set(p, (tf.get(p) ?? 0) + f.weight * (i === t.parts.length - 1 ? HEAD_TF : 0.5)),
          );
          length += f.weight;
        }
      }
      const n = this.docs.length;
      this.docs.push(d);
      this.#lengths.push(length);
      for (const [term, freq] of tf) {
        let list = this.#postings.get(term);
        if (!list) this.#postings.set(term, (list = []));
        list.push({ doc: n, tf: freq });
      }
    }
    this.#avgLength = this.#lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.#lengths.length) || 1;
  }

  /** Every word form the corpus uses (for spelling correction). */
  words(): ReadonlySet<string> {
    return this.#words;
  }

  hasWord(word: string): boolean {
    return this.#words.has(word) || (this.#parentVocab?.hasWord(word) ?? false);
  }

  hasStem(stem: string): boolean {
    // A nynorsk or everyday word whose synonym the corpus uses is known too (fosterheim → fosterhjem).
    return (
      this.#hasOwnStem(stem) ||
      synonymsOf(stem).some((s) => this.#hasOwnStem(s)) ||
      (this.#parentVocab?.hasStem(stem) ?? false)
    );
  }

  #hasOwnStem(stem: string): boolean {
    return (this.#postings.get(stem)?.length ?? 0) > 0;
  }

  /**
   * Stems in the corpus that differ from this one only by a short ending. The Snowball stemmer leaves
   * singular and plural apart in some words (saksbehandler → saksbehandl, saksbehandlere → saksbehandler).
   */
  variants(stem: string): string[] {
    if (stem.length < VARIANT_MIN || /\d/.test(stem)) return [];
    const key = stem.slice(0, VARIANT_MIN);
    const out: string[] = [];
    for (const other of this.#byPrefix().get(key) ?? []) {
      if (other === stem) continue;
      const [short, long] = other.length < stem.length ? [other, stem] : [stem, other];
      if (long.startsWith(short) && INFLECTION_ENDINGS.has(long.slice(short.length))) out.push(other);
    }
    return out;
  }

  #prefixMap: Map<string, string[]> | undefined;
  #byPrefix(): Map<string, string[]> {
    if (!this.#prefixMap) {
      this.#prefixMap = new Map();
      for (const [term, list] of this.#postings) {
        if (!list.length || term.length < VARIANT_MIN) continue;
        const key = term.slice(0, VARIANT_MIN);
        const bucket = this.#prefixMap.get(key);
        if (bucket) bucket.push(term);
        else this.#prefixMap.set(key, [term]);
      }
    }
    return this.#prefixMap;
  }

  get size(): number {
    return this.docs.length;
  }

  get termCount(): number {
    return this.#postings.size;
  }

  df(stem: string): number {
    return this.#postings.get(stem)?.length ?? 0;
  }

  /** BM25 idf; a term the corpus never uses gets the highest value, so unknown words weigh heavily. */
  idf(stem: string, extraDocs = 0, extraDf = 0): number {
    const n = this.docs.length + extraDocs;
    const df = this.df(stem) + extraDf;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  concepts(question: string): Concept[] {
    const seen = new Set<string>();
    const out: Concept[] = [];
    for (const t of analyze(question, this) as AnalyzedTerm[]) {
      if (seen.has(t.stem)) continue;
      seen.add(t.stem);
      const stems: Concept['stems'] = [{ stem: t.stem, weight: 1 }];
      for (const s of synonymsOf(t.stem)) stems.push({ stem: s, weight: SYNONYM_WEIGHT });
      for (const s of broaderOf(t.stem))
        if (s !== t.stem) stems.push({ stem: s, weight: BROADER_WEIGHT, broader: true });
      for (const v of this.variants(t.stem)) stems.push({ stem: v, weight: VARIANT_WEIGHT });
      // A compound's own stem may be unknown while its parts are known: give the parts their synonyms too.
      const parts = t.parts.filter((p) => p !== t.stem);
      // Norwegian compounds name a kind of their last part: a "sluttrapport" is a report. When the corpus
      // lacks the compound itself, its head counts as a weaker hit.
      const head = parts.at(-1);
      if (parts.length > 1 && head && head.length >= HEAD_MIN && !this.#hasOwnStem(t.stem))
        stems.push({ stem: head, weight: HEAD_WEIGHT });
      out.push({ surface: t.stem, stems, parts });
    }
    return out;
  }

  /** Idf of the most common known form of the concept; undefined when the corpus has none of them. */
  conceptIdf(c: Concept, idfOf: (stem: string) => number = (s) => this.idf(s)): number {
    let min = Infinity;
    for (const { stem } of c.stems) if (this.#hasOwnStem(stem)) min = Math.min(min, idfOf(stem));
    return Number.isFinite(min) ? min : idfOf(c.surface);
  }

  /** Scores every document that matches at least one concept. */
  score(concepts: Concept[], idfOf: (stem: string) => number = (s) => this.idf(s)): Scored<T>[] {
    const acc = new Map<number, { score: number; matched: Set<number>; perConcept: Map<number, number> }>();
    const get = (doc: number) => {
      let a = acc.get(doc);
      if (!a) acc.set(doc, (a = { score: 0, matched: new Set(), perConcept: new Map() }));
      return a;
    };
    const contribution = (term: string, weight: number, conceptIndex: number, idf: number) => {
      const list = this.#postings.get(term);
      if (!list) return;
      for (const p of list) {
        const norm = p.tf + K1 * (1 - B + (B * this.#lengths[p.doc]!) / this.#avgLength);
        const s = (weight * idf * (p.tf * (K1 + 1))) / norm;
        const a = get(p.doc);
        // A concept counts once per document: its best alternative, not the sum of its synonyms.
        if (s > (a.perConcept.get(conceptIndex) ?? 0)) a.perConcept.set(conceptIndex, s);
      }
    };
    concepts.forEach((c, i) => {
      // A word is as common as its most common form: a rare nynorsk spelling must not outweigh the rest.
      const idf = this.conceptIdf(c, idfOf);
      for (const { stem, weight } of c.stems) contribution(stem, weight, i, idf);
      if (c.parts.length > 1) {
        // Only documents holding every part count, each part at a reduced weight.
        // Each part may be matched by its own synonym: fosterheim + prosjekt finds fosterhjem + prosjekt.
        const partTerms = c.parts.map((p) => [p, ...synonymsOf(p), ...broaderOf(p)].filter((x) => this.#hasOwnStem(x)));
        const partDocs = partTerms.map(
          (terms) => new Set(terms.flatMap((x) => this.#postings.get(x)!.map((y) => y.doc))),
        );
        const both = [...(partDocs[0] ?? [])].filter((d) => partDocs.every((s) => s.has(d)));
        for (const doc of both) {
          let sum = 0;
          for (const terms of partTerms) {
            let best = 0;
            for (const p of terms) {
              const post = this.#postings.get(p)!.find((x) => x.doc === doc);
              if (!post) continue;
              const norm = post.tf + K1 * (1 - B + (B * this.#lengths[doc]!) / this.#avgLength);
              best = Math.max(best, (Math.min(...terms.map(idfOf)) * (post.tf * (K1 + 1))) / norm);
            }
            sum += best;
          }
          const s = (PART_WEIGHT * sum) / c.parts.length;
          const a = get(doc);
          if (s > (a.perConcept.get(i) ?? 0)) a.perConcept.set(i, s);
        }
      }
    });
    const out: Scored<T>[] = [];
    for (const [doc, a] of acc) {
      let score = 0;
      for (const [ci, s] of a.perConcept) {
        score += s;
        a.matched.add(ci);
      }
      out.push({ payload: this.docs[doc]!.payload, key: this.docs[doc]!.key, score, matched: a.matched });
    }
    return out.sort((x, y) => y.score - x.score);
  }
}
