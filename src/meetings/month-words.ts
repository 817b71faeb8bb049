import { dateText } from '../i18n/index.ts';

// The short forms people type for a month. «jul», «jula» and «julen» are Christmas in Norwegian speech,
// never July («ikke i jul», «hopp over møtet i jul»), so they are December; «juli» is July (review s14
// #7). A fixed list, not a prefix rule: «ma» or «jul» must not reach a month by accident.
const SHORT: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  des: 12,
  jul: 12,
  jula: 12,
  julen: 12,
};

/** The month (1–12) a word names, «mars», «sept.» or «jul» (= desember); null when it names none. */
export function readMonth(word: string): number | null {
  const w = word.normalize('NFC').toLowerCase().replace(/\.$/, '');
  const full = (dateText.monthNames as readonly string[]).indexOf(w);
  if (full >= 0) return full + 1;
  return SHORT[w] ?? null;
}
