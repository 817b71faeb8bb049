// The months as a birth date may name them, Norwegian and English, whole or abbreviated: one list, so
// every reading of a date with the month in words knows the same names.

/** Plain class, no Unicode flag: the readers match it against text whose digits are already ASCII. */
export const LETTER = '[a-zæøåäöüéA-ZÆØÅÄÖÜÉ]';

const NAMES = [
  'jan(?:uar|uary)?',
  'feb(?:ruar|ruary)?',
  'mar(?:s|ch)?',
  'apr(?:il)?',
  'ma[iy]',
  'jun[ie]?',
  'jul[iy]?',
  'aug(?:ust)?',
  'sep(?:t|tember)?',
  'o[kc]t(?:ober)?',
  'nov(?:ember)?',
  'de[sc](?:ember)?',
];

/** A month's name as a pattern (no group of its own), not the front of a longer word. */
export const MONTH = `(?:${NAMES.join('|')})(?!${LETTER})`;

const MONTH_NAME = new RegExp(`^(?:${NAMES.map((m) => `(${m})`).join('|')})$`, 'i');

/** 1–12 for a month's name or abbreviation (any case, the dot left off), else 0. */
export function monthNumber(name: string): number {
  const m = MONTH_NAME.exec(name);
  return m ? m.slice(1).findIndex((g) => g !== undefined) + 1 : 0;
}
