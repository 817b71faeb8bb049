/**
 * Teams renders a card's TextBlock and FactSet text as Markdown, so "[klikk her](https://…)" typed by
 * a member would show as a live link with any text, inside a card the bot vouches for. The bot's own
 * cards carry links only as actions (Action.OpenUrl), never in their text, so every "](" in card text
 * is broken with a zero-width space: the words stay, the link does not. Text messages are left alone
 * (the bot writes its own links there).
 */
const LINK = /\]\s*\(/g;
const BREAK = ']\u200b(';

export function disarmCardLinks<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = walk(v);
  if (o.type === 'TextBlock' && typeof o.text === 'string') out.text = o.text.replace(LINK, BREAK);
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    out.facts = (out.facts as Record<string, unknown>[]).map((f) => ({
      ...f,
      ...(typeof f.title === 'string' ? { title: f.title.replace(LINK, BREAK) } : {}),
      ...(typeof f.value === 'string' ? { value: f.value.replace(LINK, BREAK) } : {}),
    }));
  }
  return out;
}
