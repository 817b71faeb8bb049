import type { Services } from '../app/services.ts';
import { noticeCard } from '../../cards/notice.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { formatShort } from '../time/local-date.ts';
import { undoTargets, type Entry } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { retireTask } from './retire-task.ts';
import { appendEntry, entryBase, runningMeeting, withMeeting } from './running-meeting.ts';
import { entryLabel, listed } from './entry-label.ts';
import { undoTaskChange } from './undo-task-change.ts';

/** `angre`: takes back the person's last line (all of it, when one line made several entries). */
export async function undo(s: Services, ctx: RequestContext, typed: string): Promise<Reply[]> {
  // With no meeting anywhere, «angre» is most often a slip on some other button (month s15 #3: «Levert»
  // on a deadline): name where the undo for that lives instead of only «no meeting».
  if (!(await runningMeeting(s, ctx))) return [card(noticeCard({ ...t.undoNoMeeting, tone: 'info' }))];
  return withMeeting(s, ctx, typed, async (m, entries) => {
    const targets = undoTargets(entries, ctx.actor.id);
    if (!targets.length) return [text(t.nothingToUndo)];
    const first = targets[0];
    if (first?.kind === 'taskchange') return undoTaskChange(s, ctx, m, entries, first);
    const whats: string[] = [];
    for (const target of targets)
      if (target.kind !== 'taskchange') whats.push(await undoOne(s, ctx, m, entries, target));
    return [text(t.undone(listed(whats)))];
  });
}

/** Appends the undo entry and reverses what the entry did outside the log (a task, an approval). */
export async function undoOne(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  target: Exclude<ReturnType<typeof undoTargets>[number], { kind: 'taskchange' }>,
): Promise<string> {
  await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'undo', target: target.id });
  if (target.kind === 'approval') {
    await s.store.meetings.unapprove(m.tenantId, m.networkId, target.meetingId, m.id);
    return t.approvalUndone(formatShort(target.meetingDate));
  }
  if (target.kind === 'task' && target.taskId) await retireTask(s, ctx, target.taskId);
  return entryLabel(target);
}
