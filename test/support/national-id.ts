/** A synthetic fødselsnummer with correct mod-11 check digits (never a real person's). */
export function validNationalId(date6: string, individual3: string): string {
  const d = [...date6, ...individual3].map(Number);
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...d, c1][i]!, 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  if (c1 === 10 || c2 === 10) return validNationalId(date6, String(Number(individual3) + 1).padStart(3, '0'));
  return `${date6}${individual3}${c1}${c2}`;
}

/** Whether both mod-11 check digits of eleven ASCII digits add up. */
export function checkDigitsValid(eleven: string): boolean {
  const d = [...eleven].map(Number);
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11);
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11);
  return (k1 === 11 ? 0 : k1) === d[9] && (k2 === 11 ? 0 : k2) === d[10];
}

/**
 * The same number with a wrong check digit: the last digit moved on by `by` (1–9) until the check
 * fails, as a slip of the finger would. The date part stays, so it still points at a birth date.
 */
export function mistypedNationalId(valid: string, by = 1): string {
  for (let step = by; step < by + 10; step++) {
    const wrong = valid.slice(0, 10) + String((Number(valid[10]) + step) % 10);
    if (!checkDigitsValid(wrong)) return wrong;
  }
  throw new Error('no wrong check digit found');
}

/** A date DDMMÅÅ as a D-nummer (first digit of the day + 4) or H-nummer (first digit of the month + 4). */
export function dNumberDate(date6: string): string {
  return String(Number(date6.slice(0, 2)) + 40).padStart(2, '0') + date6.slice(2);
}
export function hNumberDate(date6: string): string {
  return date6.slice(0, 2) + String(Number(date6.slice(2, 4)) + 40).padStart(2, '0') + date6.slice(4);
}
