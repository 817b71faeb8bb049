import { taskCard } from '../../cards/task.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import type { RequestContext } from '../conversation/types.ts';
import { cancelTaskNudges } from '../tasks/nudges.ts';
import { localDateOf } from '../time/local-date.ts';

/**
 * A task whose entry was undone or removed from the minutes is gone: no nudges, its card says so.
 * Returns «T3 tekst» for the reply, or null when there was no such task left to retire.
 */
export async function retireTask(s: Services, ctx: RequestContext, taskId: string): Promise<string | null> {
  const network = networkHere(ctx);
  const task = await s.store.tasks.get(network.tenantId, network.networkId, taskId);
  if (!task || task.status === 'deleted') return null;
  const gone = await s.store.tasks.update(
    task.tenantId,
    task.networkId,
    task.id,
    { type: 'status', from: task.status, to: 'deleted' },
    ctx.actor,
    s.clock.now(),
  );
  await cancelTaskNudges(s, gone);
  if (gone.cardRef) {
    await s.messenger
      .update({ ...network.conversation, conversationId: gone.cardRef.conversationId }, gone.cardRef.activityId, {
        card: taskCard(gone, { today: localDateOf(s.clock.now(), s.config.timezone) }),
      })
      .catch((err: unknown) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update a posted card'),
      );
  }
  return `${task.id} ${task.text}`;
}
