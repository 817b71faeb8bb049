// Spelling correction against the knowledge base's own words: a member's "revsior" or "overhed" is the
// corpus's "revisor" / "overhead". Only words the corpus uses can come out, so no new meaning is invented.

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How many edits a word of this length may carry: short words none, longer ones one or two. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}

export class Speller {
  readonly #byLength = new Map<number, string[]>();
  readonly #count: Map<string, number>;
  readonly #cache = new Map<string, string | null>();
  readonly #key: (word: string) => string;

  /**
   * words: the corpus's words with how often they occur. key: what makes two words forms of one word
   * (their stem), so "statsforvalteren" and "statsforvalterne" as candidates are no real tie.
   */
  constructor(words: Map<string, number>, key: (word: string) => string = stemPrefix) {
    this.#count = words;
    this.#key = key;
    for (const w of words.keys()) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const list = this.#byLength.get(w.length);
      if (list) list.push(w);
      else this.#byLength.set(w.length, [w]);
    }
  }

  /** The corpus word nearest to an unknown one, or undefined when none is close enough or two tie. */
  correct(word: string): string | undefined {
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const max = allowedEdits(word.length);
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestCount = 0;
    let tie = false;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const w of this.#byLength.get(len) ?? []) {
        // A wrong first letter is rare in typing; requiring it keeps the search small and the guesses safe.
        if (w[0] !== word[0]) continue;
        const d = editDistance(word, w, bestDistance);
        if (d > max) continue;
        const c = this.#count.get(w) ?? 0;
        if (d < bestDistance || (d === bestDistance && c > bestCount)) {
          tie = d === bestDistance && best !== undefined && this.#key(best) !== this.#key(w) && c === bestCount;
          [best, bestDistance, bestCount] = [w, d, c];
        } else if (d === bestDistance && c === bestCount && this.#key(best!) !== this.#key(w)) tie = true;
      }
    }
    const out = best && !tie ? best : undefined;
    if (this.#cache.size < 10_000) this.#cache.set(word, out ?? null);
    return out;
  }
}

// Two candidates that are forms of one word (revisor, revisors) are no real tie.
const stemPrefix = (w: string) => w.slice(0, Math.max(4, w.length - 2));
