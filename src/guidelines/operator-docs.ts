import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface DocSection {
  /** Stable id: file name + section index. */
  id: string;
  file: string;
  title: string;
  heading: string;
  body: string;
  year: number;
}

export interface OperatorDocument {
  file: string;
  title: string;
  year: number;
  sections: DocSection[];
}

const YEAR = /\b(19[89]\d|20\d\d)\b/g;

function frontMatter(text: string): { meta: Record<string, string>; rest: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { meta: {}, rest: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*([\wæøå]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (kv) meta[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '');
  }
  return { meta, rest: text.slice(m[0].length) };
}

/**
 * The year a document speaks for: front matter (år/year) first, then a year in the opening lines,
 * then one in the file name; failing all, the most frequent year in the text.
 */
export function detectYear(fileName: string, text: string, meta: Record<string, string> = {}): number | undefined {
  const declared = meta['år'] ?? meta['aar'] ?? meta['year'];
  if (declared && /^\d{4}$/.test(declared.trim())) return Number(declared.trim());
  const firstLines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 5)
    .join(' ');
  const early = [...firstLines.matchAll(YEAR)].map((m) => Number(m[1]));
  if (early.length) return early[0];
  const inName = [...basename(fileName).matchAll(YEAR)].map((m) => Number(m[1]));
  if (inName.length) return Math.max(...inName);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts)
    if (best === undefined || c > counts.get(best)! || (c === counts.get(best) && y > best)) best = y;
  return best;
}

// "3. Bruk av midler", "12. Revidering", "3.2 Rapportering": a number, a capitalised title, no full stop at the end.
const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}[^\n]{1,90})$/u;

function isTitleLine(line: string, prev: string, next: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || /[.,;:!?]$/.test(t) || /^[•▪●■✓\-–*·]/.test(t)) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  // A short capitalised line standing alone between blank lines reads as a title in slide exports.
  return !prev.trim() && (!next.trim() || next.trim().length > t.length);
}

export function splitSections(text: string, kind: 'md' | 'txt'): { heading: string; body: string }[] {
  const lines = text.split(/\r?\n/);
  const out: { heading: string; body: string[] }[] = [];
  let current: { heading: string; body: string[] } = { heading: '', body: [] };
  const push = () => {
    if (current.body.join('').trim() || current.heading) out.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let heading: string | undefined;
    if (kind === 'md') {
      const m = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
      if (m) heading = m[1]!;
    } else {
      const numbered = NUMBERED.exec(line);
      if (numbered && !/[.,;]$/.test(numbered[2]!.trim())) heading = `${numbered[1]}. ${numbered[2]!.trim()}`;
      else if (isTitleLine(line, lines[i - 1] ?? '', lines[i + 1] ?? '')) heading = line.trim();
    }
    if (heading !== undefined) {
      push();
      current = { heading, body: [] };
    } else {
      current.body.push(line);
    }
  }
  push();
  // Slide exports make many tiny fragments; fold a section with almost no text into the next one.
  const merged: { heading: string; body: string }[] = [];
  let carry = '';
  let carryHeading = '';
  for (const s of out) {
    const body = s.body.join('\n').trim();
    if (body.length < 40) {
      // "12. Revidering" followed by one short line: the numbered heading names what follows.
      // In Markdown the structure is explicit, so an empty heading (the document's # title) is just dropped.
      if (kind === 'md') continue;
      // A numbered heading names what follows better than a title line before it.
      if (!carryHeading || /^\d/.test(s.heading)) carryHeading = s.heading;
      carry = [carry, carryHeading === s.heading ? '' : s.heading, body].filter(Boolean).join('\n');
      continue;
    }
    const heading = /^\d/.test(s.heading) ? s.heading : carryHeading || s.heading;
    const lead = [carry, heading === s.heading ? '' : s.heading].filter(Boolean).join('\n');
    merged.push({ heading, body: lead ? `${lead}\n\n${body}` : body });
    carry = '';
    carryHeading = '';
  }
  if ((carry || carryHeading) && merged.length && !carryHeading) merged[merged.length - 1]!.body += `\n${carry}`;
  else if (carry || carryHeading)
    merged.push({ heading: carryHeading || carry.split('\n')[0]!, body: carry || carryHeading });
  return merged;
}

function titleOf(fileName: string, text: string, meta: Record<string, string>): string {
  if (meta['tittel'] || meta['title']) return (meta['tittel'] ?? meta['title'])!;
  const h1 = /^\s{0,3}#\s+(.+)$/m.exec(text);
  if (h1) return h1[1]!.trim();
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 3);
  return first && first.length <= 90 ? first : basename(fileName, extname(fileName));
}

export function parseOperatorDocument(file: string, text: string, fallbackYear?: number): OperatorDocument | undefined {
  const kind = extname(file).toLowerCase() === '.md' ? 'md' : 'txt';
  const { meta, rest } = frontMatter(text.normalize('NFC'));
  const year = detectYear(file, rest, meta) ?? fallbackYear;
  if (year === undefined) return undefined;
  const title = titleOf(file, rest, meta);
  const name = basename(file);
  const sections = splitSections(rest, kind).map((s, i) => ({
    id: `${name}#${i + 1}`,
    file: name,
    title,
    heading: s.heading || title,
    body: s.body,
    year,
  }));
  return { file: name, title, year, sections };
}

/** Every .md and .txt in the folder (not recursive); a README describing the folder is skipped. */
export function loadOperatorDocuments(dir: string, fallbackYear?: number): OperatorDocument[] {
  const docs: OperatorDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (!/\.(md|txt)$/i.test(name) || /^readme\./i.test(name) || !statSync(file).isFile()) continue;
    const doc = parseOperatorDocument(file, readFileSync(file, 'utf8'), fallbackYear);
    if (doc) docs.push(doc);
  }
  return docs;
}
