/**
 * "14:30": the time of day of an instant in a zone, 24-hour, with a colon. One formatter per zone:
 * building an Intl.DateTimeFormat costs about 0.8 ms of CPU (ICU loads the zone and the locale's
 * patterns), formatting with one a few µs (issue #14, BENCHMARKS.md «Round trip of one chat message»).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function clockTimeOf(instant: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  return format.format(instant).replace('.', ':');
}
