import { distance } from 'fastest-levenshtein';
import { fromNynorsk } from './nynorsk.ts';
import { politeCommand } from './polite.ts';
import type { CommandSpec } from './spec.ts';
import { QUESTION_OPENERS } from '../conversation/question-openers.ts';

export type Route =
  /** `polite`: asked for in a sentence («kan du vise agenda?»), so it counts only when the bot was addressed. */
  | { kind: 'command'; spec: CommandSpec; args: string; polite?: boolean }
  /** `plain`: no question word or mark, just several words that are no command. */
  | { kind: 'question'; text: string; plain?: boolean }
  | { kind: 'empty' }
  /**
   * `line`: the typed line as the suggested command would read it ("oppgave T2 utsett 20.1");
   * `also`: further commands it may have meant; `loose`: the suggestion is a guess from a word of a
   * command or an English word, not a typo, so chat in a meeting thread is left alone with it.
   */
  | {
      kind: 'unknown';
      suggestion: CommandSpec | null;
      line?: string;
      also?: CommandSpec[];
      loose?: boolean;
      /** The sentence asked for the suggested command by name: offer it as a button. */
      offer?: boolean;
    };

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
  const args = clean
    .slice(best.phrase.length)
    .replace(/^[\s:]+/, '')
    .trim();
  return { spec: best.spec, args };
}

