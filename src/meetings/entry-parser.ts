import type { Mention } from '../conversation/types.ts';
import type { TaskOwner } from '../tasks/task.ts';
import { closestListed, findListed, leadingListed } from './municipalities.ts';
import { shorten } from '../conversation/reach.ts';

// Pure: how a task line is read. "oppgave @Ola Hansen sende rapport innen 15.01",
// "oppgave Nes: sjekke lokaler innen fredag", and with the network's list known "oppgave Hurdal lage plan".

export type TaskParse =
  | { ok: true; owners: TaskOwner[]; text: string; due: string | null }
  | { ok: false; error: 'no-owner' | 'empty' }
  | { ok: false; error: 'not-listed'; name: string; suggestion: string | null };

export function parseTaskLine(
  args: string,
  mentions: readonly Mention[],
  municipalities: readonly string[],
): TaskParse {
  let rest = args;
  const owners: TaskOwner[] = [];
  for (const m of mentions) {
    if (!rest.includes(m.text)) continue;
    owners.push({ kind: 'person', id: m.id, aadObjectId: m.aadObjectId, name: m.name });
    rest = rest.replace(m.text, ' ');
  }
  if (!owners.length) {
    const colon = /^\s*([\p{Lu}][\p{L}\- ]{1,40}?)\s*:\s*(.+)$/u.exec(rest);
    // Both groups are required by the pattern: a match always has them.
    const [, who = '', what = ''] = colon ?? [];
    if (colon) {
      // «Nes kommune: …» (N11): the word is part of how the municipality is named, not of its name.
      const typed = who.trim().replace(/\s+kommune$/iu, '');
      const listed = municipalities.length ? findListed(municipalities, typed) : typed;
      if (!listed)
        return { ok: false, error: 'not-listed', name: typed, suggestion: closestListed(municipalities, typed) };
      owners.push({ kind: 'municipality', name: listed });
      rest = what;
    } else if (municipalities.length) {
      const lead = leadingListed(municipalities, rest);
      if (lead) {
        owners.push({ kind: 'municipality', name: lead.name });
        rest = lead.rest;
      } else {
        // "oppgave Eidsvol lage plan": a capitalised first word close to a listed name is a typo, not a task text.
        const first = /^\s*([\p{Lu}][\p{L}-]+)/u.exec(rest)?.[1];
        const near = first ? closestListed(municipalities, first) : null;
        if (first && near) return { ok: false, error: 'not-listed', name: first, suggestion: near };
      }
    }
  }
  if (!owners.length) return { ok: false, error: 'no-owner' };
  // "oppgave @Ola – lage plan": a dash or colon between owner and text is punctuation.
  rest = stripEntryPunctuation(
    rest
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(og|,)\s+/, ''),
  );
  // The last "innen" starts the due date; "innen" with nothing after it is a date left out, not task text.
  const innen = [...rest.matchAll(/(?:^|\s)innen(?=\s|$)/giu)].at(-1);
  const due = innen ? rest.slice(innen.index + innen[0].length).trim() : null;
  const text = (innen ? rest.slice(0, innen.index) : rest).trim();
  if (!text) return { ok: false, error: 'empty' };
  return { ok: true, owners, text, due };
}

/** `neste`, `punkt 4`, `punkt 4.`: the agenda item to move to, or what was typed when it is no number. */
export function parseItemTarget(args: string): { ok: true; to: number | 'next' } | { ok: false; typed: string } {
  const a = args.trim();
  if (!a) return { ok: true, to: 'next' };
  const n = /^(\d{1,2})\.?$/.exec(a);
  return n ? { ok: true, to: Number(n[1]) } : { ok: false, typed: shorten(a, 40) };
}

/** What follows an entry word: ':' , '-', '–', '—' (or nothing) before the text, all left out. */
export function stripEntryPunctuation(args: string): string {
  return args.replace(/^[\s:\-\u2013\u2014]+/u, '');
}

/** Words that open a due date at the end of a task line ("… til 20.02", "… før fredag"). */
const DUE_OPENER = /\s+(?:innen|til|før|frist|senest|med frist)$/iu;
/** "10 dager", "to uker": how long something takes, unless written "om 10 dager"; "neste uke" is a date. */
const DURATION =
  /^(?!(?:neste|denne|samme) )(?:\d{1,3}|[\p{L}]+) (?:dag|dager|uke|uker|veke|veker|måned|måneder|månad|månader)$/iu;
const DATE_SHAPED = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?$/;

export type TrailingDate<P> = { text: string; typed: string; parsed: P };

/**
 * A task line written without «innen» that ends in a date ("lage presentasjon 20.02", "ringe
 * Bufetat fredag", "sende planen til 18. desember", "… neste møte"): the text before it, what was
 * typed as the date, and how it parsed. A date-shaped ending that is no date ("31.02") comes back
 * with its failed parse, so it is refused instead of silently left in the text.
 */
export function trailingDate<P extends { ok: boolean }>(
  text: string,
  parse: (typed: string) => P,
): TrailingDate<P> | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    // "fredag." loses its full stop; "20.02." keeps it, as the date reader knows that form.
    const typed = words
      .slice(-n)
      .join(' ')
      .replace(/^(?:innen|til|før|frist|senest)\s+/iu, '')
      .replace(/[,!]+$/, '')
      .replace(/(?<=\p{L})\.$/u, '');
    const rest = words.slice(0, -n).join(' ').replace(DUE_OPENER, '').trim();
    if (!rest || !typed) continue;
    if (DURATION.test(typed)) continue;
    const parsed = parse(typed);
    if (parsed.ok || (n === 1 && DATE_SHAPED.test(typed))) return { text: rest, typed, parsed };
  }
  return null;
}
