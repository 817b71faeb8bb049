// Control characters (attack round 8, A6): NUL, BEL, ESC and the ANSI sequences it starts, and the
// C1 controls draw nothing and mean nothing in a card, a chat message or a calendar; RFC 5545 TEXT
// forbids them except the tab, and a terminal reading a log or an .ics would act on them. Nothing the
// bot sends carries one: tab and line breaks stay where the text has them.

/**
 * C0 controls but tab, line feed and carriage return; DEL; the C1 controls (\p{Cc} is exactly these).
 * Also noncharacters (U+FFFE, U+FFFF, U+FDD0 …) and lone surrogates (attack round 12 A2): they draw
 * nothing either, and XML 1.0 forbids U+FFFE/U+FFFF, so one typed in a decision made the meeting's
 * .docx a file Word will not open.
 */
const CONTROLS = /[[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]--[\t\n\r]]/gv;
const ANY = /[[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]--[\t\n\r]]/v;

/** The text without control characters (tab and line breaks kept); the same string when it has none. */
export function withoutControls(text: string): string {
  return ANY.test(text) ? text.replace(ANSI, '').replace(CONTROLS, '') : text;
}
/** An ANSI escape sequence (ESC [ parameters final), which a terminal draws as colour or motion: gone whole. */
const ANSI = new RegExp(`(?:${String.fromCharCode(0x1b)}\\[|${String.fromCharCode(0x9b)})[0-?]*[ -/]*[@-~]`, 'gu');

/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) run to the end of their line unless
 * closed, so one left open in a typed title («‮evil») turned the rest of the bot's own sentence around
 * it backwards in the reply (attack round 12 L1, round 13 A1). They are kept on the way in (the number
 * reader reads a reversed identity number by them); on the way out an opener without its closer on the
 * same line, and a closer without its opener, are dropped. A closed pair only turns what it encloses.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const LINE_END = /[\n\r\u2029\u0085]/u;

export function withBalancedBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  const dropped = new Set<number>();
  let open: { at: number; isolate: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (LINE_END.test(text[i]!)) {
      for (const o of open) dropped.add(o.at);
      open = [];
    } else if (c === 0x202c) {
      // PDF closes the last embedding or override, never across an isolate still open.
      if (open.at(-1)?.isolate === false) open.pop();
      else dropped.add(i);
    } else if (c === 0x2069) {
      // PDI closes the last isolate and with it every embedding opened inside it.
      const k = open.findLastIndex((o) => o.isolate);
      if (k < 0) dropped.add(i);
      else open.length = k;
    } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2068)) {
      open.push({ at: i, isolate: c >= 0x2066 });
    }
  }
  for (const o of open) dropped.add(o.at);
  if (!dropped.size) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!dropped.has(i)) out += text[i];
  return out;
}
