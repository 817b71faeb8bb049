import type { MeetingRecord } from './repository.ts';

// Two meetings can end on one date (a second «start møte» → «Nytt møte»); a list of minutes then
// tells them apart by the time each started (round 8 N22).

/** The dates more than one of `meetings` has. */
export function sharedDates(meetings: readonly Pick<MeetingRecord, 'date'>[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of meetings) (seen.has(m.date) ? twice : seen).add(m.date);
  return twice;
}

/** «09:00»: when the meeting started, on the network's clock. */
export function startTime(m: Pick<MeetingRecord, 'startedAt'>, timeZone: string): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(m.startedAt))
    .replace('.', ':');
}
