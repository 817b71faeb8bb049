import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Links the bot hands out (minutes downloads, calendar feeds) carry an HMAC over what they grant,
 * so they work without a Teams login yet cannot be guessed or altered.
 */
export class UrlSigner {
  #key: Buffer;

  constructor(key: Buffer) {
    if (key.length < 32) throw new Error('signing key must be at least 32 bytes');
    this.#key = key;
  }

  static randomKey(): Buffer {
    return randomBytes(32);
  }

  #mac(payload: string): string {
    return createHmac('sha256', this.#key).update(payload).digest('base64url');
  }

  /** Signs a path and its parameters; `expiresAt` is optional for long-lived links (feeds). */
  sign(path: string, params: Record<string, string>, expiresAt?: Date): string {
    const q = new URLSearchParams(params);
    if (expiresAt) q.set('exp', String(Math.floor(expiresAt.getTime() / 1000)));
    q.sort();
    q.set('sig', this.#mac(`${path}?${q.toString()}`));
    return `${path}?${q.toString()}`;
  }

  /**
   * A short MAC (22 characters, base64url) binding `value` to `purpose`: a value the bot hands out in a
   * card, so a click with the value altered is told apart from one that was only used before.
   */
  tag(purpose: string, value: string): string {
    return this.#mac(`tag:${purpose}\n${value}`).slice(0, 22);
  }

  /** Whether `tag` is the one tag() gives for this value, compared in constant time. */
  tagHolds(purpose: string, value: string, tag: string): boolean {
    const expected = Buffer.from(this.tag(purpose, value));
    const given = Buffer.from(tag);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Returns the signed parameters, or why the link is refused. */
  verify(
    path: string,
    query: Record<string, unknown>,
    now: Date,
  ): { ok: true; params: Record<string, string> } | { ok: false; reason: 'missing' | 'bad-signature' | 'expired' } {
    const q = new URLSearchParams();
    let sig = '';
    for (const [k, v] of Object.entries(query)) {
      if (typeof v !== 'string') continue;
      if (k === 'sig') sig = v;
      else q.set(k, v);
    }
    if (!sig) return { ok: false, reason: 'missing' };
    q.sort();
    const expected = Buffer.from(this.#mac(`${path}?${q.toString()}`));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, reason: 'bad-signature' };
    const exp = q.get('exp');
    if (exp && Number(exp) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
    const params = Object.fromEntries(q.entries());
    delete params.exp;
    return { ok: true, params };
  }
}
