// What an older text says that a newer one on the same point actually changed. An entry that a newer one
// supersedes is not old as a whole: "Ett og samme nettverk kan få midler fra begge pottene" (2022) still
// holds when the 2024 guidelines say nothing against it, while "to potter" became "tre ordninger". Only
// the sentences the newer text changed may be shown as "Tidligere regel"; a label from the year alone
// tells a member that a rule still in force is gone.
import { analyze, isStopWord, tokenize } from './analyzer.ts';

export interface OldRuleSplit {
  /** Sentences the newer text changed: another figure, a past year or tense, or the same point said otherwise. */
  changed: string[];
  /** Sentences on points the newer text does not speak to: still what the documents say. */
  unchanged: string[];
  /** Sentences the newer text says again, figures and all. */
  restated: string[];
}

// Counts written as words; "én", "ett" and "en" are left out, as they are mostly articles.
const COUNT_WORDS = new Set(['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti']);
const YEAR = /^(?:19|20)\d\d$/;
// A sentence that tells how things were: past tense of the verbs rules are written with ("besto": what a body was made of).
const PAST = /(?<![\p{L}])(?:var|måtte|skulle|kunne|fikk|ble|hadde|gjaldt|sto|besto|bestod)(?![\p{L}])/iu;
// A sentence that speaks of today is a bridge to the newer rule, not part of the old one.
// ("å nå målene" is the verb.)
const NOW = /(?<![\p{L}])(?:i dag|dagens|(?<!å )nå|fortsatt|fremdeles|gjeldende)(?![\p{L}])/iu;
// A sentence that says the rule stayed the same ("den er ikke endret", "også høyst 5 %").
const SAME =
  /(?<![\p{L}])(?:ikke endret|uendret|ikke forandret|det samme|den samme|samme (?:grense|regel|frist|krav))(?![\p{L}])/iu;
// Beyond this share of its content words in the newer text, a sentence is on the newer text's own point.
const SAME_POINT = 0.6;

export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** Amounts, percentages, dates and counts in a text (bare years aside). */
export function figuresIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of tokenize(text)) {
    if (/^\d+$/.test(w) && !YEAR.test(w)) out.add(w);
    else if (COUNT_WORDS.has(w)) out.add(w);
  }
  return out;
}

const yearsIn = (text: string) => tokenize(text).filter((w) => YEAR.test(w));

function contentWords(text: string): Set<string> {
  // Whole words, no compound parts: "barnevernsledernettverk" does not speak of "nettverk".
  return new Set(
    analyze(text)
      .map((a) => a.stem)
      .filter((s) => !/\d/.test(s) && !isStopWord(s) && s.length > 1),
  );
}

/**
 * Sorts an older text's sentences by what the newer text did to them. `newerYear` is the newer document's
 * year: a sentence naming only it or later years (or today) speaks of the newer rule and is dropped.
 */
export function splitOldRule(older: string, newer: string, newerYear: number): OldRuleSplit {
  const out: OldRuleSplit = { changed: [], unchanged: [], restated: [] };
  const newFigures = figuresIn(newer);
  const newWords = contentWords(newer);
  for (const s of sentences(older)) {
    const years = yearsIn(s);
    if (NOW.test(s) || (years.length && years.every((y) => Number(y) >= newerYear))) continue;
    const words = contentWords(s);
    const shared = words.size ? [...words].filter((w) => newWords.has(w)).length / words.size : 0;
    const otherFigure = [...figuresIn(s)].some((f) => !newFigures.has(f));
    if (!otherFigure && SAME.test(s)) out.restated.push(s);
    else if (otherFigure || years.length || PAST.test(s)) out.changed.push(s);
    else if (shared >= SAME_POINT) out.restated.push(s);
    else out.unchanged.push(s);
  }
  return out;
}
