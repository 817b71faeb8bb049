import { createRequire } from 'node:module';

// The package's lib/ entry is ESM without file extensions, which Node cannot load; dist/ is UMD.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

/** Teams renders schema 1.5 at most; message-extension results must stay under 28 KB. */
export const MAX_VERSION = 1.5;
export const MAX_CARD_BYTES = 28 * 1024;

export interface CardCheck {
  errors: string[];
  version: string;
  bytes: number;
}

/** Parses a card with the Adaptive Cards SDK and reports every problem it raises. */
export function checkCard(card: unknown): CardCheck {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) errors.push(String(context.getEventAt(i).message));
  const version = String((card as { version?: string }).version ?? '');
  if (!(Number(version) > 0) || Number(version) > MAX_VERSION)
    errors.push(`version ${version} is not 1.0–${MAX_VERSION}`);
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes >= MAX_CARD_BYTES) errors.push(`card is ${bytes} bytes, limit ${MAX_CARD_BYTES}`);
  const text = JSON.stringify(card);
  // An unbound ${…} left in the output means the data builder and the template disagree.
  if (/\$\{[^}]*\}/.test(text)) errors.push('unbound template expression left in card');
  return { errors, version, bytes };
}
