import type { Services } from '../app/services.ts';
import type { CardRef, Task } from './task.ts';

/**
 * Remembers a card the bot sent for a task, so a later change redraws it. A send whose id Teams
 * did not return cannot be updated and is not kept.
 */
export async function rememberCard(
  s: Pick<Services, 'store'>,
  task: Pick<Task, 'tenantId' | 'networkId' | 'id'>,
  ref: CardRef | null | undefined,
): Promise<void> {
  if (!ref?.conversationId || !ref.activityId) return;
  await s.store.tasks.addCard(task.tenantId, task.networkId, task.id, ref);
}
