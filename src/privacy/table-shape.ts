// Rows of a budget table, a payment list or a time sheet hold a date without a year and amounts
// grouped in thousands ("| 15.01 | 12 000 | 45 000 |"): read across the cells, the day, month, the
// first digits of one amount and of the next can make eleven digits that start with a date (attack
// round 7, A7). A person writes an identity number in one piece, in its fields with one kind of
// separator, or as date and five digits with one separator between; never spread over cells with
// the digits of an amount inside it. These shapes are no number, whatever the check digits.

/** One group of digits and the separator characters before it (before the first: what joins it to the group before, if any). */
export interface Part {
  digits: string;
  sep: string;
}

/** What stands between table cells or list items: a bar, a semicolon, a comma with a space. */
const CELL = /[|;]|,\s/;

/**
 * Whether the groups that make eleven digits read as a date and amounts, not as one number:
 * - the first group is the month of a date written before it ("13.05 …" read from the 05);
 * - the last group is the front of an amount grouped in thousands ("45" of "45 000"): `next` is the
 *   group after it, one space or dot before three digits;
 * - the digits span table cells or list items (a bar, semicolon or ", " between them) with more
 *   than one kind of separator inside, unless they are a date in one piece or with one kind of
 *   separator, then the cell separator, then the five digits in one piece ("| 01.01.90 | 12345 |").
 */
export function readsAsDateAndAmounts(parts: readonly Part[], next?: Part, prev?: Part): boolean {
  const last = parts.at(-1)!;
  // Starting inside a date ("13.05 5 232 70 496" read from the 05): the day would be its month.
  if (prev && prev.digits.length <= 2 && /^[./]$/.test(parts[0]!.sep)) return true;
  if (next && last.digits.length <= 3 && /^[ .]$/.test(next.sep) && next.digits.length === 3) return true;
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

/**
 * Whether a date written in fields has its day, month and year apart with different separators
 * ("15.01 12", the day and month of a row and the front of an amount): no birth date as people
 * write one. Only ever asks for the check digits, in the reading that otherwise goes without them.
 */
export function dateFieldsMixed(parts: readonly Part[]): boolean {
  let at = 0;
  const sepAt = new Map<number, string>();
  for (const p of parts) {
    if (at > 0) sepAt.set(at, p.sep);
    at += p.digits.length;
  }
  const [two, four] = [sepAt.get(2), sepAt.get(4)];
  return two !== undefined && four !== undefined && two !== four;
}
