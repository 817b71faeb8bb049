import { deadlineText as t } from '../i18n/index.ts';
import { parseNorwegianDate, tooFarAhead, type DateParse } from '../time/norwegian-date.ts';
import type { DeadlineKind } from './deadline.ts';
import { localDateOf } from '../time/local-date.ts';

// The deadlines feature's parsers: what a leader typed, read into values. Pure, never throw.

const KIND_WORDS: [RegExp, DeadlineKind][] = [
  [/rapport/i, 'rapportering'],
  [/overfør/i, 'overføring'],
  [/søknad|søke|søk om/i, 'søknad'],
  [/bruk|brukt|forbruk/i, 'bruk av midler'],
  [/revisjon|revider|retningslinje/i, 'revisjon'],
];

export function guessKind(title: string): DeadlineKind {
  return KIND_WORDS.find(([re]) => re.test(title))?.[1] ?? 'egen';
}

/** Splits "30. september Søknad om midler" into the longest leading date and the title. */
export function splitDateAndTitle(args: string, now: Date, timeZone: string): { date: string; title: string } | null {
  const words = args.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const r = parseNorwegianDate(words.slice(0, n).join(' '), { now, timeZone });
    if (r.ok) return { date: r.date, title: words.slice(n).join(' ').trim() };
  }
  return null;
}

/**
 * When the text starts with something shaped like a date that is none ("31.02", "30.2", "32.1",
 * "31. april", "om 999 måneder"), what is wrong with it, so the leader is not told that no date was found at all.
 */
export function leadingDateError(args: string, now: Date, timeZone: string): string | null {
  const words = args.trim().split(/\s+/);
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  const third = words[2] ?? '';
  // «om 999 måneder» (attack round 13, A2): a count the reader takes, so its mistake is the ten-year rule.
  const shaped = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?$/.test(first)
    ? first
    : /^\d{1,2}\.?$/.test(first) && /^[a-zæøå]{3,}\.?$/i.test(second)
      ? `${first} ${second}`
      : /^om$/i.test(first) && /^\d+$/.test(second) && /^[a-zæøå]+$/i.test(third)
        ? `${first} ${second} ${third}`
        : null;
  if (!shaped) return null;
  return dateMistake(parseNorwegianDate(shaped, { now, timeZone }));
}

/**
 * What the parser found wrong with something it read as a date (a day not in the calendar, a day
 * gone by), or null when it read no date at all: then the caller's own «no date» words and example
 * fit better. The one place where «frist» and the «Endre» card get their date messages from.
 */
export function dateMistake(r: DateParse): string | null {
  // A month name that is no month ("5 stk") is not a date at all.
  return r.ok || /forstod ikke/i.test(r.error) ? null : r.error;
}

// Word boundaries by letters, not \b: JS \b knows only ASCII word characters, so «\bårlig» never
// matched after a space (æ, ø and å are no word characters to it).
const YEARLY = /(?<![\p{L}\p{N}])(?:hvert år|årlig)(?![\p{L}\p{N}])/iu;
const YEARLY_WORDS = /\s*(?<![\p{L}\p{N}])(?:hvert år|årlig)(?![\p{L}\p{N}])\s*/iu;

/** «Rapport hvert år», «Årlig rapport»: the title without the yearly words (at most 200 characters), and whether they were there. */
export function readYearly(title: string): { title: string; yearly: boolean } {
  const rest = title.replace(YEARLY_WORDS, ' ').trim();
  // «Årlig rapport …» leaves «rapport …»: a title starts with a capital, as it did.
  const capital =
    YEARLY_WORDS.test(title) && /^[\p{Lu}]/u.test(title.trim())
      ? rest.charAt(0).toLocaleUpperCase('nb') + rest.slice(1)
      : rest;
  return { title: capital.slice(0, 200), yearly: YEARLY.test(title) };
}

/** «30, 14 7 1»: the days before a deadline to remind on, largest first, each once; null when any is not 0–365. */
export function parseOffsets(args: string): number[] | null {
  const numbers = args
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  if (!numbers.length || numbers.some((x) => !Number.isInteger(x) || x < 0 || x > 365)) return null;
  return [...new Set(numbers)].sort((a, b) => b - a);
}

