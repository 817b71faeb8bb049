// Facts told before the question (month s15 #5): «Hei! Vi er 6 kommuner i et læringsnettverk og fikk
// 400 000 kr i år.» asks nothing, so it is neither a command to guess at nor a question to answer; it is
// kept for the person's next question. Only figures the answerer already reads from a question count
// (an amount, a percentage, a year, a number of municipalities, the network's kind), so the kept line
// changes an answer only where the same words typed in the question would. Pure: no store, no clock.
import { QUESTION_OPENERS } from '../conversation/question-openers.ts';
import { TWO_TO_TEN } from '../time/number-words.ts';

export type NetworkKindWord = 'læringsnettverk' | 'ledernettverk';

/** What a statement told, each part only when it was there. */
export interface Facts {
  kind?: NetworkKindWord;
  municipalities?: number;
  /** Kroner, as written («400 000», «1,2 mill.»). */
  amount?: { kroner: number; granted: boolean; applied: boolean };
  percent?: number;
  year?: number;
}

const GREETING = /^(hei hei|heisann|hei|hallo|halla|god (?:morgen|dag|ettermiddag|kveld)|morn|takk)[\s!.,]*/iu;

// A we-statement opens the message (after a greeting): «vi er/har/fikk/søkte …», nynorsk «me er / vi fekk»,
// «nettverket vårt …» or «vårt nettverk …».
const WE_STATEMENT =
  /^(?:(?:vi|me)(?: i [\p{L}-]+)? (?:er|har|hadde|fikk|fekk|får|mottok|søkte|søkjer|søker|søkte om|ble|blei|vart|består av|skal ha)|(?:nettverket|nettverk) (?:vårt|vort|vår)|(?:vårt|mitt) nettverk)(?=[\s,.!]|$)/iu;

// Beyond the router's question openers: verbs a member opens a yes/no question with here, and «lurer (på)».
const ASK_OPENERS: ReadonlySet<string> = new Set([...QUESTION_OPENERS, 'kreves', 'krever', 'lurer']);

// Imperatives: the person wants something done, which is a command or a request, never facts to keep.
const IMPERATIVES = new Set([
  'lag',
  'legg',
  'vis',
  'send',
  'skriv',
  'finn',
  'gi',
  'sett',
  'fortell',
  'forklar',
  'sjekk',
  'husk',
  'noter',
  'lagre',
  'slett',
  'si',
  'hjelp',
  'svar',
]);

// A question asked in the middle of a statement without its mark: «… og lurer på om vi må ha revisor», or an
// om-/hv-clause after a verb of knowing («… og vil vite om …», «ønsker å vite hvor mye …», «lurer på kva …»).
const ASKS =
  /(?<![\p{L}])(?:lurer på|lure på|spør(?:re)? om|spørsmål|vet du|veit du|kan du|kunne du|(?:vite|veta|vete|høre|høyre|sjekke|finne ut|undrer meg|undrast)(?: (?:litt|mer|nærmere))? (?:om|hva|kva|hvor|kor|hvem|kven|hvordan|korleis|når|hvilke[nt]?|kva for|hvorfor|kvifor))(?![\p{L}])/iu;

const NUMBER_WORDS: Readonly<Record<string, number>> = { ...TWO_TO_TEN, elleve: 11, tolv: 12 };

