/**
 * The check digits of identity numbers issued today (mod 11, weights from Skatteetaten). Never used to
 * let a number through (./national-id.ts counts any eleven digits that start with a birth date): only
 * to read a spelling that is otherwise ordinary (a date and then an amount, two groups split oddly) as
 * the number it is.
 */
export function checkDigitsHold(d: string): boolean {
  const digit = (w: number[]) => {
    const r = 11 - (w.reduce((a, x, i) => a + x * Number(d[i]), 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = digit([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = digit([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 < 10 && k2 < 10 && k1 === Number(d[9]) && k2 === Number(d[10]);
}
