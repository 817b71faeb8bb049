import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import type { RequestContext } from '../conversation/types.ts';
import { refreshTaskCards } from '../tasks/apply-change.ts';
import { cancelTaskNudges } from '../tasks/nudges.ts';

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
  await refreshTaskCards(s, gone, ctx.log);
  return `${task.id} ${task.text}`;
}
