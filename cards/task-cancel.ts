import type { AdaptiveCard } from '../src/conversation/types.ts';
import { taskText as t } from '../src/i18n/index.ts';
import type { Task } from '../src/tasks/task.ts';
import { formatShort } from '../src/time/local-date.ts';
import { ownerName } from './task.ts';
import type { ConfirmOnceCardData, ConfirmOnceEnd } from './confirm-once.ts';
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
  const { state, task } = input;
  const owners = task.owners.map(ownerName).join(', ');
  const data: TaskCancelCardData = {
    taskId: task.id,
    networkId: task.networkId,
    expires: input.expires,
    nonce: input.nonce ?? '',
    askedBy: input.askedBy,
    title: t.cancel.title(task.id),
    task: `«${task.text}» · ${t.owners}: ${owners || '–'} · ${t.due}: ${task.due ? formatShort(task.due) : t.noDue}`,
    body: t.cancel.body,
    meta: t.cancel.asked(input.askedBy),
    open: state.kind === 'asked',
    outcome:
      state.kind === 'cancelled'
        ? t.cancel.done(task.id, state.by)
        : state.kind === 'kept'
          ? t.cancel.kept(task.id, state.by)
          : state.kind === 'expired'
            ? t.cancel.expired(task.id)
            : state.kind === 'used'
              ? t.cancel.used(task.id, t.status[task.status])
              : '',
    outcomeColor: state.kind === 'cancelled' ? 'Attention' : 'Default',
    confirm: t.cancel.confirm,
    keep: t.cancel.keep,
  };
  return renderCard('task-cancel', data);
}
