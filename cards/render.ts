import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, ACData.Template>();

/** Binds a template in cards/<name>.json to data. Data values are never re-evaluated as expressions. */
export function renderCard(name: string, data: object): AdaptiveCard {
  let template = cache.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(join(HERE, `${name}.json`), 'utf8')));
    cache.set(name, template);
  }
  return template.expand({ $root: data }) as AdaptiveCard;
}

/** "Eksempel: «…»" — Teams' card markdown has no inline code, so examples are quoted. */
export function exampleLine(example: string): string {
  return `${helpText.example} «${example}»`;
}