/** The checklist field of the «Endre» form: one item a line, bullets dropped, empty lines skipped, at most 30. */
export function checklistItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•☐*]\s*/, '').trim())
    .filter(Boolean)
    .slice(0, 30);
}

/** «Oslo og Viken» names «Statsforvalteren i Oslo og Viken»; a name that already says so is kept as typed. */
export function statsforvalterName(typed: string): string {
  return /^(statsforvalteren|fylkesmannen)\b/i.test(typed) ? typed : `Statsforvalteren i ${typed}`;
}

/**
 * The date field of the «Endre» form: the ISO date the form's date picker sends, or a date as
 * people write it. The error says what was wrong (a day not in the calendar, no date at all).
 */
export function readFormDate(
  value: string,
  now: Date,
  timeZone: string,
): { ok: true; date: string } | { ok: false; error: string } {
  const far = /^\d{4}-\d{2}-\d{2}$/.test(value) ? tooFarAhead(value, localDateOf(now, timeZone), value) : null;
  if (far) return { ok: false, error: far };
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? { ok: true as const, date: value }
    : parseNorwegianDate(value, { now, timeZone });
  if (value && parsed.ok) return { ok: true, date: parsed.date };
  return {
    ok: false,
    error: (parsed.ok ? null : dateMistake(parsed)) ?? `${t.badDate(value)} ${t.editLabels.datePlaceholder}.`,
  };
}

// N1: a deadline moved by words, in any order leaders write it: «flytt frist F1 til 16.12»,
// «F1 flyttes til 16.12», «endre F1 til 16.12», «F1 ny frist 16.12», «utsett fristen F1 til …».
const DEADLINE_ID = /(?<![\p{L}\p{N}])#?f\s?(\d{1,6})(?![\p{L}\p{N}])/iu;
const MOVE_VERB =
  /(?<![\p{L}\p{N}])(?:flytt(?:e|es|er|et)?|endr(?:e|es|er|et)|utsett(?:e|es|er)?|ny(?:e)? (?:frist|dato)|ny fristdato)(?![\p{L}\p{N}])/iu;
const FILLER =
  /(?<![\p{L}\p{N}])(?:flytt(?:e|es|er|et)?|endr(?:e|es|er|et)|utsett(?:e|es|er)?|ny(?:e)?|frist(?:en)?|fristdato(?:en)?|dato(?:en)?|til|på|den|fra|nå|kan|du|vi|vennligst|takk)(?![\p{L}\p{N}])/giu;

/**
 * A line that moves a deadline without starting with «flytt frist»: the line itself (the move
 * command reads it), or null. A deadline number and a move word, short, and no question.
 */
export function claimsMove(text: string): string | null {
  const clean = text.trim();
  if (clean.endsWith('?') || clean.split(/\s+/).length > 10) return null;
  return DEADLINE_ID.test(clean) && MOVE_VERB.test(clean) ? clean : null;
}

/** «F1 til 16.12», «F1 flyttes til 16. desember»: the deadline number (F1) and the date words, each or null. */
export function readMove(args: string): { id: string | null; dateWords: string | null } {
  const m = DEADLINE_ID.exec(args);
  const id = m ? `F${Number(m[1])}` : null;
  const rest = m ? args.replace(m[0], ' ') : args;
  // «fra 15.12 til 16.12»: the date after the last «til»; else what is left without the move words.
  const after = /(?<![\p{L}\p{N}])til\s+(.+)$/iu.exec(rest);
  const words = after ? after[1]! : rest.replace(FILLER, ' ');
  const dateWords = words.replace(/\s+/g, ' ').replace(/[!]+$/u, '').trim();
  return { id, dateWords: dateWords || null };
}

/**
 * N20: the title of a yearly deadline's copy on `to`, made from the one on `from`. A year the title
 * names within a year of its date («… for 2026» due 01.03.2027, «Søknad … 2027» due 15.04.2027) keeps
 * that distance from the date and moves as many years as the date does; any other number stays.
 */
export function titleForYear(title: string, from: string, to: string): string {
  const dateYear = Number(from.slice(0, 4));
  const step = Number(to.slice(0, 4)) - dateYear;
  if (!step) return title;
  return title.replace(/(?<![\p{L}\p{N}])(\d{4})(?![\p{L}\p{N}])/gu, (year) =>
    Math.abs(Number(year) - dateYear) <= 1 ? String(Number(year) + step) : year,
  );
}
