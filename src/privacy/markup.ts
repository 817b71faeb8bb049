// Text as a reader sees it when it is shown as HTML or Markdown: Teams renders chat text as HTML, and
// text the bot writes into a Markdown file or a page may be rendered the same way. A tag inside a
// number ("0101<b>90</b>10046") draws nothing between the digits, and an entity ("&#57;") draws a
// digit, so the guard reads such text as shown as well as it stands (attack round 5, A2).
import { decodeHTML } from 'entities';

/**
 * Decodes character references as a renderer does: every numeric one (a browser reads one without
 * its ';'), and every named one of the HTML5 table, also the legacy names a browser decodes without
 * ';' in text ("&nbsp10170", "&middot"): "150585&ZeroWidthSpace;10170" is shown as one number
 * (round 6b, A2). The names come from the `entities` package's copy of the HTML5 table, not from a
 * hand list.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec, hex) => {
    if (dec || hex) {
      const cp = dec ? Number(dec) : parseInt(hex as string, 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    // Names are case-sensitive to a browser; the reading before this one took "&NDASH;" as "&ndash;", and still does.
    const common = COMMON[whole];
    if (common !== undefined) return common;
    const named = decodeHTML(whole);
    const read = named !== whole || !whole.endsWith(';') ? named : decodeHTML(whole.toLowerCase());
    // A no-break or other space is read as a space anyway (normaliseDigits): give it as one, so the
    // reading stays on the quick path for text as it stands.
    return read.replace(/\p{Zs}/gu, ' ');
  });
}
/** The references people type most, read without the table (the same as it gives, spaces as ' '). */
const COMMON: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
/** A numeric reference, or a name (the longest in the table has 31 characters) with its ';' or without. */
const REFERENCE = /&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|[a-zA-Z][a-zA-Z0-9]{1,31};?)/g;

/** Anything a browser or Markdown renderer takes as a tag or comment (<b>, </span>, <img …>, <!-- -->). */
const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;

/** Whether text could read differently once rendered: it holds a tag or a character reference. */
export function hasMarkup(s: string): boolean {
  return (s.includes('&') && MARKUP.test(s)) || (s.includes('<') && MARKUP.test(s));
}
/** A numeric reference, a named one (with or without its ';': legacy names need none), or a tag. */
const MARKUP = /&(?:#\d|#[xX][0-9a-fA-F]|[a-zA-Z]{2})|<[/!a-zA-Z]/;

/**
 * A Markdown link ("[010190](x)12345"): shown as its text alone, so the digits around it join up
 * (attack round 6, A1). An optional title in quotes after the address; text without brackets.
 */
const LINK = /\[([^[\]\n]*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;

/**
 * The readings of text that may be rendered: tags dropped with nothing in their place, and tags as
 * spaces; entities decoded in both; Markdown links as their text. (Markdown escapes, "\-", are
 * read as what they draw by normaliseDigits, for every reading.)
 */
export function shownReadings(s: string): string[] {
  const html = hasMarkup(s);
  const md = s.includes('](');
  const ws = HIDDEN_SPACE.test(s);
  const em = EMPHASIS_BY_DIGIT.test(s);
  const pct = s.includes('%') && PERCENT.test(s);
  if (!html && !md && !ws && !em && !pct) return [];
  const variants = html ? [decodeEntities(s.replace(TAG, '')), decodeEntities(s.replace(TAG, ' '))] : [s];
  // A link or address is shown and followed decoded: «%31%35…» is the digits «15…» (session 11, P1).
  if (pct || html) for (const v of [...variants]) if (PERCENT.test(v)) variants.push(percentDecoded(v));
  const out: string[] = [];
  const add = (r: string) => {
    if (r !== s && !out.includes(r)) out.push(r);
  };
  for (const v of variants) {
    for (const r of md ? [v, v.replace(LINK, '$1')] : [v]) {
      add(r);
      add(collapseSpace(r));
      if (em) add(collapseSpace(r.replace(EMPHASIS, '')));
    }
  }
  return out;
}

/**
 * Whitespace a renderer does not show as it stands (round 6b, A8): a run of spaces, a lone CR, a
 * line or paragraph separator, a newline. Teams and HTML collapse each run to one space, and the
 * chat path reads every message so (bot/activity.ts readMessage); the guard reads every other
 * input (tab, card data, names) the same way, so no path can skip it.
 */
const HIDDEN_SPACE = /\s{2,}|[\r\n\v\f\t\u2028\u2029\u0085]/;

/**
 * Markdown emphasis next to a digit (round 6b, A1): bold, italic and strike-through marks draw
 * nothing, so "**150585**__10170__" and "*010190*12345" show as one number. Read with every run of
 * *, _ and ~ as nothing, whatever its length or mix.
 */
const EMPHASIS_BY_DIGIT = /\p{N}[*_~]|[*_~]\p{N}/u;
const EMPHASIS = /[*_~]+/g;

/** A percent-encoded byte of ASCII («%31», «%2D», «%20»): what a browser or mail client shows decoded. */
const PERCENT = /%[0-7][0-9a-fA-F]/;
const PERCENT_ALL = /%([0-7][0-9a-fA-F])/g;

/**
 * Every percent-encoded ASCII byte decoded, over and over while one is left («%2531» → «%31» → «1»),
 * a few rounds at most; bytes beyond ASCII stay as they are (they never draw a digit of 0–9).
 */
export function percentDecoded(s: string): string {
  let out = s;
  for (let round = 0; round < 3 && PERCENT.test(out); round++)
    out = out.replace(PERCENT_ALL, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** Every whitespace run as one space, as Teams and HTML show it. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}
