import { dateText } from '../i18n/index.ts';
import { isLocalDate, type LocalDate } from '../time/local-date.ts';

/** A «Når?» example near `today`: the 15th two months on, and that month («15.03.2027 eller mars 2027»). */
export function whenExample(today: LocalDate): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = ((m - 1 + 2) % 12) + 1;
  const year = m + 2 > 12 ? y + 1 : y;
  return `15.${String(month).padStart(2, '0')}.${year} eller ${dateText.monthNames[month - 1]} ${year}`;
}

/**
 * The deadline a plan's «Når?» cell gives: the last date in it, since the template asks for the
 * period and the date it is due ("Periode og dato for frist for gjennomføring", seed 002). Reads
 * 15.03.2025, 15.3.25, 2025-03-15, 15. mars 2025, mars 2025 and jan–mars 2025 (a month alone is its
 * last day). A plan runs over years, so a date without a year is not guessed: null.
 */
export function dueDateOf(when: string): LocalDate | null {
  // A «Når?» cell is a date or a period; the first 500 characters hold it.
  const text = when
    .slice(0, 500)
    .toLocaleLowerCase('nb')
    .replace(/[\u00a0\u2009\u202f]/gu, ' ');
  const found: { at: number; date: LocalDate }[] = [];
  const push = (at: number, y: number, m: number, d: number) => {
    const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isLocalDate(s)) found.push({ at, date: s });
  };
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu))
    push(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d])/gu))
    push(m.index, year(m[3]!), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(
    /(?<![\p{L}\d])(?:(\d{1,2})\.?\s+)?(jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\p{L}*\.?\s+(\d{4})(?!\d)/gu,
  )) {
    const month = MONTHS.indexOf(m[2]!) + 1;
    const y = Number(m[3]);
    push(m.index, y, month, m[1] ? Number(m[1]) : lastDay(y, month));
  }
  if (!found.length) return null;
  return found.sort((a, b) => a.at - b.at || a.date.localeCompare(b.date)).at(-1)!.date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
