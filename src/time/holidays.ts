import { gregorianEaster } from 'date-easter';
import { addDays, atLocalTime, localDateOf, type LocalDate } from './local-date.ts';

// Norway's public holidays (helligdager, lov om helligdager og helligdagsfred): five fixed dates
// and seven that follow Easter, which a maintained library computes. A full world-holiday
// package cost the process ~36 MB of memory for these twelve days.
const FIXED: [string, string][] = [
  ['01-01', 'Første nyttårsdag'],
  ['05-01', 'Arbeidernes dag'],
  ['05-17', 'Grunnlovsdagen'],
  ['12-25', 'Første juledag'],
  ['12-26', 'Andre juledag'],
];
const FROM_EASTER: [number, string][] = [
  [-3, 'Skjærtorsdag'],
  [-2, 'Langfredag'],
  [0, 'Første påskedag'],
  [1, 'Andre påskedag'],
  [39, 'Kristi himmelfartsdag'],
  [49, 'Første pinsedag'],
  [50, 'Andre pinsedag'],
];
const byYear = new Map<number, Map<LocalDate, string>>();

function holidaysOf(year: number): Map<LocalDate, string> {
  let m = byYear.get(year);
  if (!m) {
    m = new Map();
    const add = (date: LocalDate, name: string) =>
      // 17. mai and 2. pinsedag can fall on one day; both names are worth showing.
      m!.set(date, m!.has(date) ? `${m!.get(date)} og ${name.toLowerCase()}` : name);
    for (const [md, name] of FIXED) add(`${year}-${md}`, name);
    const e = gregorianEaster(year);
    const easter = `${year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
    for (const [offset, name] of FROM_EASTER) add(addDays(easter, offset), name);
    byYear.set(year, m);
  }
  return m;
}

export function holidayName(date: LocalDate): string | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

export function isHoliday(date: LocalDate): boolean {
  return holidayName(date) !== null;
}

export function isWeekend(date: LocalDate): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  return !isWeekend(date) && !isHoliday(date);
}

/** The first day before (`step` -1) or after (1) `date` for which `ok` holds. */
export function nearestDay(date: LocalDate, step: 1 | -1, ok: (d: LocalDate) => boolean): LocalDate {
  let d = addDays(date, step);
  while (!ok(d)) d = addDays(d, step);
  return d;
}

export const previousWorkingDay = (date: LocalDate): LocalDate => nearestDay(date, -1, isWorkingDay);

export const nextWorkingDay = (date: LocalDate): LocalDate => nearestDay(date, 1, isWorkingDay);

/** Moves n working days (negative goes back), counting from the given date. */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let left = Math.abs(n); left > 0; left--) d = n > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
  return d;
}

export interface WorkingHours {
  from: string;
  to: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { from: '08:00', to: '16:00' };

export function isWithinWorkingHours(
  instant: Date,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
  timeZone = 'Europe/Oslo',
): boolean {
  const day = localDateOf(instant, timeZone);
  return (
    isWorkingDay(day) &&
    instant >= atLocalTime(day, hours.from, timeZone) &&
    instant < atLocalTime(day, hours.to, timeZone)
  );
}

/** The instant itself when it is inside working hours, else the start of the next working day's hours. */
export function nextWorkingSlot(
  instant: Date,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
  timeZone = 'Europe/Oslo',
): Date {
  if (isWithinWorkingHours(instant, hours, timeZone)) return instant;
  const day = localDateOf(instant, timeZone);
  if (isWorkingDay(day) && instant < atLocalTime(day, hours.from, timeZone))
    return atLocalTime(day, hours.from, timeZone);
  return atLocalTime(nextWorkingDay(day), hours.from, timeZone);
}
