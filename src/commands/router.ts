import { distance } from 'fastest-levenshtein';
import type { CommandSpec } from './spec.ts';

export type Route =
  | { kind: 'command'; spec: CommandSpec; args: string }
  /** `plain`: no question word or mark, just several words that are no command. */
  | { kind: 'question'; text: string; plain?: boolean }
  | { kind: 'empty' }
  | { kind: 'unknown'; suggestion: CommandSpec | null };

// Words that open a Norwegian question (bokmål and nynorsk); such text goes to the guidelines.
const QUESTION_WORDS = new Set([
  'hva', 'kva', 'hvor', 'kor', 'hvem', 'kven', 'hvordan', 'korleis', 'korleis', 'når', 'kan', 'må', 'skal', 'trenger',
  'treng', 'er', 'bør', 'hvilke', 'hvilken', 'hvilket', 'kva for', 'hvorfor', 'kvifor', 'får', 'gjelder', 'finnes',
  'fins', 'har', 'blir', 'vil', 'stemmer', 'må', 'skal', 'holder',
]);

export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function startsWithPhrase(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const next = lower.charAt(phrase.length);
  // A phrase ending in a symbol ("agenda +") needs no separator after it.
  return next === '' || /[\s:,.!?]/.test(next) || !/[\p{L}\p{N}]/u.test(phrase.slice(-1));
}

export function matchCommand(text: string, specs: readonly CommandSpec[]): { spec: CommandSpec; args: string } | null {
  // "agenda+ tekst" and "leder+@Navn" mean the same as with a space before the sign.
  const clean = tidy(text).replace(/^([\p{L}]+)\s*([+-])(?=\s|@|$)/u, '$1 $2');
  const lower = clean.toLowerCase();
  let best: { spec: CommandSpec; phrase: string } | null = null;
  for (const spec of specs) {
    for (const phrase of spec.words) {
      if (startsWithPhrase(lower, phrase) && (!best || phrase.length > best.phrase.length)) best = { spec, phrase };
    }
  }
  if (!best) return null;
  const args = clean.slice(best.phrase.length).replace(/^[\s:]+/, '').trim();
  return { spec: best.spec, args };
}

export function looksLikeQuestion(text: string): boolean {
  const clean = tidy(text).toLowerCase();
  if (clean.endsWith('?')) return true;
  const first = clean.split(' ')[0] ?? '';
  return QUESTION_WORDS.has(first) && clean.split(' ').length >= 3;
}

/** The command whose phrase is nearest to how the text starts, if it is near enough to be a typo. */
export function closestCommand(text: string, specs: readonly CommandSpec[]): CommandSpec | null {
  const lower = tidy(text).toLowerCase();
  let best: { spec: CommandSpec; score: number } | null = null;
  for (const spec of specs) {
    for (const phrase of spec.words) {
      const words = phrase.split(' ').length;
      const head = lower.split(' ').slice(0, words).join(' ');
      const d = distance(head, phrase);
      const allowed = phrase.length <= 3 ? 1 : phrase.length <= 8 ? 2 : 3;
      if (d <= allowed && (!best || d < best.score)) best = { spec, score: d };
    }
  }
  return best?.spec ?? null;
}

const GREETING = /^(hei|hallo|heisann|hei hei|hey|god (morgen|dag|ettermiddag|kveld)|morn|morna|halla)[\s!.,]*$/i;

export function route(text: string, specs: readonly CommandSpec[]): Route {
  const clean = tidy(text);
  // A greeting gets the same friendly start as an empty message, not "unknown command".
  if (!clean || GREETING.test(clean)) return { kind: 'empty' };
  const hit = matchCommand(clean, specs);
  if (hit) return { kind: 'command', ...hit };
  for (const spec of specs) {
    const args = spec.claims?.(clean);
    if (args != null) return { kind: 'command', spec, args };
  }
  if (looksLikeQuestion(clean)) return { kind: 'question', text: clean };
  const suggestion = closestCommand(clean, specs);
  if (suggestion) return { kind: 'unknown', suggestion };
  // Several words that are no command read as a question in plain words ("regler for overhead").
  if (clean.split(' ').length >= 3) return { kind: 'question', text: clean, plain: true };
  return { kind: 'unknown', suggestion: null };
}
