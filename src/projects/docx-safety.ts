import { inflateRawSync } from 'node:zlib';

/**
 * Checks a .docx before any reader inflates it: the size, the zip's central directory, and every
 * entry inflated with a cap at its declared size, so a zip bomb (a huge declared size, or a small
 * declared size that inflates to far more) is refused before mammoth sees it.
 */

export const MAX_DOCX_BYTES = 10 * 1024 * 1024;
/** All entries together, uncompressed: a plan with pictures stays far below this. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 2000;
/**
 * The document's own text (word/document.xml), uncompressed. The reader builds a tree of the XML
 * that takes about 90 times its size in memory (2 MB of XML: 176 MB of heap), so a file stored
 * without compression could exhaust the process while every zip check passed. A filled-in plan's
 * body is a few hundred kB at most (the fixtures: 25 kB; Word adds formatting), so 768 kB is ample.
 */
export const MAX_BODY_XML_BYTES = 768 * 1024;
/** Text XML compresses about tenfold; a ratio far beyond that in a large entry is a bomb. */
const MAX_RATIO = 200;

export type DocxProblem = 'too-large' | 'not-docx' | 'damaged' | 'zip-bomb' | 'too-much-text';

export type SafetyResult = { ok: true; entries: string[] } | { ok: false; problem: DocxProblem };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
  flags: number;
}

export function checkDocx(bytes: Uint8Array): SafetyResult {
  if (bytes.length > MAX_DOCX_BYTES) return { ok: false, problem: 'too-large' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { ok: false, problem: 'not-docx' };
  let entries: Entry[];
  try {
    entries = centralDirectory(buf);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (entries.length > MAX_ENTRIES) return { ok: false, problem: 'zip-bomb' };
  let total = 0;
  for (const e of entries) {
    // ZIP64 sizes (0xFFFFFFFF) never belong in a 10 MB document.
    if (e.uncompressed === 0xffffffff || e.compressed === 0xffffffff) return { ok: false, problem: 'zip-bomb' };
    total += e.uncompressed;
    if (total > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: 'zip-bomb' };
    if (e.uncompressed > 1024 * 1024 && e.uncompressed > e.compressed * MAX_RATIO)
      return { ok: false, problem: 'zip-bomb' };
  }
  const names = entries.map((e) => e.name);
  if (!names.includes('[Content_Types].xml') || !names.includes('word/document.xml'))
    return { ok: false, problem: 'not-docx' };
  if (entries.some((e) => e.name === 'word/document.xml' && e.uncompressed > MAX_BODY_XML_BYTES))
    return { ok: false, problem: 'too-much-text' };
  // Inflate each entry with a cap: an entry whose data holds more than its header says is a bomb.
  for (const e of entries) {
    const r = inflateChecked(buf, e);
    if (r !== 'ok') return { ok: false, problem: r };
  }
  return { ok: true, entries: names };
}

function centralDirectory(buf: Buffer): Entry[] {
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let at = buf.readUInt32LE(eocd + 16);
  if (at + size > buf.length) throw new Error('central directory outside the file');
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    out.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      uncompressed: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function inflateChecked(buf: Buffer, e: Entry): 'ok' | DocxProblem {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return 'damaged';
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressed > buf.length) return 'damaged';
  const data = buf.subarray(start, start + e.compressed);
  if (e.flags & 0x1) return 'damaged'; // encrypted: not a document anyone can read
  if (e.method === 0) return data.length === e.uncompressed ? 'ok' : 'damaged';
  if (e.method !== 8) return 'damaged';
  try {
    // One byte of headroom: output beyond the declared size throws instead of filling memory.
    const out = inflateRawSync(data, { maxOutputLength: e.uncompressed + 1 });
    return out.length === e.uncompressed ? 'ok' : 'zip-bomb';
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError
      ? 'zip-bomb'
      : 'damaged';
  }
}
