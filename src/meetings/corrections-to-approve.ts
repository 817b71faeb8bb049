import type { Services } from '../app/services.ts';
import { changesAfterEnd, effectiveEntries, type Entry } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { readLog } from './running-meeting.ts';

// Approved minutes corrected afterwards go up for approval again on the next meeting's item 2
// («Rettelse i referat fra …», month round 8b, N21), where «godkjent» approves the correction.

/** How many recent minutes are looked at for a correction made after their approval. */
const LOOK_BACK = 10;

/**
 * The approved minutes (newest first) with a change after their end (changesAfterEnd) made after their approval and after
 * `since` (the end of the meeting before the one they go up at). `ended` is newest first.
 */
export async function correctedSinceApproval(
  s: Pick<Services, 'store'>,
  ended: readonly MeetingRecord[],
  since: string,
): Promise<MeetingRecord[]> {
  const out: MeetingRecord[] = [];
  for (const x of ended.slice(0, LOOK_BACK).filter((x) => x.approvedAt)) {
    const log = await readLog(s, x);
    // The same changes the minutes call corrections (a waiting line saved after the end too: review 1, M3).
    if (changesAfterEnd(log).some((e) => e.at > x.approvedAt! && e.at > since)) out.push(x);
  }
  return out;
}

/**
 * The corrected minutes up at this running meeting and not approved in it yet, oldest first: corrected
 * since the meeting before it ended. `ended` is the network's ended meetings, newest first.
 */
export async function correctionsUp(
  s: Pick<Services, 'store'>,
  m: MeetingRecord,
  entries: readonly Entry[],
  ended: readonly MeetingRecord[],
): Promise<MeetingRecord[]> {
  const before = ended.filter((x) => x.id !== m.id && x.startedAt < m.startedAt);
  const done = new Set(
    effectiveEntries(entries).flatMap((e) => (e.kind === 'approval' && e.correction ? [e.meetingId] : [])),
  );
  return (await correctedSinceApproval(s, before, before[0]?.endedAt ?? '')).filter((x) => !done.has(x.id)).reverse();
}
