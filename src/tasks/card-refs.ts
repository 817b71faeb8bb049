import type { Services } from '../app/services.ts';
import type { CardRef, Task } from './task.ts';

/** Where the line a message carried above its task card is kept («Påminnelse: oppgave T2 har frist …»). */
const lineKey = (activityId: string) => `task-card-line:${activityId}`;

/**
 * Remembers a card the bot sent for a task, so a later change redraws it. A send whose id Teams
 * did not return cannot be updated and is not kept. `line`: the message's own text above the card,
 * kept so the redrawn message still says why it came (month round 6, N11).
 */
export async function rememberCard(
  s: Pick<Services, 'store'>,
  task: Pick<Task, 'tenantId' | 'networkId' | 'id'>,
  ref: CardRef | null | undefined,
  line?: string,
): Promise<void> {
  if (!ref?.conversationId || !ref.activityId) return;
  await s.store.tasks.addCard(task.tenantId, task.networkId, task.id, ref);
  if (line) await s.store.networks.setSetting(task.tenantId, task.networkId, lineKey(ref.activityId), line);
}

/** The line a remembered message carried above its card, or undefined. */
export async function rememberedLine(
  s: Pick<Services, 'store'>,
  task: Pick<Task, 'tenantId' | 'networkId'>,
  activityId: string,
): Promise<string | undefined> {
  return (await s.store.networks.getSetting<string>(task.tenantId, task.networkId, lineKey(activityId))) ?? undefined;
}
