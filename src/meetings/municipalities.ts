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
