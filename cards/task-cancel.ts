import type { AdaptiveCard } from '../src/conversation/types.ts';
import { taskText as t } from '../src/i18n/index.ts';
import type { Task } from '../src/tasks/task.ts';
import { formatShort } from '../src/time/local-date.ts';
import { ownerName } from './task.ts';
import { confirmOnceFields, type ConfirmOnceCardData, type ConfirmOnceEnd } from './confirm-once.ts';
import { renderCard } from './render.ts';

export interface TaskCancelCardData extends ConfirmOnceCardData {
  taskId: string;
  task: string;
  keep: string;
  /** In the buttons too: the answered card names the asker, not whoever answered. */
  askedBy: string;
}

export type TaskCancelState =
  { kind: 'asked' } | { kind: 'cancelled'; by: string } | { kind: 'kept'; by: string } | ConfirmOnceEnd;

/**
 * The "are you sure" card for `avlys oppgave T3`, and what it turns into once answered. Its buttons
 * carry a single-use nonce (src/conversation/confirmations.ts); answered cards carry none.
 */
export function taskCancelCard(input: {
  task: Pick<Task, 'id' | 'networkId' | 'text' | 'owners' | 'due' | 'status'>;
  expires: string;
  nonce?: string;
  askedBy: string;
  state: TaskCancelState;
}): AdaptiveCard {
  const { task } = input;
  const owners = task.owners.map(ownerName).join(', ');
  const data: TaskCancelCardData = {
    ...confirmOnceFields(
      { ...input, networkId: task.networkId },
      {
        cancelled: (s) => t.cancel.done(task.id, s.by),
        kept: (s) => t.cancel.kept(task.id, s.by),
        expired: () => t.cancel.expired(task.id),
        used: () => t.cancel.used(task.id, t.status[task.status]),
      },
      { kind: 'cancelled', color: 'Attention' },
      t.cancel.confirm,
    ),
    taskId: task.id,
    askedBy: input.askedBy,
    title: t.cancel.title(task.id),
    task: `«${task.text}» · ${t.owners}: ${owners || '–'} · ${t.due}: ${task.due ? formatShort(task.due) : t.noDue}`,
    body: t.cancel.body,
    meta: t.cancel.asked(input.askedBy),
    keep: t.cancel.keep,
  };
  return renderCard('task-cancel', data);
}