const MUNICIPALITIES = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}) (?:deltakende |deltakande )?kommun(?:er|ar)\\b`,
  'iu',
);
const KIND = /(?<![\p{L}])(?:barnevernsleder|barnevernsleiar|leder|leiar)nettverk|(?<![\p{L}])lærings?nettverk/iu;
const PERCENT = /(?<![\p{N},])(\d{1,3}(?:,\d+)?) ?(?:%|prosent)/iu;
const MILLIONS = /(?<![\p{N},])(\d{1,3}(?:,\d+)?) ?(?:mill(?:ioner|ion)?\.?)(?: ?(?:kr|kroner))?/iu;
// «400 000», «400.000», «400000 kr», «kr 400 000»: four digits or more, or any number with «kr» beside it.
const AMOUNT =
  /(?:kr\.? ?)?(?<![\p{N},.])(\d{1,3}(?:[ .\u00a0]\d{3})+|\d{4,}|\d{1,3}(?= ?(?:kr|kroner)\b))(?![\p{N}]|,\d)(?: ?(?:kr\.?|kroner|,-))?/giu;
const YEAR = /(?<![\p{N}])(20\d{2})(?![\p{N}])/u;

// Norwegian question words are the hv-/kv- words and «når»; every other opener is a verb, which opens a question
// only before its subject («…, gjelder det oss også»), never inside a statement («vi fikk midler og må levere …»).
const QUESTION_WORDS = [...QUESTION_OPENERS].filter((w) => /^(?:hv|kv|når)/u.test(w));
const QUESTION_VERBS = [...QUESTION_OPENERS].filter((w) => !QUESTION_WORDS.includes(w));
const NEXT_QUESTION = new RegExp(
  `(?<=[.!;])\\s+|(?:,|\\s+(?:og|men|så))\\s+(?=(?:${QUESTION_WORDS.join('|')}|(?:${QUESTION_VERBS.join('|')}) (?:vi|me|det|dere|de|man))(?![\\p{L}]))`,
  'iu',
);

const sentencesOf = (text: string): string[] =>
  text
    .split(NEXT_QUESTION)
    .map((s) => s.trim())
    .filter(Boolean);

function firstWord(sentence: string): string {
  return (sentence.toLocaleLowerCase('nb').match(/^[\p{L}]+/u) ?? [''])[0];
}

/** Whether a sentence asks or bids: a question word or an inverted verb first, or an imperative. */
function asksOrBids(sentence: string): boolean {
  const w = firstWord(sentence);
  return ASK_OPENERS.has(w) || IMPERATIVES.has(w) || ASKS.test(sentence);
}

/** The figures in a text: those the answerer reads, whether in a statement or in a question. */
export function figuresIn(text: string): Facts {
  const facts: Facts = {};
  const lower = text.toLocaleLowerCase('nb');
  const kind = lower.match(KIND)?.[0];
  if (kind) facts.kind = /lærings?nettverk/u.test(kind) ? 'læringsnettverk' : 'ledernettverk';
  const m = lower.match(MUNICIPALITIES);
  if (m) facts.municipalities = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
  const p = lower.match(PERCENT);
  if (p) facts.percent = Number(p[1]!.replace(',', '.'));
  const granted = /\b(?:fikk|fekk|får|mottok|tildelt|tilskot|tilskudd|stimuleringsmidl)/iu.test(lower);
  const applied = /\bsøk(?:te|er|jer|t)\b/iu.test(lower) && !/\b(?:fikk|fekk|mottok|tildelt)\b/iu.test(lower);
  const mill = lower.match(MILLIONS);
  if (mill) facts.amount = { kroner: Math.round(Number(mill[1]!.replace(',', '.')) * 1_000_000), granted, applied };
  else {
    for (const a of lower.matchAll(AMOUNT)) {
      const digits = a[1]!.replace(/[ .\u00a0]/gu, '');
      const hasKr = /kr|kroner|,-/u.test(a[0]);
      // A year (2026) is no amount unless kroner are named beside it.
      if (!hasKr && /^20\d{2}$/u.test(digits)) continue;
      // A percentage's number is read above.
      if (PERCENT.test(lower.slice(a.index, a.index + a[0].length + 9)) && !hasKr) continue;
      facts.amount = { kroner: Number(digits), granted, applied };
      break;
    }
  }
  const y = lower.match(YEAR);
  if (y && !(facts.amount && String(facts.amount.kroner) === y[1])) facts.year = Number(y[1]);
  return facts;
}

export const hasFigures = (facts: Facts): boolean => Object.keys(facts).length > 0;

/**
 * A message that tells facts about the network and asks nothing: the facts, and the statement as it
 * will be put before the next question (greeting taken off, ending in a full stop); else null.
 */
export function readStatement(text: string): { facts: Facts; statement: string } | null {
  const clean = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!clean || clean.length > 400 || clean.includes('?')) return null;
  const body = clean.replace(GREETING, '').trim();
  if (!WE_STATEMENT.test(body)) return null;
  if (sentencesOf(body).some(asksOrBids)) return null;
  const facts = figuresIn(body);
  if (!hasFigures(facts)) return null;
  const statement = /[.!]$/u.test(body) ? body.replace(/!+$/u, '.') : `${body}.`;
  return { facts, statement: statement.charAt(0).toLocaleUpperCase('nb') + statement.slice(1) };
}
