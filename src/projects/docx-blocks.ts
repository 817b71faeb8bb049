import mammoth from 'mammoth';

/**
 * A Word document as the plan import reads it: paragraphs and tables in document order. Tables
 * keep their rows and cells; a cell keeps its paragraphs (a cell may hold several milestones).
 * Checkboxes (content controls and legacy form fields) become ☒ and ☐, so a ticked box reads
 * the same whether it was clicked or typed as a character.
 */
export type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: Cell[][] };
export interface Cell {
  paragraphs: string[];
}

export const cellText = (c: Cell | undefined) => (c ? c.paragraphs.join('\n').trim() : '');

/** Reads the document's body with mammoth (a maintained .docx reader). Throws on a file it cannot read. */
export async function readBlocks(bytes: Uint8Array): Promise<Block[]> {
  // One document at a time per process: each read holds a tree many times the document's size,
  // so several uploads at once must queue rather than add up.
  const turn = reading.then(() => read(bytes));
  reading = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}

let reading: Promise<void> = Promise.resolve();

async function read(bytes: Uint8Array): Promise<Block[]> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Pictures are no part of the plan's fields: left out, not turned into base64 strings in memory.
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return htmlToBlocks(value);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** Longer than any field may be (the schema's 20 000), so cutting here loses nothing the plan could keep. */
const MAX_PARAGRAPH = 25_000;

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * mammoth's HTML is small and regular (p, h1–h6, ul/ol/li, table/tr/td/th, inline tags, input
 * for checkboxes, br, img), so a tag scanner is enough: no DOM. A table inside a cell adds its
 * cells' text to that cell.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  // Open tables, innermost last; each holds its rows and the cell being filled.
  const tables: { rows: Cell[][]; cell: Cell | null }[] = [];
  let text: string | null = null;
  const flush = () => {
    if (text === null) return;
    // No field of the template holds more than 20 000 characters; a longer paragraph is cut here, once.
    const t = text
      .slice(0, MAX_PARAGRAPH)
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    text = null;
    const table = tables.at(-1);
    if (table?.cell) {
      if (t) table.cell.paragraphs.push(t);
    } else if (t) blocks.push({ kind: 'p', text: t });
  };
  const re = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;
  for (const m of html.matchAll(re)) {
    if (m[4] !== undefined) {
      text = (text ?? '') + decode(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (tag === 'br') text = (text ?? '') + '\n';
    else if (tag === 'input' && /type="checkbox"/i.test(attrs))
      text = `${text ?? ''}${/\bchecked\b/i.test(attrs) ? '☒' : '☐'} `;
    else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      if (!closing) text = tag === 'li' ? '· ' : '';
    } else if (tag === 'table') {
      flush();
      if (!closing) {
        tables.push({ rows: [], cell: null });
        continue;
      }
      const done = tables.pop();
      if (!done) continue;
      const outer = tables.at(-1);
      if (outer?.cell) outer.cell.paragraphs.push(...done.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)));
      else blocks.push({ kind: 'table', rows: done.rows });
    } else if (tag === 'tr' && !closing) {
      flush();
      tables.at(-1)?.rows.push([]);
    } else if (tag === 'td' || tag === 'th') {
      flush();
      const table = tables.at(-1);
      if (!table) continue;
      if (closing) table.cell = null;
      else {
        table.cell = { paragraphs: [] };
        if (!table.rows.length) table.rows.push([]);
        table.rows.at(-1)!.push(table.cell);
      }
    }
  }
  flush();
  return blocks;
}
