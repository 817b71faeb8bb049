import { stripEntryPunctuation } from './entry-parser.ts';

// Pure: several meeting lines typed in one message («vedtak: A; oppgave @Ola … innen 15.01.2027»,
// «Vedtak: A. Vedtak: B»). Each part is handled as if typed alone (month s15 #2): read as one, a task
// written after a decision was stored as part of the decision's text and never made.

export type ItemKind = 'decision' | 'note' | 'task';
export type ItemPart = { kind: ItemKind; line: string; args: string };

const KIND: Record<string, ItemKind> = {
  vedtak: 'decision',
  beslutning: 'decision',
  info: 'note',
  notat: 'note',
  oppgave: 'task',
  oppgåve: 'task',
};

// A keyword starts a part where it opens a sentence or follows «;». «vedtak»/«info» need their colon or dash
// («… godkjent. Info om saken kommer» is one sentence of talk); «oppgave» also takes an owner after it.
const START =
  /(?<=(?:^|[;]|[.!?])\s*)(?:(?:vedtak|beslutning|info|notat|oppgave|oppgåve)\s*[:–—-]|(?:oppgave|oppgåve)\s+)/giu;
// The owner after a bare «oppgave» is tested apart from START: under its `i` flag \p{Lu} matches any letter
// (review s15 #5), and «; oppgave er å sende det videre» was split off as a task with no owner.
const OWNER_NEXT = /^(?:@|\p{Lu})/u;

/** The parts of a message with two or more meeting lines in it, or null when it holds one. */
export function splitItems(text: string): ItemPart[] | null {
  const line = text.trim();
  const starts = [...line.matchAll(START)]
    .filter((m) => /[:–—-]\s*$/u.test(m[0]) || OWNER_NEXT.test(line.slice(m.index + m[0].length)))
    .map((m) => m.index)
    .filter((i) => i === 0 || boundaryBefore(line, i));
  if (starts.length < 2 || starts[0] !== 0) return null;
  const parts: ItemPart[] = [];
  for (const [n, at] of starts.entries()) {
    const raw = line
      .slice(at, starts[n + 1] ?? line.length)
      .trim()
      .replace(/\s*;$/u, '');
    const word = /^\p{L}+/u.exec(raw)?.[0] ?? '';
    const kind = KIND[word.toLocaleLowerCase('nb')];
    if (!kind) return null;
    parts.push({ kind, line: raw, args: stripEntryPunctuation(raw.slice(word.length)) });
  }
  return parts;
}

/** Whether the keyword at `i` follows «;» or a sentence's end, not a date («15. oppgave») or a word. */
function boundaryBefore(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  if (before.endsWith(';')) return true;
  // «innen 15. Info: …» is rare; a number before the full stop is read as a date, so no split there.
  return /[\p{L})»"'][.!?]$/u.test(before);
}
