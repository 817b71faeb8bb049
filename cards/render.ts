import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';
import { compileTemplate } from './compile.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Every template compiled once, when this module loads, into a plain function data → card (issue #14:
 * binding through adaptivecards-templating and adaptive-expressions cost the 60-command `hjelp` card
 * some 0.5 MB of garbage and 0.8–1 ms of CPU; compiled, 60 KB and about 0.1 ms). The compiler takes
 * only the subset the templates use and refuses the rest, so a template outside it stops the start; the library stays
 * the test oracle (test/cards/compile-equivalence.test.ts). A binding builds a new card each time,
 * so every caller gets its own copy; the cache of bound cards that used to sit here cost more than
 * the compiled binding it would save (bench/cards-micro.ts) and is gone.
 */
const compiled = new Map<string, (data: unknown) => unknown>(
  readdirSync(HERE)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), compileTemplate(JSON.parse(readFileSync(join(HERE, f), 'utf8')), `cards/${f}`)]),
);

/** Binds a template in cards/<name>.json to data. Data values are never re-evaluated as expressions. */
export function renderCard(name: string, data: object): AdaptiveCard {
  const bind = compiled.get(name);
  if (!bind) throw new Error(`no card template cards/${name}.json`);
  return bind(data) as AdaptiveCard;
}

/** "Eksempel: «…»" — Teams' card markdown has no inline code, so examples are quoted. */
export function exampleLine(example: string): string {
  return `${helpText.example} «${example}»`;
}
