import { privacyText as t } from '../i18n/index.ts';
import { checkedCounted } from './checked-number.ts';
import { shownReadings } from './markup.ts';
import { findDisguised } from './disguised.ts';
import { contextCounted } from './in-context.ts';
import { findChildMention, type ChildReason } from './child-mention.ts';
import { findJoined } from './joined.ts';
import { digitsUpTo, scanCounted } from './national-id.ts';

/** A refusal names what was found: `child` when the text names a child (its reason), so a caller can word its own refusal. */
export type GuardResult = { ok: true } | { ok: false; message: string; child?: ChildReason };

export interface GuardOptions {
  /**
   * Names of adults the network knows (its members and leaders as Teams lists them, its
   * municipalities): in a child's frame («familien til Kari Nordmann») they are not a child (P1 item 2).
   */
  known?: readonly string[];
}

/**
 * The check every piece of user text passes before it is stored or posted: refused when it carries
 * a fødselsnummer, D-nummer or H-nummer in any spelling (see findNationalIds), or names an individual
 * child (findChildMention). The refusal never repeats the number or the name, so the bot does not
 * spread it further. What the bot sends passes
 * redactOutgoing (./redact.ts), which reads numbers the same way.
 */
export function guard(text: string, opts: GuardOptions = {}): GuardResult {
  const numbers = guardNumbers(text);
  if (!numbers.ok) return numbers;
  // A child's name (month round 8, N2): the same refusal wherever text is stored or posted (meeting
  // lines, tasks, deadlines, project forms, the tab), never naming the child back.
  const child = findChildMention(text, opts.known?.length ? { known: opts.known } : {});
  return child ? { ok: false, message: t.childRefused(child), child } : { ok: true };
}

/** The length bound and the identity numbers: the first half of guard. */
function guardNumbers(text: string): GuardResult {
  if (text.length > GUARD_MAX_CHARS) return { ok: false, message: t.tooLong(text.length, GUARD_MAX_CHARS) };
  return carriesNationalId(text) ? { ok: false, message: t.refused } : { ok: true };
}

/**
 * A bound on any one text (attack round 7, A6): longer is refused for its length before it is read,
 * at most about 80 ms at the worst case's ~0.3 µs per character. Chat messages stop earlier, at the
 * HTTP edge (100 KiB of text, src/server/activity-shape.ts; Teams itself carries about 28 KB); a
 * project plan's fields (several of 20,000 characters) pass the guard joined, so this leaves them
 * room far beyond any plan.
 */
export const GUARD_MAX_CHARS = 262_144;

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
  // Counted once for every reading: seven digits for the field-by-field one, nine for the others.
  const digits = digitsUpTo(text, 11);
  if (digits >= 7 && scanCounted(text, false).length) return true;
  if (digits >= 9 && (checkedCounted(text).length > 0 || contextCounted(text).length > 0)) return true;
  if (digits >= 8 && findJoined(text).length > 0) return true;
  return findDisguised(text, digits).length > 0;
}
