/**
 * The numbers two to ten as words, one table for every reader of Norwegian text (dates, hours,
 * «om tre uker»); each reader adds the words for one and above ten that make sense in its place.
 */
export const TWO_TO_TEN: Readonly<Record<string, number>> = {
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
};
