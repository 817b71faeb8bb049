import { dateText } from './dates.ts';

export const seriesText = {
  weekdays: { MO: 'mandag', TU: 'tirsdag', WE: 'onsdag', TH: 'torsdag', FR: 'fredag', SA: 'lørdag', SU: 'søndag' },
  ordinal: (n: number) =>
    ({ 1: 'første', 2: 'andre', 3: 'tredje', 4: 'fjerde', [-1]: 'siste', [-2]: 'nest siste' })[n] ?? `${n}.`,
  monthly: (ordinal: string, day: string) => `${ordinal} ${day} i måneden`,
  weekly: (day: string) => `hver ${day}`,
  biweekly: (day: string) => `annenhver ${day}`,
  everyNthWeek: (n: number, day: string) => `hver ${n === 3 ? 'tredje' : n === 4 ? 'fjerde' : `${n}.`} ${day}`,
  time: (start: string, end: string) => `kl. ${start}–${end}`,
  months: dateText.monthNames,
  /** Months the rule leaves out («ikke i juli»), month round 14 #7. */
  notIn: (months: string[]) =>
    `, ikke i ${months.length > 1 ? `${months.slice(0, -1).join(', ')} og ${months.at(-1)}` : months[0]}`,
} as const;
