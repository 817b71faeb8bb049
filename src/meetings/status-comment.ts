import type { Services } from '../app/services.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingLineText as t } from '../i18n/index.ts';
import { checkEntryText } from './entry-check.ts';
import { currentItem } from './log.ts';
import { appendEntry, entryBase, inMeetingThread, readLog, runningMeeting } from './running-meeting.ts';
import { changeLine, followUpCommentTarget, followUpLineId, withComment } from './task-follow-up.ts';

// «T2 pågår, Nes har sendt tall, venter på Eidsvoll»: the status goes to the task, and what is said
// about it goes with its follow-up line in the minutes. It is kept in the meeting log as a comment
// aimed at that line, so «rett referat» can correct it and the downloads show it.

/**
 * After the status change of each task named: the rest of the line kept with the follow-up line the
 * change made in the running meeting, and said so; outside a meeting, said plainly that it was not kept.
 */
export async function keepStatusComment(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  taskIds: readonly string[],
  comment: string,
): Promise<Reply[]> {
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return [text(t.commentNotKept(comment))];
  const checked = checkEntryText(comment);
  if (!checked.ok) return checked.reply;
  const log = await readLog(s, m);
  const start = log.find((e) => e.kind === 'start')?.at ?? m.startedAt;
  const replies: Reply[] = [];
  for (const id of taskIds) {
    const task = await s.store.tasks.get(m.tenantId, m.networkId, id);
    const history = task ? await s.store.tasks.history(m.tenantId, m.networkId, task.id) : [];
    // The line this person's change made in this meeting; a refused or unchanged status made none of its own,
    // and then the newest line they made for the task in this meeting.
    const step = history.filter((e) => e.at >= start && e.by.id === ctx.actor.id && changeLine(task!, e)).at(-1);
    if (!task || !step) {
      replies.push(text(t.commentNoLine(id, checked.text)));
      continue;
    }
    const lineId = followUpLineId(task.id, step.seq);
    const entries = await readLog(s, m);
    await appendEntry(s, m, {
      ...(await entryBase(s, ctx, entries, m)),
      kind: 'correction',
      target: followUpCommentTarget(lineId),
      text: checked.text,
    });
    replies.push(text(t.commentKept(currentItem(log), withComment(changeLine(task, step)!, checked.text))));
  }
  return replies;
}
