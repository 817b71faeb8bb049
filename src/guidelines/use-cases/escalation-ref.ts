import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretRepository } from '../../security/secrets.ts';

/**
 * «Spør nettverkslederen» carried the question's text in the card's data, and the click posted
 * whatever text came back (attack round 6b, A8): a tampered click put any text before the leaders.
 * The card now carries only a reference the server made when it answered: the question sealed with
 * the server's own key (AES-256-GCM). Only the server can read it, and a changed reference does not
 * open, so the text the leaders get is the one the bot answered, word for word. Nothing is stored
 * for questions that are never escalated.
 */
const SECRET = 'escalation-question';
const PURPOSE = Buffer.from('guidelines.escalate');
const IV = 12;
const TAG = 16;
/** A question is at most 1 000 characters (4 000 bytes); its reference is under 6 000 characters. */
export const MAX_REF_LENGTH = 6_000;

const keyOf = (secrets: SecretRepository, now: Date) => secrets.getOrCreate(SECRET, () => randomBytes(32), now);

export async function questionRef(secrets: SecretRepository, question: string, now: Date): Promise<string> {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', await keyOf(secrets, now), iv);
  cipher.setAAD(PURPOSE);
  const sealed = Buffer.concat([cipher.update(question, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The question a reference was made for, or null when it was altered, made by another server, or is no reference. */
export async function questionOf(secrets: SecretRepository, ref: string, now: Date): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]+$/.test(ref) || ref.length > MAX_REF_LENGTH) return null;
  const raw = Buffer.from(ref, 'base64url');
  if (raw.length <= IV + TAG) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await keyOf(secrets, now), raw.subarray(0, IV));
    decipher.setAAD(PURPOSE);
    decipher.setAuthTag(raw.subarray(IV, IV + TAG));
    return Buffer.concat([decipher.update(raw.subarray(IV + TAG)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