export function looksLikeQuestion(text: string): boolean {
  const clean = tidy(text).toLowerCase();
  if (clean.endsWith('?')) return true;
  const first = clean.split(' ')[0] ?? '';
  return QUESTION_OPENERS.has(first) && clean.split(' ').length >= 3;
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

// English words people bring from other tools, to the Norwegian command phrase they mean.
const ENGLISH: Record<string, string> = {
  tasks: 'oppgaver',
  'open tasks': 'oppgaver',
  'my tasks': 'mine oppgaver',
  task: 'oppgave',
  todo: 'oppgave',
  deadline: 'frist',
  deadlines: 'frister',
  due: 'frist',
  minutes: 'referat',
  'meeting minutes': 'referat',
  meeting: 'møteplan',
  meetings: 'møteplan',
  schedule: 'møteplan',
  calendar: 'møteplan',
  'start meeting': 'start møte',
  'end meeting': 'avslutt møte',
  'stop meeting': 'avslutt møte',
  'next item': 'neste',
  next: 'neste',
  decision: 'vedtak',
  note: 'info',
  undo: 'angre',
  leaders: 'ledere',
  export: 'eksporter data',
  present: 'til stede',
  absent: 'forfall',
  municipalities: 'kommuner',
  agenda: 'agenda',
  'add item': 'agenda +',
  propose: 'agenda +',
  place: 'møtested',
};

// Status words of a task line ("T2 utsett 20.1", "T3 er ferdig"), for a misspelt one to be put right.
const TASK_VERBS = ['utsett', 'utsatt', 'ferdig', 'pågår', 'flytt', 'fullført', 'startet', 'levert'];

// Ordinary words a letter from a status word ("T2 ser flott ut", "T4 lever videre").
const NOT_VERBS = new Set(['flott', 'lever', 'levet', 'lovet', 'fersk', 'ferdi', 'utsyn', 'starte']);

const specOf = (phrase: string, specs: readonly CommandSpec[]) => specs.find((s) => s.words.includes(phrase)) ?? null;

/**
 * A line that names a task and has a status word misspelt ("utset T2 til 20.1", "T3 er ferdgi"):
 * the command a spec claims once the word is put right, written out.
 */
function misspeltClaim(clean: string, specs: readonly CommandSpec[]): { spec: CommandSpec; line: string } | null {
  if (!/(?<![\p{L}\p{N}])#?t\d{1,6}(?![\p{L}\p{N}])/iu.test(clean)) return null;
  const words = clean.split(' ');
  for (let i = 0; i < Math.min(words.length, 6); i++) {
    const w = words[i]!.toLowerCase();
    if (w.length < 4 || TASK_VERBS.includes(w) || NOT_VERBS.has(w)) continue;
    const verb = TASK_VERBS.find((v) => distance(w, v) <= (v.length >= 6 ? 2 : 1));
    if (!verb) continue;
    const fixed = [...words.slice(0, i), verb, ...words.slice(i + 1)].join(' ');
    for (const spec of specs) {
      const args = spec.claims?.(fixed);
      if (args != null) return { spec, line: `${spec.words[0]} ${args}` };
    }
  }
  return null;
}

/**
 * A one-word command typed one letter off («nest», «opgave @Per …», s12 #6): the command and the line as
 * meant. Only the word alone, or followed by an @mention, since a sentence may open with a real word one
 * letter from a command («nesten alle kommer»).
 */
function misspeltWord(clean: string, specs: readonly CommandSpec[]): { spec: CommandSpec; line: string } | null {
  const [first = '', ...rest] = clean.split(' ');
  const w = first.toLowerCase();
  if (w.length < 4 || (rest.length && !rest[0]!.startsWith('@'))) return null;
  for (const spec of specs)
    for (const phrase of spec.words)
      if (!phrase.includes(' ') && distance(w, phrase) === 1) return { spec, line: [phrase, ...rest].join(' ') };
  return null;
}

/** An English command word at the start ("tasks", "deadline 1.3 Rapport"): the Norwegian command and the line in it. */
function englishCommand(clean: string, specs: readonly CommandSpec[]): { spec: CommandSpec; line: string } | null {
  const lower = clean.toLowerCase();
  const hit = Object.keys(ENGLISH)
    .sort((a, b) => b.length - a.length)
    .find((w) => startsWithPhrase(lower, w));
  if (!hit) return null;
  const phrase = ENGLISH[hit]!;
  const spec = specOf(phrase, specs);
  if (!spec) return null;
  const rest = clean.slice(hit.length).trim();
  // "deadline 1.3 Rapport" is a command; "deadline for søknad om midler" is a question that borrows the word.
  if (rest && !/^[\d@:+-]/u.test(rest)) return null;
  return { spec, line: rest ? `${phrase} ${rest.replace(/^:\s*/, '')}` : phrase };
}

/**
 * One or two words that are part of longer commands ("møte", "start"): those commands, the ones the
 * words begin first and shortest first, then the ones that hold them as a word. At most three.
 */
function partOfCommands(clean: string, specs: readonly CommandSpec[]): CommandSpec[] {
  const lower = clean.toLowerCase();
  if (lower.split(' ').length > 2 || lower.length < 4) return [];
  const found: { spec: CommandSpec; rank: number }[] = [];
  for (const spec of specs) {
    let rank = Infinity;
    for (const phrase of spec.words) {
      if (phrase === lower) continue;
      if (phrase.startsWith(lower)) rank = Math.min(rank, phrase.length);
      else if (` ${phrase} `.includes(` ${lower} `)) rank = Math.min(rank, 100 + phrase.length);
    }
    if (rank < Infinity) found.push({ spec, rank });
  }
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 3)
    .map((f) => f.spec);
}

const GREETING = /^(hei|hallo|heisann|hei hei|hey|god (morgen|dag|ettermiddag|kveld)|morn|morna|halla)[\s!.,]*$/i;

export function route(text: string, specs: readonly CommandSpec[]): Route {
  // Nynorsk command words run the bokmål command (N13); the person's own words stay as written.
  const clean = fromNynorsk(tidy(text));
  // A greeting gets the same friendly start as an empty message, not "unknown command".
  if (!clean || GREETING.test(clean)) return { kind: 'empty' };
  const hit = matchCommand(clean, specs);
  if (hit) return { kind: 'command', ...hit };
  for (const spec of specs) {
    const args = spec.claims?.(clean);
    if (args != null) return { kind: 'command', spec, args };
  }
  const misspelt = misspeltClaim(clean, specs);
  if (misspelt) return { kind: 'unknown', suggestion: misspelt.spec, line: misspelt.line };
  // «Hei, kan du vise agenda?»: a command asked for by its word is run (or offered), not searched for (N22).
  const polite = politeCommand(clean, specs);
  if (polite?.kind === 'run') return { kind: 'command', spec: polite.spec, args: '', polite: true };
  if (polite?.kind === 'offer') return { kind: 'unknown', suggestion: polite.spec, loose: true, offer: true };
  if (looksLikeQuestion(clean)) return { kind: 'question', text: clean };
  const english = englishCommand(clean, specs);
  if (english) return { kind: 'unknown', suggestion: english.spec, line: english.line, loose: true };
  const typo = misspeltWord(clean, specs);
  if (typo) return { kind: 'unknown', suggestion: typo.spec, line: typo.line };
  const parts = partOfCommands(clean, specs);
  if (parts.length) return { kind: 'unknown', suggestion: parts[0]!, also: parts.slice(1), loose: true };
  const suggestion = closestCommand(clean, specs);
  if (suggestion) return { kind: 'unknown', suggestion };
  // Several words that are no command read as a question in plain words ("regler for overhead").
  if (clean.split(' ').length >= 3) return { kind: 'question', text: clean, plain: true };
  return { kind: 'unknown', suggestion: null };
}
