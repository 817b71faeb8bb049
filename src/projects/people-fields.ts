// The short fields of the people in a plan (leader, steering group, project group): an e-mail, a
// phone number and bought-out time as people write them, read or refused with the reason. Pure.

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: 'email' | 'phone' | 'bought-out' };

/** Empty is allowed (the template's fields are often left open); anything else must look like an address. */
export function checkEmail(typed: string): FieldCheck<string> {
  const v = typed.trim().replace(/^mailto:/iu, '');
  if (!v) return { ok: true, value: '' };
  return /^[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[^\s@<>(),;:.]{2,}$/u.test(v)
    ? { ok: true, value: v }
    : { ok: false, error: 'email' };
}

/** «900 12 345», «+47 900 12 345», «22-33-44-55», «(+47) 90012345»: 8 to 15 digits. */
export function checkPhone(typed: string): FieldCheck<string> {
  const v = typed.trim().replace(/\s+/gu, ' ');
  if (!v) return { ok: true, value: '' };
  const digits = v.replace(/\D/gu, '').length;
  return /^[+\d\s\-().]+$/u.test(v) && digits >= 8 && digits <= 15
    ? { ok: true, value: v }
    : { ok: false, error: 'phone' };
}

/**
 * Bought-out time: «50», «50%», «50 prosent», «50 % frikjøpt» become «50 % frikjøpt»; words
 * («2 dager i uka») are kept, as «frikjøpt 2 dager i uka»; a share over 100 % is refused; empty or 0 is none.
 */
export function checkBoughtOut(typed: string): FieldCheck<string | null> {
  const v = typed.trim().replace(/\s+/gu, ' ');
  if (!v) return { ok: true, value: null };
  const bare = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|prosent)?\s*(?:frikjøpt|frikjøp)?\.?$/iu.exec(v);
  const share = (text: string) => Number(text.replace(',', '.'));
  for (const m of v.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:%|prosent)/giu))
    if (share(m[1]!) > 100) return { ok: false, error: 'bought-out' };
  if (bare) {
    const n = share(bare[1]!);
    if (n === 0) return { ok: true, value: null };
    if (n > 100) return { ok: false, error: 'bought-out' };
    return { ok: true, value: `${bare[1]} % frikjøpt` };
  }
  // The template names it under the role; «frikjøpt» says what the words are about there.
  return { ok: true, value: /frikjøp/iu.test(v) ? v : `frikjøpt ${v}` };
}

/** Success criteria written one a line, with or without bullets or numbers. */
export function criteriaOf(typed: string): string[] {
  return typed
    .split(/\r?\n/u)
    .map((l) => l.replace(/^\s*(?:[-–•*·]|\d{1,2}[.)])\s*/u, '').trim())
    .filter(Boolean);
}
