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
