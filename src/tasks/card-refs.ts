import type { Services } from '../app/services.ts';
import { taskText as t } from '../i18n/index.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import type { CardRef, Task } from './task.ts';

/** Where the line a message carried above its task card is kept («Påminnelse: oppgave T2 har frist …»). */
const lineKey = (activityId: string) => `task-card-line:${activityId}`;

/** The line, and the task's due date and status when it was written (older versions kept the line alone). */
interface KeptLine {
  line: string;
  due: string | null;
  status: string;
  sentOn: string;
}

/**
 * Remembers a card the bot sent for a task, so a later change redraws it. A send whose id Teams
 * did not return cannot be updated and is not kept. `line`: the message's own text above the card,
 * kept so the redrawn message still says why it came (month round 6, N11), with the state it spoke of.
 */
export async function rememberCard(
  s: Pick<Services, 'store'> & Partial<Pick<Services, 'clock' | 'config'>>,
  task: Pick<Task, 'tenantId' | 'networkId' | 'id'> & Partial<Pick<Task, 'due' | 'status'>>,
  ref: CardRef | null | undefined,
  line?: string,
): Promise<void> {
  if (!ref?.conversationId || !ref.activityId) return;
  await s.store.tasks.addCard(task.tenantId, task.networkId, task.id, ref);
  if (!line) return;
  const kept: KeptLine | string =
    task.status !== undefined && s.clock && s.config
      ? {
          line,
          due: task.due ?? null,
          status: task.status,
          sentOn: localDateOf(s.clock.now(), s.config.timezone),
        }
      : line;
  await s.store.networks.setSetting(task.tenantId, task.networkId, lineKey(ref.activityId), kept);
}

/**
 * The line a remembered message carried above its card, or undefined. Once the task's due date or
 * status is not what the line spoke of, a line saying so instead (month round 7, N3: «har frist om 3
 * virkedager» above a card showing the task moved to January).
 */
export async function rememberedLine(
  s: Pick<Services, 'store'>,
  task: Pick<Task, 'tenantId' | 'networkId' | 'id' | 'due' | 'status'>,
  activityId: string,
): Promise<string | undefined> {
  const kept = await s.store.networks.getSetting<KeptLine | string>(task.tenantId, task.networkId, lineKey(activityId));
  if (!kept) return undefined;
  if (typeof kept === 'string') return kept;
  if (kept.due === (task.due ?? null) && kept.status === task.status) return kept.line;
  const changes: string[] = [];
  if (kept.due !== (task.due ?? null))
    changes.push(task.due ? t.lineChanges.due(formatShort(task.due)) : t.lineChanges.noDue);
  if (kept.status !== task.status) changes.push(t.lineChanges.status(t.status[task.status]));
  return t.lineKept(formatShort(kept.sentOn), kept.line, changes);
}
