import { privacyText as t } from '../i18n/index.ts';
import { findCheckedNumbers } from './checked-number.ts';
import { shownReadings } from './markup.ts';
import { findInContext } from './in-context.ts';
import { containsNationalId } from './national-id.ts';

export type GuardResult = { ok: true } | { ok: false; message: string };

/**
 * The check every piece of user text passes before it is stored or posted: refused when it carries
 * a fødselsnummer, D-nummer or H-nummer in any spelling (see findNationalIds). The refusal never
 * repeats the number, so the bot does not spread it further. What the bot sends passes
 * redactOutgoing (./redact.ts), which reads numbers the same way.
 */
export function guard(text: string): GuardResult {
  return carriesNationalId(text) ? { ok: false, message: t.refused } : { ok: true };
}

/**
 * Whether text holds an identity number as it stands or as a reader sees it rendered (tags dropped
 * or read as spaces, entities decoded: Teams, the tab and Markdown viewers render it), in any
 * spelling findNationalIds reads or any grouping of eleven digits whose check digits hold.
 */
export function carriesNationalId(text: string): boolean {
  if (readsAsNationalId(text)) return true;
  for (const shown of shownReadings(text)) if (readsAsNationalId(shown)) return true;
  return false;
}

function readsAsNationalId(text: string): boolean {
  return containsNationalId(text) || findCheckedNumbers(text).length > 0 || findInContext(text).length > 0;
}
