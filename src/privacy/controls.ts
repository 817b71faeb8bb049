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
