// Rows of a budget table, a payment list or a time sheet hold a date without a year and amounts
// grouped in thousands ("| 15.01 | 12 000 | 45 000 |"): read across the cells, the day, month, the
// first digits of one amount and of the next can make eleven digits that start with a date (attack
// round 7, A7). A person writes an identity number in one piece, in its fields with one kind of
// separator, or as date and five digits with one separator between; never spread over cells with
// the digits of an amount inside it. Eleven digits cut out of a date or an amount are no number
// whatever the check digits; spread over cells, only when the check digits fail. A date whose
// fields stand apart with mixed separators ("01.01-90 12345") is refused like any other: the
// README refuses those whatever the check digits.

/** One group of digits and the separator characters before it (before the first: what joins it to the group before, if any). */
export interface Part {
  digits: string;
  sep: string;
}

/** What stands between table cells or list items: a bar, a semicolon, a comma with a space. */
const CELL = /[|;]|,\s/;

/**
 * Whether the eleven digits are cut out of a date or an amount, so they are no number whatever
 * the check digits (the digits go on past them, so they never read as a date and five digits):
 * - the first group is the month of a date written before it ("13.05 …" read from the 05);
 * - the last group is the front of an amount grouped in thousands ("45" of "45 000"): `next` is the
 *   group after it, one space or dot before three digits.
 */
export function cutFromDateOrAmount(parts: readonly Part[], next?: Part, prev?: Part): boolean {
  const last = parts.at(-1)!;
  // Starting inside a date ("13.05 5 232 70 496" read from the 05): the day would be its month.
  if (prev && prev.digits.length <= 2 && /^[./]$/.test(parts[0]!.sep)) return true;
  return !!next && last.digits.length <= 3 && /^[ .]$/.test(next.sep) && next.digits.length === 3;
}

/**
 * Whether the groups span table cells or list items (a bar, semicolon or ", " between them) with
 * more than one kind of separator inside, unless they are a date in one piece or with one kind of
 * separator, then the cell separator, then the five digits in one piece ("| 01.01.90 | 12345 |").
 * Only ever asked for digits whose check digits fail: a valid number in cells is refused (review
 * of round 7: "| 01.01 | 9010046 |", "| 01 | 01 90 10046 |").
 */
export function spreadOverCells(parts: readonly Part[]): boolean {
  const last = parts.at(-1)!;
  const seps = parts.slice(1).map((p) => p.sep);
  if (!seps.some((s) => CELL.test(s))) return false;
  if (new Set(seps).size <= 1) return false;
  // Date, cell separator, five digits: the date's own separators alike and no cell among them.
  if (last.digits.length !== 5 || !CELL.test(last.sep)) return true;
  const date = parts.slice(0, -1);
  const dateSeps = date.slice(1).map((p) => p.sep);
  const digits = date.map((p) => p.digits).join('');
  return !(digits.length === 6 && new Set(dateSeps).size <= 1 && !dateSeps.some((s) => CELL.test(s)));
}
