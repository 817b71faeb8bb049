// Norwegian national identity numbers: fødselsnummer, D-nummer (first digit + 4) and
// H-nummer (third digit + 4). Eleven digits, a date, an individual number and two mod-11 check digits.

export type NationalIdKind = 'fnr' | 'd-nummer' | 'h-nummer';

export interface NationalIdHit {
  kind: NationalIdKind;
  start: number;
  end: number;
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const r = 11 - (sum % 11);
  if (r === 11) return 0;
  return r === 10 ? null : r;
}

function validDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown from the number alone; 29 February must exist in some century for yy.
  const leap = yy % 4 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** The kind of number, or null when the eleven digits are not a valid identity number. */
export function classifyNationalId(eleven: string): NationalIdKind | null {
  if (!/^\d{11}$/.test(eleven)) return null;
  const d = [...eleven].map(Number);
  const c1 = checkDigit(d, W1);
  if (c1 === null || c1 !== d[9]) return null;
  const c2 = checkDigit(d, W2);
  if (c2 === null || c2 !== d[10]) return null;
  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    day -= 40;
    kind = 'd-nummer';
  } else if (month > 40) {
    month -= 40;
    kind = 'h-nummer';
  }
  return validDate(day, month, yy) ? kind : null;
}

/**
 * Finds identity numbers in free text: eleven digits, or six and five with one space, dot or dash
 * between, not part of a longer run of digits.
 */
export function findNationalIds(text: string): NationalIdHit[] {
  const hits: NationalIdHit[] = [];
  const re = /(?<![\d])(\d{6})[ .\u00a0-]?(\d{5})(?![\d])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = classifyNationalId(m[1]! + m[2]!);
    if (kind) hits.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

export function containsNationalId(text: string): boolean {
  return findNationalIds(text).length > 0;
}
