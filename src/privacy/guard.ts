import { privacyText as t } from '../i18n/index.ts';
import { containsNationalId } from './national-id.ts';

export type GuardResult = { ok: true } | { ok: false; message: string };

/**
 * The check every piece of user text passes before it is stored or posted: refused when it carries
 * a fødselsnummer, D-nummer or H-nummer in any spelling (see findNationalIds). The refusal never
 * repeats the number, so the bot does not spread it further. What the bot sends passes
 * redactOutgoing (./redact.ts), which reads numbers the same way.
 */
export function guard(text: string): GuardResult {
  return containsNationalId(text) ? { ok: false, message: t.refused } : { ok: true };
}
