import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request body reader. restify's bodyParser is not used: for `Content-Encoding: gzip` it
 * pipes the request into a gunzip stream with no error listener (one bad byte ends the process)
 * and it counts its size limit on the compressed bytes (a 300 KB body inflates to 300 MB).
 * Nothing this server receives is compressed (the Bot Connector never compresses), so any
 * encoding other than identity is refused before a byte of the body is read, and the limit
 * counts the bytes as they arrive. Reading never throws: a client that goes away or a stream
 * error ends the read with 'aborted'.
 */

/** True when the request names a content coding other than identity. */
export function isEncoded(req: IncomingMessage): boolean {
  const header = req.headers['content-encoding'];
  if (header === undefined) return false;
  const codings = String(header)
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return codings.some((c) => c !== 'identity');
}

/** The declared Content-Length, or null when there is none (chunked) or it is not a number. */
export function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  const n = Number(header);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Whether the request carries a body at all (GET and friends usually do not). */
export function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > 0;
}

export type ReadResult = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' } | { kind: 'busy' };

/**
 * A bound on the bytes of all request bodies being read at once. Each body reserves its declared
 * length before its first byte is read (a chunked one reserves as its bytes arrive) and gives the
 * reservation back when the read ends. Without it, many slow uploads each below the per-request
 * limit add up: 1,500 stalled 490 KB uploads held 884 MB. A read that would exceed it is 'busy'.
 */
export class BodyBudget {
  readonly capacity: number;
  private used = 0;
  constructor(capacity: number) {
    this.capacity = capacity;
  }
  get inUse(): number {
    return this.used;
  }
  reserve(bytes: number): boolean {
    if (this.used + bytes > this.capacity) return false;
    this.used += bytes;
    return true;
  }
  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }
}

/** Set on a request that asked «Expect: 100-continue»: sends «100 Continue» once, when the body is wanted. */
const SEND_CONTINUE = Symbol('send 100 Continue');
type Continued = IncomingMessage & { [SEND_CONTINUE]?: () => void };

/**
 * For a request that asked «Expect: 100-continue» (src/server/http.ts, Node's checkContinue): the
 * «100 Continue» goes out when readBody first wants the body, after the checks on the headers and
 * the declared size, so a refused request is answered without it (attack round 6, A6).
 */
export function continueWhenRead(req: IncomingMessage, res: ServerResponse): void {
  (req as Continued)[SEND_CONTINUE] = () => {
    if (!res.headersSent && !res.writableEnded) res.writeContinue();
  };
}

export function readBody(req: IncomingMessage, limit: number, budget?: BodyBudget): Promise<ReadResult> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return Promise.resolve({ kind: 'too-large' });
  if (req.destroyed) return Promise.resolve({ kind: 'aborted' });
  if (req.readableEnded) return Promise.resolve({ kind: 'ok', bytes: Buffer.alloc(0) });
  let reserved = 0;
  if (budget && declared !== null) {
    if (!budget.reserve(declared)) return Promise.resolve({ kind: 'busy' });
    reserved = declared;
  }
  const sendContinue = (req as Continued)[SEND_CONTINUE];
  if (sendContinue) {
    delete (req as Continued)[SEND_CONTINUE];
    sendContinue();
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (r: ReadResult) => {
      if (settled) return;
      settled = true;
      budget?.release(reserved);
      reserved = 0;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      // Keep a listener: a late error on a stream nobody reads any more must not become uncaught.
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (budget && size > reserved) {
        // More than declared (chunked): reserve what arrived beyond the reservation.
        const more = size - reserved;
        if (!budget.reserve(more)) {
          chunks.length = 0;
          finish({ kind: 'busy' });
          req.resume();
          return;
        }
        reserved += more;
      }
      if (size > limit) {
        // Stop keeping it, but drain the rest so the answer reaches the client (the request timeout bounds how long).
        chunks.length = 0;
        finish({ kind: 'too-large' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'ok', bytes: Buffer.concat(chunks, size) });
    const onClose = () => finish({ kind: 'aborted' });
    req.on('error', () => finish({ kind: 'aborted' }));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

export type MediaType = { json: boolean; form: boolean; utf8: boolean; type: string };

/** The media type and whether its charset (if named) is UTF-8; JSON is application/json or any +json type. */
export function mediaType(req: IncomingMessage): MediaType {
  const header = String(req.headers['content-type'] ?? '');
  const [typePart, ...params] = header.split(';');
  const type = (typePart ?? '').trim().toLowerCase();
  let utf8 = true;
  for (const p of params) {
    const [k, v] = p.split('=');
    if (k?.trim().toLowerCase() === 'charset') {
      const cs = (v ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
      utf8 = cs === 'utf-8' || cs === 'utf8';
    }
  }
  const json = type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
  return { json, form: type === 'application/x-www-form-urlencoded', utf8, type };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strict UTF-8 (a leading BOM is dropped); null for invalid byte sequences. */
export function decodeUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
