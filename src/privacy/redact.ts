import { privacyText as t } from '../i18n/index.ts';
import { mapShared, mapValuesShared } from './copy-on-write.ts';
import { checkedCounted, findCheckedNumbers } from './checked-number.ts';
import { withBalancedBidi, withoutControls } from './controls.ts';
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
  // Nothing the bot sends carries a control character (attack round 8, A6), nor a direction run left
  // open to turn the bot's own words around it (attack round 13, A1): ./controls.ts. The runs are closed
  // after the numbers are read, as a reversed number is read by its override.
  return withBalancedBidi(redactChildNames(redactNumbers(withoutControls(text))));
}

/** The identity numbers and control characters only: for what is data, not text shown back (ids, links, a form's values). */
export function redactNumbersOnly(text: string): string {
  return redactNumbers(withoutControls(text));
}

function redactChildNames(text: string): string {
  const names = findChildNames(text);
  return names.length ? replaceSpans(text, names, t.nameRemoved) : text;
}

/** The text with each stretch (in order, none overlapping) replaced by the mark. */
function replaceSpans(text: string, spans: readonly { start: number; end: number }[], mark: string): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + mark;
    at = s.end;
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
  return replaceSpans(text, spans, t.removed);
}

const TRAILING = /^[\p{Mn}\p{Me}\u202c\u2069]$/u;

/**
 * The outgoing guard: every string anywhere in a message or card (text, summary, every card
 * element, action titles and data, fallback text) passes redactText. Pure: the input is not
 * changed, and parts without a number are shared, not copied. Object keys are left alone; cards
 * never put user text there.
 */
export function redactOutgoing<T>(value: T, opts: OutgoingOptions = {}): T {
  return walk(value, opts.childNames ?? true, undefined) as T;
}

export interface OutgoingOptions {
  /**
   * Whether names of children are masked too (default true). The input guard refuses such text before
   * it is stored, so what is left for the outgoing mask is what the bot shows back of a message (an
   * unknown command, a line it could not place). The tab's JSON is stored data, its forms' values among
   * it: it passes with false, so a value is never rewritten and saved back changed (review 2, item 1).
   */
  childNames?: boolean;
}

/**
 * Keys whose strings are data rather than shown text: ids, links, a submit's data and a form's
 * pre-filled value. Rewriting a name in one misdirects the click or saves the mark over the
 * person's own text (review 2, items 1 and 6); identity numbers are masked there all the same.
 */
const DATA_KEYS = new Set(['id', 'url', 'iconUrl', 'data', 'msteams', 'verb', 'associatedInputs']);

function dataKey(parent: Record<string, unknown>, key: string, parentKey: string | undefined): boolean {
  if (DATA_KEYS.has(key)) return true;
  if (key !== 'value') return false;
  // An input's pre-filled value, and a choice's value (a fact's value is shown text).
  return (typeof parent.type === 'string' && parent.type.startsWith('Input.')) || parentKey === 'choices';
}

// The walk allocates nothing for parts without a number (the usual case): a copy is made only from
// the first change on. It runs over every outgoing card, so its garbage was a quarter of the bot's
// (issue #14, BENCHMARKS.md «Round trip of one chat message»).
function walk(value: unknown, child: boolean, key: string | undefined): unknown {
  if (typeof value === 'string') return child ? redactText(value) : redactNumbersOnly(value);
  if (Array.isArray(value)) return mapShared(value, (v) => walk(v, child, key));
  if (value && typeof value === 'object' && isPlain(value)) {
    const o = value as Record<string, unknown>;
    if (!child) return mapValuesShared(o, (v) => walk(v, false, undefined));
    return mapEntriesShared(o, (k, v) => walk(v, !dataKey(o, k, key), k));
  }
  return value;
}

/** mapValuesShared with the key passed along. */
function mapEntriesShared(o: Record<string, unknown>, f: (k: string, v: unknown) => unknown): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const v = o[k];
    const r = f(k, v);
    if (r !== v) (out ??= { ...o })[k] = r;
  }
  return out ?? o;
}

/** Only JSON-like objects are walked: a Date, Buffer or class instance is passed on as it is. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
