// A question can hold up an older document's fact and ask whether it still holds ("i 2019 var taket X, er det
// fortsatt X?", "da vi startet i 2019 satt A og B der, hvem anbefales etter de nye reglene?"). Such a question
// asks about now even when it names no "i dag": the current document answers first, and the old fact follows
// as old. A figure or date the question states is its old fact, never a rule to echo back as today's.
import { analyze, isStopWord } from './analyzer.ts';
import { asksStillHolds, type ParsedQuestion } from './question.ts';

// "den gang", "på samlingen i …", "da vi var på samling": the asker places the fact in an earlier time.
const EARLIER =
  /(?<![\p{L}])(?:den gang(?:en)?|dengang|på (?:den )?samling(?:en)?|da vi (?:var|startet|begynte|søkte|fikk))(?![\p{L}])/u;
// "etter 2026-reglene", "sier retningslinjene", "gjelder": the question asks what a document says now.
const NOW_DOCUMENT = /(?<![\p{L}])(?:\p{L}*retningslinje\p{L}*|\p{L}*regler\p{L}*|gjelder|gjeldende)(?![\p{L}])/u;

/**
 * Whether the question states a fact from an earlier time (a year before another year it names, or a
 * "den gang" / "på samlingen") and asks about now: whether it still holds or what the newer document says.
 */
export function statesOldFact(q: ParsedQuestion): boolean {
  const text = q.normalized;
  const latest = Math.max(...q.years);
  const olderYear = q.years.some((y) => y < latest);
  const stillAsked = q.asksCurrent || asksStillHolds(text);
  // One year only: it is old only when the question asks whether something still holds.
  const earlier = olderYear || EARLIER.test(text) || (q.years.length > 0 && stillAsked);
  if (!earlier) return false;
  return stillAsked || (olderYear && NOW_DOCUMENT.test(text));
}

/** Whether the question itself states the date "1. mars" (day and month), so a rule giving it would only echo it. */
export function statesDate(q: ParsedQuestion, day: number, month: number): boolean {
  return q.dates.some((d) => d.day === day && d.month === month);
}

/**
 * The candidate that holds the older fact the question states, when the current text answers: one from a year the
 * question names, older than the answer's, so the old fact can follow labelled as old with its source; none when the
 * answer itself names that year.
 */
export function statedOlder<T>(
  candidates: readonly T[],
  q: ParsedQuestion,
  answerYear: number,
  answerText: string,
  yearOf: (c: T) => number,
): T | undefined {
  // An answer that already names the older year the question states tells the old fact itself.
  if (!statesOldFact(q) || q.years.some((y) => y < answerYear && answerText.includes(String(y)))) return undefined;
  return candidates.find((c) => yearOf(c) < answerYear && q.years.includes(yearOf(c)));
}

// "helt fra starten i 2018", "allerede i 2018", "fra begynnelsen": the question asks whether it held from that year on.
const FROM_START =
  /(?<![\p{L}])(?:(?:helt )?fra (?:starten|start|begynnelsen|oppstarten)|allerede (?:i|fra)|helt fra)(?![\p{L}])/u;
const FROM_YEAR = /(?<![\p{L}])fra ((?:19|20)\d\d)(?!\d)/iu;
// Beyond this share of the question's content words in the dating sentence, it dates the asked point.
const SAME_POINT = 0.5;

const contentStems = (text: string) =>
  new Set(
    analyze(text)
      .map((a) => a.stem)
      .filter((x) => !/\d/.test(x) && !isStopWord(x) && x.length > 2),
  );

/**
 * "Kunne X være med helt fra starten i 2018?": the later year a text dates the asked point from ("Fra 2021 har …"),
 * when its sentence holds most of the question's words; undefined otherwise.
 */
export function laterStart(q: ParsedQuestion, entryText: string, asked: number): number | undefined {
  if (!FROM_START.test(q.normalized)) return undefined;
  const words = contentStems(q.normalized.replace(FROM_START, ' '));
  if (!words.size) return undefined;
  for (const s of entryText.split(/(?<=[.!?])\s+/u)) {
    const from = Number(FROM_YEAR.exec(s)?.[1]);
    if (!(from > asked)) continue;
    const own = contentStems(s);
    if ([...words].filter((w) => own.has(w)).length / words.size >= SAME_POINT) return from;
  }
  return undefined;
}
