import { toBokmal } from './question.ts';

/**
 * What an either-or question weighs the two alternatives about: the words of the asking sentence before the first
 * alternative ("er egenandelen lik for hver kommune eller bare for vertskommunen" → "er egenandelen lik
 * for"). A text that names both alternatives but not this subject (a list of the participating municipalities)
 * does not decide it. Empty when the first alternative is not found in the sentence.
 */
export function eitherOrSubject(text: string, first: string): string {
  const sentences = toBokmal(text)
    .toLowerCase()
    .split(/(?<=[!?])\s+|(?<!\d)\.\s+|\n+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const sentence = sentences.filter((x) => x.includes('?')).at(-1) ?? sentences.at(-1) ?? '';
  const at = sentence.indexOf(first);
  return at > 0 ? sentence.slice(0, at).trim() : '';
}
