import { privacyText as t } from '../i18n/index.ts';
import { mapShared, mapValuesShared } from './copy-on-write.ts';
import { checkedCounted, findCheckedNumbers } from './checked-number.ts';
import { withoutControls } from './controls.ts';
import { shownReadings } from './markup.ts';
import { findDisguised } from './disguised.ts';
import { contextCounted, findInContext } from './in-context.ts';
import { findChildNames } from './child-mention.ts';
import { findJoined } from './joined.ts';
import { digitsUpTo, findNationalIdsToRedact, scanCounted, type NationalIdHit } from './national-id.ts';

/**
 * The text with every identity number (as the input guard reads them) replaced by a neutral mark,
 * and any such number the text was shortened in the middle of; and every name of a child (as the
 * input guard reads them: findChildNames) replaced by another. Text the bot shows back (an unknown
 * command, a line it could not place) never carries the child's name on (N2).
 */
export function redactText(text: string): string {
  // Nothing the bot sends carries a control character (attack round 8, A6): ./controls.ts.
  return redactChildNames(redactNumbers(withoutControls(text)));
}

function redactChildNames(text: string): string {
  const names = findChildNames(text);
  if (!names.length) return text;
  let out = '';
  let at = 0;
  for (const n of names) {
    out += text.slice(at, n.start) + t.nameRemoved;
    at = n.end;
  }
  return out + text.slice(at);
}

function redactNumbers(text: string): string {
  let hits: NationalIdHit[] = [];
  // Counted once for every reading (seven digits for a cut number, nine for the others): most strings
  // of a card stop here.
  const digits = digitsUpTo(text, 9);
  if (digits >= 7) hits = scanCounted(text, true);
  if (digits >= 9) {
    const checked = checkedCounted(text);
    if (checked.length) hits = hits.concat(checked);
    const context = contextCounted(text);
    if (context.length) hits = hits.concat(context);
  }
  if (digits >= 8) {
    const joined = findJoined(text);
    if (joined.length) hits = hits.concat(joined);
  }
  const disguised = findDisguised(text, digits);
  if (disguised.length) hits = hits.concat(disguised);
  if (!hits.length) {
    // A number only a renderer puts together ("0101<b>90</b>10046", "0101&#57;010046"): offsets in
    // the rendered text mean nothing in this one, so the whole string goes.
    for (const shown of shownReadings(text))
      if (
        findNationalIdsToRedact(shown).length ||
        findCheckedNumbers(shown).length ||
        findInContext(shown).length ||
        findJoined(shown).length ||
        findDisguised(shown).length
      )
        return t.removed;
    return text;
  }
  // Hits can overlap (one chain read two ways); merge them so each stretch is replaced once.
  const spans: { start: number; end: number }[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else spans.push({ start: h.start, end: h.end });
  }
  // A mark that decorates the last digit ("6\u0332") or closes a direction run opened inside the
  // number goes with it: left behind it would draw on the mark's closing bracket.
  for (const s of spans) while (s.end < text.length && TRAILING.test(text[s.end]!)) s.end++;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + t.removed;
    at = s.end;
  }
  return out + text.slice(at);
}

const TRAILING = /^[\p{Mn}\p{Me}\u202c\u2069]$/u;

/**
 * The outgoing guard: every string anywhere in a message or card (text, summary, every card
 * element, action titles and data, fallback text) passes redactText. Pure: the input is not
 * changed, and parts without a number are shared, not copied. Object keys are left alone; cards
 * never put user text there.
 */
export function redactOutgoing<T>(value: T): T {
  return walk(value) as T;
}

// The walk allocates nothing for parts without a number (the usual case): a copy is made only from
// the first change on. It runs over every outgoing card, so its garbage was a quarter of the bot's
// (issue #14, BENCHMARKS.md «Round trip of one chat message»).
function walk(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return mapShared(value, walk);
  if (value && typeof value === 'object' && isPlain(value))
    return mapValuesShared(value as Record<string, unknown>, walk);
  return value;
}

/** Only JSON-like objects are walked: a Date, Buffer or class instance is passed on as it is. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
