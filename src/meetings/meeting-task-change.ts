import type { Services } from '../app/services.ts';
import type { RequestContext } from '../conversation/types.ts';
import { appendEntry, entryBase, inMeetingThread, readRunningLog, runningMeeting } from './running-meeting.ts';

// A change of a task made in the running meeting's thread, typed («T1 er ferdig») or clicked on the task's
// card there, is one of the person's lines in the meeting: its steps of the task's history go in the log,
// so «angre» takes it back before anything older (month round 9, N6; undo-task-change.ts).

/** Where each task's history stood before the change: read it before, hand it to `recordTaskChanges` after. */
export async function historyMarks(
  s: Pick<Services, 'store'>,
  n: { tenantId: string; networkId: string },
  ids: readonly string[],
): Promise<Map<string, number>> {
  const marks = new Map<string, number>();
  for (const id of ids) marks.set(id, (await s.store.tasks.history(n.tenantId, n.networkId, id)).at(-1)?.seq ?? 0);
  return marks;
}

/** Logs the steps the person wrote after `marks` as one line of the meeting, when it runs in this thread. */
export async function recordTaskChanges(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  n: { tenantId: string; networkId: string },
  marks: ReadonlyMap<string, number>,
): Promise<void> {
  if (!marks.size || !ctx.scope.network) return;
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return;
  const changes: { taskId: string; seqs: number[] }[] = [];
  for (const [taskId, before] of marks) {
    const seqs = (await s.store.tasks.history(n.tenantId, n.networkId, taskId))
      .filter((e) => e.seq > before && e.by.id === ctx.actor.id)
      .map((e) => e.seq);
    if (seqs.length) changes.push({ taskId, seqs });
  }
  if (!changes.length) return;
  const entries = await readRunningLog(s, m);
  await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'taskchange', changes });
}
