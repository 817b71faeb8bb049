import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, ACData.Template>();

/**
 * Cards already bound, as JSON, by template name and data (issue #14). Binding evaluates every
 * `${…}` through adaptive-expressions, which cost the `hjelp` card (the same every time) some
 * 0.5 MB of garbage and a share of the bot's CPU; JSON.parse of the bound card costs a small part
 * of that and still gives each caller its own copy. Only data that JSON carries exactly is cached
 * (see jsonKey); anything else is bound every time. Bounded in size, least recently used out first.
 */
const bound = new Map<string, string>();
/** At most this many characters of keys and cards (about 1 MB), and no single card above a tenth. */
const MAX_TOTAL_CHARS = 1_000_000;
let totalChars = 0;

/** Binds a template in cards/<name>.json to data. Data values are never re-evaluated as expressions. */
export function renderCard(name: string, data: object): AdaptiveCard {
  const key = jsonKey(data);
  if (key !== null) {
    const full = `${name}\n${key}`;
    const hit = bound.get(full);
    if (hit !== undefined) {
      bound.delete(full);
      bound.set(full, hit);
      return JSON.parse(hit) as AdaptiveCard;
    }
    const card = bind(name, data);
    const json = JSON.stringify(card);
    const size = json.length + full.length;
    if (size <= MAX_TOTAL_CHARS / 10) {
      bound.set(full, json);
      totalChars += size;
      while (totalChars > MAX_TOTAL_CHARS) {
        const [oldest, old] = bound.entries().next().value as [string, string];
        bound.delete(oldest);
        totalChars -= oldest.length + old.length;
      }
    }
    return card;
  }
  return bind(name, data);
}

function bind(name: string, data: object): AdaptiveCard {
  let template = cache.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(join(HERE, `${name}.json`), 'utf8')));
    cache.set(name, template);
  }
  return template.expand({ $root: data }) as AdaptiveCard;
}

/** Forgets the bound cards (for tests that compare a first binding with a cached one). */
export function forgetBoundCards(): void {
  bound.clear();
  totalChars = 0;
}

/**
 * The data as JSON when JSON gives it back exactly as the template engine reads it, else null:
 * plain objects and dense arrays of strings, finite numbers (not -0), booleans and null. An
 * undefined value (its key still shadows a same-named key in another case for the engine), a Date,
 * a Map, NaN or a function would read differently after a round trip, and "__proto__" as a key
 * would not survive one.
 */
function jsonKey(data: object): string | null {
  return jsonExact(data, 0) ? JSON.stringify(data) : null;
}

function jsonExact(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > 32) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // The engine reads Object.keys too (adaptive-expressions' accessProperty), as JSON.stringify does.
  for (const k of Object.keys(value)) {
    if (k === '__proto__' || !jsonExact((value as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/** "Eksempel: «…»" — Teams' card markdown has no inline code, so examples are quoted. */
export function exampleLine(example: string): string {
  return `${helpText.example} «${example}»`;
}
