/**
 * Teams renders a card's TextBlock and FactSet text as Markdown, so "[klikk her](https://…)" typed by
 * a member would show as a live link with any text, inside a card the bot vouches for. The bot's own
 * cards carry links only as actions (Action.OpenUrl), never in their text, so every "](" in card text
 * is broken with a zero-width space: the words stay, the link does not. Text messages are left alone
 * (the bot writes its own links there), so what a person typed is quoted in one through `disarmLinks`.
 */
import { randomBytes } from 'node:crypto';
import { mapShared, mapValuesShared } from '../privacy/copy-on-write.ts';

const LINK = /\]\s*\(/g;
const BREAK = ']\u200b(';

/** Typed text quoted in a text message the bot writes: Teams renders Markdown there too. */
export const disarmLinks = (text: string) => text.replace(LINK, BREAK);

// Attack round 11 A1: a text message renders Markdown links and images and a subset of HTML (<a href>,
// <img src>, <at>), and every text message quotes typed words somewhere (a deadline's title, an agenda
// item, a meeting line, a name). Teams hands typed «<a href=…>» to the bot as «&lt;a …», which the
// reading decodes, so one deadline titled «søknad <a href="https://…">skjema</a>» made the bot post a
// live link under its own name, and «<img src=…>» an image fetched from anyone's server by every reader.
// Quoting sites each calling disarmLinks missed most of them, so the whole text is disarmed where a
// text message is made (bot/outgoing.ts). The bot's own links are written with ownLink: their mark is a
// random word of this process that typed text cannot know, so only they survive.
const OWN = `~${randomBytes(12).toString('hex')}~`;
/** Another process's mark (a late reply kept in the store across a restart): its link is shown as text. */
const STALE = /\]~[0-9a-f]{24}~\(/g;
/** Something that starts an HTML tag, a comment or an autolink («<a», «</a», «<!--», «<https:»). */
const TAG = /<(?=[\p{L}/!?])/gu;

/** A link the bot itself puts in a text message (a signed download or calendar address). */
export const ownLink = (label: string, url: string) => `[${label}]${OWN}(${url})`;

/** A text message's text: no link, image or tag but the bot's own (ownLink) is rendered. */
export const disarmText = (text: string) =>
  text.replace(LINK, BREAK).replace(TAG, '<\u200b').split(`]${OWN}(`).join('](').replace(STALE, BREAK);

export function disarmCardLinks<T>(value: T): T {
  return walk(value) as T;
}

// Copy on write (issue #14): the walk runs over every outgoing card twice, and copying every object
// of every card was a tenth of the bot's garbage in roundtrip. Parts without a link are shared.
function walk(value: unknown): unknown {
  if (Array.isArray(value)) return mapShared(value, walk);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const proto = Object.getPrototypeOf(o);
  let out: Record<string, unknown> | null = null;
  if (proto !== Object.prototype && proto !== null) {
    // Not a JSON-like object (none is expected in a card): copied field by field, as before.
    out = {};
    for (const [k, v] of Object.entries(o)) out[k] = walk(v);
  } else {
    const mapped = mapValuesShared(o, walk);
    if (mapped !== o) out = mapped;
  }
  if (o.type === 'TextBlock' && typeof o.text === 'string') {
    const text = o.text.replace(LINK, BREAK);
    if (text !== o.text) (out ??= { ...o }).text = text;
  }
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    const facts = (out ?? o).facts as Record<string, unknown>[];
    let changed: Record<string, unknown>[] | null = null;
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!;
      const title = typeof f.title === 'string' ? f.title.replace(LINK, BREAK) : f.title;
      const shown = typeof f.value === 'string' ? f.value.replace(LINK, BREAK) : f.value;
      if (title !== f.title || shown !== f.value)
        (changed ??= facts.slice())[i] = {
          ...f,
          ...(typeof f.title === 'string' ? { title } : {}),
          ...(typeof f.value === 'string' ? { value: shown } : {}),
        };
    }
    if (changed) (out ??= { ...o }).facts = changed;
  }
  return out ?? value;
}
