import { dueTooFar } from './due-limit.ts';
import { ownerName } from '../../cards/task.ts';
import { z } from 'zod';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { wrongNetworkCard } from '../conversation/guards.ts';
import type { RequestContext } from '../conversation/types.ts';
import { taskText as t } from '../i18n/index.ts';
import { formatShort, isLocalDate, localDateOf } from '../time/local-date.ts';
import {
  applyTaskChange,
  dueChange,
  earlierRefusal,
  outdatedNotice,
  redrawOutdated,
  statusChange,
  taskCardFor,
} from './apply-change.ts';
import { historyMarks, recordTaskChanges } from '../meetings/meeting-task-change.ts';
import { changeRefusal, isOwner } from './permissions.ts';
import { StaleTaskChange, type Task, type TaskChange } from './task.ts';

// The task card's buttons: «Ferdig», «Pågår», «Trenger hjelp», «Utsett», «Åpne igjen» and «Vis».

export const listKind = z.enum(['mine', 'network']);
// `back`: the list the card was opened from, so the task card can lead back to it ('' for none).
// `shown`: the status the card showed when it was sent, so a click on an outdated card is caught;
// cards posted before cards carried it, and the tab's own buttons, send none.
export const taskRef = z.object({
  taskId: z.string().min(1).max(20),
  networkId: z.string().min(1).max(300),
  back: z.union([listKind, z.literal('')]).optional(),
  shown: z.enum(['open', 'in_progress', 'done', 'postponed', 'deleted', 'cancelled']).optional(),
});
export const postponeData = taskRef.extend({ newDue: z.string().optional() });
export type TaskClick = z.infer<typeof postponeData>;

export type Verb = 'done' | 'progress' | 'help' | 'postpone' | 'reopen' | 'show';

/** Resolves the task a click is about, refusing cards from another network or tenant. */
export async function taskForClick(
  s: Services,
  ctx: RequestContext,
  networkId: string,
  taskId: string,
): Promise<Task | ActionResult> {
  const network = ctx.scope.network;
  if (network && network.networkId !== networkId) return wrongNetworkCard;
  // In a personal chat the card names its network; it must be one of the clicker's in this tenant.
  const task = await s.store.tasks.get(ctx.scope.tenantId, networkId, taskId);
  if (!task) return { kind: 'message', text: t.notFound(taskId) };
  if (!network && !isOwner(task, ctx.actor)) {
    const role = await s.store.people.roleOf(task.tenantId, task.networkId, ctx.actor);
    if (role !== 'leader') {
      // Month s16 #4: an older card of a task given to someone else since was said to belong to another
      // network. One who owned the task once is told the truth and who has it now; anyone else hears nothing.
      if (await ownedOnce(s, task, ctx.actor))
        return { kind: 'message', text: t.notYoursNow(task.id, task.owners.map(ownerName).join(', ')) };
      return wrongNetworkCard;
    }
  }
  return task;
}

/** Whether `who` was among the task's owners before a change of owners. */
async function ownedOnce(s: Services, task: Task, who: RequestContext['actor']): Promise<boolean> {
  const history = await s.store.tasks.history(task.tenantId, task.networkId, task.id);
  return history.some((e) => e.change.type === 'owners' && isOwner({ ...task, owners: e.change.from }, who));
}

/** One button on a task card: the change it asks for, within the same rules as the `oppgave T3 …` command. */
export async function actOnTask(s: Services, ctx: RequestContext, verb: Verb, data: TaskClick): Promise<ActionResult> {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const back = data.back || undefined;
  const found = await taskForClick(s, ctx, data.networkId, data.taskId);
  if ('kind' in found) return found;
  let task = found;
  if (verb === 'show') return { kind: 'card', card: await taskCardFor(s, task, back) };
  const refused = await changeRefusal(s.store, task, ctx.actor, verb);
  // A click on an old copy of a cancelled task's card is answered as an outdated card (redrawn, saying
  // who cancelled it), not with a bare refusal that leaves the stale buttons there.
  if (refused && task.status !== 'cancelled') return { kind: 'message', text: refused };
  // A card that showed another status than the task has now is never acted on: the click would
  // quietly undo what someone did elsewhere (N3: «Pågår» on an old reminder reopened a finished task).
  // The answer is the card as it is now, saying what happened, with its own buttons to act on purpose.
  const outdated = await outdatedNotice(s, task, data.shown);
  if (outdated) {
    await redrawOutdated(s, ctx, task);
    return { kind: 'card', card: await taskCardFor(s, task, back, outdated) };
  }
  if (refused) return { kind: 'message', text: refused };
  let change: TaskChange | null = null;
  switch (verb) {
    case 'done':
    case 'progress':
    case 'reopen':
      change = statusChange(task, verb);
      break;
    case 'help':
      if (!task.needsHelp) change = { type: 'needs-help', value: true };
      break;
    case 'postpone': {
      const d = data.newDue?.trim() ?? '';
      if (!isLocalDate(d)) return { kind: 'message', text: t.badDate };
      if (d < today) return { kind: 'message', text: t.pastDate(formatShort(d), formatShort(today)) };
      const tooFar = dueTooFar(d, today);
      if (tooFar) return { kind: 'message', text: tooFar };
      // «Utsett» to an earlier date is no postponement (a stranger's month found one called «Utsatt»).
      const earlier = earlierRefusal(task, d, ctx.scope.conversationType);
      if (earlier) return { kind: 'message', text: earlier };
      change = dueChange(task, d);
      break;
    }
  }
  // A double click or a replayed invoke finds nothing left to change and changes nothing.
  if (change) {
    try {
      // A click in the running meeting's thread is a line of the meeting that «angre» can take back (N6).
      const marks = ctx.scope.network ? await historyMarks(s, task, [task.id]) : null;
      task = await applyTaskChange(s, ctx, task, change, verb);
      if (marks) await recordTaskChanges(s, ctx, task, marks);
    } catch (err) {
      // Two «Ferdig» at once (a double click, two instances): the other one closed it first. This
      // click posts nothing and is told who did, on the card as it is now.
      if (!(err instanceof StaleTaskChange)) throw err;
      const current = await s.store.tasks.get(task.tenantId, task.networkId, task.id);
      if (!current) throw err;
      const said = await outdatedNotice(s, current, task.status);
      return { kind: 'card', card: await taskCardFor(s, current, back, said ?? undefined) };
    }
  }
  return { kind: 'card', card: await taskCardFor(s, task, back) };
}
