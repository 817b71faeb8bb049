import { distance } from 'fastest-levenshtein';

// Pure: the network's municipalities as the leaders listed them, and how typed names are matched to them.

const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/** "Nes, Eidsvoll og Hurdal" → ["Nes", "Eidsvoll", "Hurdal"]; duplicates (in any case) dropped. */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/,|;|\s+og\s+|\s+&\s+/i)) {
    const name = raw.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    if (name && !out.some((x) => key(x) === key(name))) out.push(name);
  }
  return out;
}

/** The listed name a typed one means (any case), or null. */
export function findListed(list: readonly string[], typed: string): string | null {
  return list.find((m) => key(m) === key(typed)) ?? null;
}

/** The listed name nearest to a typo ("Eidsvol" → "Eidsvoll"), if it is near enough to be one. */
export function closestListed(list: readonly string[], typed: string): string | null {
  let best: { name: string; d: number } | null = null;
  for (const name of list) {
    const d = distance(key(name), key(typed));
    if (d <= Math.max(2, Math.floor(name.length / 3)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

/** The listed municipality the text starts with ("Hurdal lage plan" → Hurdal), longest name first. */
export function leadingListed(list: readonly string[], text: string): { name: string; rest: string } | null {
  const lower = key(text);
  for (const name of [...list].sort((a, b) => b.length - a.length)) {
    const k = key(name);
    if (lower.startsWith(k) && (lower.length === k.length || /[\s:,]/.test(lower.charAt(k.length)))) {
      const words = name.trim().split(/\s+/).length;
      return {
        name,
        rest: text
          .trim()
          .split(/\s+/)
          .slice(words)
          .join(' ')
          .replace(/^[:,]\s*/, '')
          // «Nes kommune …» (N11, month round 7b): the word belongs to the name, not to what follows.
          .replace(/^kommune(?![\p{L}\p{N}])\s*[:,]?\s*/iu, ''),
      };
    }
  }
  return null;
}

export type AttendanceParse =
  /** `unknown`: typed names not on the list, each with the listed name nearest to it (if any). */
  | { ok: true; names: string[]; unknown?: { name: string; suggestion: string | null }[] }
  | { ok: false; error: 'empty' | 'no-list-for-all' | 'not-listed'; name?: string; suggestion?: string | null };

/**
 * `til stede Nes, Hurdal` or `til stede alle`. With a list, the names on it are taken and the others
 * come back as unknown with the nearest listed name, so one typo does not lose the line; when none is
 * on the list the line is refused. Without a list, names are taken as typed and "alle" cannot be expanded.
 */
export function parseAttendance(args: string, list: readonly string[]): AttendanceParse {
  const names = splitNames(args);
  if (!names.length) return { ok: false, error: 'empty' };
  if (names.length === 1 && /^(alle|samtlige|alle kommunene)$/i.test(names[0] ?? '')) {
    return list.length ? { ok: true, names: [...list] } : { ok: false, error: 'no-list-for-all' };
  }
  if (!list.length) return { ok: true, names };
  const out: string[] = [];
  const unknown: { name: string; suggestion: string | null }[] = [];
  for (const n of names) {
    const hit = findListed(list, n);
    if (hit) out.push(hit);
    else unknown.push({ name: n, suggestion: closestListed(list, n) });
  }
  if (!out.length) {
    // Every name was unknown (there was at least one): the first is the one to ask about.
    const first = unknown[0];
    return first
      ? { ok: false, error: 'not-listed', name: first.name, suggestion: first.suggestion }
      : { ok: false, error: 'empty' };
  }
  return unknown.length ? { ok: true, names: out, unknown } : { ok: true, names: out };
}

/** One municipality as an attendance line marks it; `note` is what was said in brackets («kom 10:30»). */
export type AttendanceMark = { name: string; status: 'present' | 'absent'; note?: string };

export type AttendanceLine =
  | { ok: true; marks: AttendanceMark[]; unknown: { name: string; suggestion: string | null }[] }
  | { ok: false; error: 'empty' | 'no-list-for-all' | 'not-listed'; name?: string; suggestion?: string | null };

const PRESENT_OPENING = /^(?:til stede|tilstede|til stades)\s*[:–-]?\s*/iu;
const ABSENT_OPENING = /^(?:forfall|fråfall|fraværende|fravær)\s*[:–-]?\s*/iu;
/** «Gjerdrum har meldt forfall», «Hurdal kunne ikke komme»: the sentence marks absence. */
const ABSENT_TAIL =
  /\s+(?:har\s+meldt\s+forfall|meldte\s+forfall|har\s+forfall|er\s+fraværende|var\s+fraværende|kunne\s+ikke\s+komme|kan\s+ikke\s+komme|kom\s+ikke)$/iu;
const ALL = /^(?:alle|samtlige)(?:\s+kommunene)?$/iu;
const ALL_BUT = /^(?:alle|samtlige)(?:\s+kommunene)?\s+(?:unntatt|untatt|utenom|bortsett\s+fra|men\s+ikke)\s+(.+)$/iu;
/** «Nannestad (kom 10:30)»: the name and what the brackets say. */
const WITH_NOTE = /^(.+?)\s*\(([^()]{1,60})\)$/u;

/**
 * An attendance line as people type it (month s15 #6): «Ullensaker, Eidsvoll, Nes og Hurdal. Gjerdrum har
 * meldt forfall», «alle unntatt Hurdal», «Nannestad (kom 10:30)». Each sentence is read on its own, with
 * `status` (the command's) unless it says otherwise; a later mark of a name wins. Names not on the list come
 * back as unknown with the nearest listed one; when no name is known the line is refused.
 */
export function readAttendanceLine(
  args: string,
  list: readonly string[],
  status: 'present' | 'absent',
): AttendanceLine {
  const other = status === 'present' ? 'absent' : 'present';
  const marks = new Map<string, AttendanceMark>();
  const unknown: { name: string; suggestion: string | null }[] = [];
  const mark = (name: string, st: 'present' | 'absent', note?: string) =>
    marks.set(key(name), { name, status: st, ...(note ? { note } : {}) });
  const sentences = args
    .replace(/^[\s:–-]+/u, '')
    .split(/(?<=[.!])\s+(?=\p{Lu})|\n+/u)
    .map((x) =>
      x
        .trim()
        .replace(/[.!]+$/u, '')
        .trim(),
    )
    .filter(Boolean);
  for (let sentence of sentences) {
    let st = status;
    if (PRESENT_OPENING.test(sentence)) [st, sentence] = ['present', sentence.replace(PRESENT_OPENING, '')];
    else if (ABSENT_OPENING.test(sentence)) [st, sentence] = ['absent', sentence.replace(ABSENT_OPENING, '')];
    if (ABSENT_TAIL.test(sentence)) [st, sentence] = ['absent', sentence.replace(ABSENT_TAIL, '')];
    const but = ALL_BUT.exec(sentence);
    if (but || ALL.test(sentence)) {
      if (!list.length) return { ok: false, error: 'no-list-for-all' };
      const except = but ? readNames(but[1] ?? '', list, unknown) : [];
      for (const name of list) if (!except.some((e) => key(e.name) === key(name))) mark(name, st);
      for (const e of except) mark(e.name, st === 'present' ? other : 'present', e.note);
      continue;
    }
    for (const n of readNames(sentence, list, unknown)) mark(n.name, st, n.note);
  }
  if (!marks.size) {
    const first = unknown[0];
    return first
      ? { ok: false, error: 'not-listed', name: first.name, suggestion: first.suggestion }
      : { ok: false, error: 'empty' };
  }
  return { ok: true, marks: [...marks.values()], unknown };
}

/** The names of one sentence: listed ones (or all, without a list), the others added to `unknown`. */
function readNames(
  text: string,
  list: readonly string[],
  unknown: { name: string; suggestion: string | null }[],
): { name: string; note?: string }[] {
  const out: { name: string; note?: string }[] = [];
  for (const raw of splitNames(text)) {
    const bracket = WITH_NOTE.exec(raw);
    const typed = (bracket?.[1] ?? raw).replace(/\s+kommune$/iu, '').trim();
    const note = bracket?.[2]?.trim();
    const name = list.length ? findListed(list, typed) : typed;
    if (name) out.push({ name, ...(note ? { note } : {}) });
    else if (!unknown.some((u) => key(u.name) === key(typed)))
      unknown.push({ name: typed, suggestion: closestListed(list, typed) });
  }
  return out;
}

/**
 * The owner a task line names before its text, when it is not a person: "Lunner: invitere …" or
 * "Hurdal og Nes: …" (up to the colon), else the capitalised first word ("Lunner invitere …").
 * The rest is the task's own text, for an example that keeps what was typed.
 */
export function typedOwner(text: string): { typed: string; rest: string } | null {
  const colon = /^\s*([\p{Lu}][\p{L}\-, ]{0,60}?)\s*:\s*(.+)$/su.exec(text);
  if (colon) return { typed: (colon[1] ?? '').trim(), rest: (colon[2] ?? '').trim() };
  const word = /^\s*([\p{Lu}][\p{L}-]+)\s+(.+)$/su.exec(text);
  return word ? { typed: word[1] ?? '', rest: (word[2] ?? '').trim() } : null;
}

/**
 * Two or more listed municipalities at the start of a line ("Hurdal og Nes: …", "Hurdal, Nes …"),
 * with the text after them; null when the line starts with at most one.
 */
export function leadingSeveral(list: readonly string[], text: string): { names: string[]; rest: string } | null {
  const names: string[] = [];
  let rest = text;
  for (;;) {
    const lead = leadingListed(list, rest);
    if (!lead) break;
    names.push(lead.name);
    rest = lead.rest;
    const joined = /^(?:og|&)\s+/iu.exec(rest);
    if (joined) rest = rest.slice(joined[0].length);
  }
  return names.length > 1 ? { names, rest: rest.replace(/^[:,\s]+/u, '').trim() } : null;
}
