import { z } from 'zod';
import { noticeCard } from '../../cards/notice.ts';
import { taskCancelCard } from '../../cards/task-cancel.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { answerOnce, askedCardFields, askOnce } from '../conversation/confirmations.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { calendarText, taskText as t } from '../i18n/index.ts';
import { applyTaskChange } from './apply-change.ts';
import { cancelRefusal } from './permissions.ts';
import type { Task } from './task.ts';
import { parseCancelTarget } from './task-words.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';

// N6: a duplicate or mistaken task could only be marked «Ferdig», and then the minutes said it was
// done. Cancelling («avlys», «slett», «fjern») asks first on a single-use card, then marks the task
// cancelled: out of the open lists, agendas and reminders, «avlyst» in the minutes, and reopenable.

const CONFIRM_VALID_MS = 60 * 60_000;

export const cancelData = z.object({
  taskId: z.string().min(1).max(20),
  networkId: z.string().min(1).max(300),
  ...askedCardFields,
});

/**
 * The nonce confirms cancelling this one task, asked by the one the card names: a card for T2 cannot
 * cancel T3, nor name another asker, with edited data.
 */
const purpose = (taskId: string) => `task.cancel:${taskId.toUpperCase()}`;

/** «avlys oppgave T3», «slett T3», «oppgave T3 fjern»: the confirmation card, or why not. */
export async function askCancel(s: Services, ctx: RequestContext, id: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const task = await s.store.tasks.get(network.tenantId, network.networkId, id);
  if (!task)
    return [
      card(noticeCard({ title: t.heading(id), message: t.notFound(id), example: t.cancel.example, tone: 'error' })),
    ];
  const refused = await cancelRefusal(s.store, task, ctx.actor);
  if (refused) return [text(refused)];
  if (task.status === 'cancelled') return [text(t.cancel.already(task.id))];
  const once = await askOnce(s, network, purpose(task.id), ctx.actor, CONFIRM_VALID_MS);
  return [card(taskCancelCard({ task, ...once, state: { kind: 'asked' } }))];
}

/** `avlys oppgave T3` and its short forms: the confirmation card, or which task was meant. */
export async function cancelByCommand(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const target = parseCancelTarget(args);
  if (target.ok) return askCancel(s, ctx, target.id);
  const notice = noticeCard({
    title: t.cancel.which,
    // «avlys 26.02», «slett møtet»: a meeting may be meant; its command is named too.
    message: target.meeting ? t.cancel.meeting(calendarText.commands.cancel.example) : undefined,
    example: t.cancel.example,
    tone: 'error',
  });
  return [card(notice)];
}

/**
 * Both buttons. Refusals that should leave the card usable (another network, someone who may not
 * cancel) come before the nonce is used; the first answer uses it up, so a double click, a second
 * click or a replayed request changes nothing.
 */
export async function answerCancel(
  s: Services,
  ctx: RequestContext,
  d: z.infer<typeof cancelData>,
  confirm: boolean,
): Promise<ActionResult> {
  const n = cardNetwork(ctx, d.networkId);
  if (!n) return wrongNetworkCard;
  const task = await s.store.tasks.get(n.tenantId, n.networkId, d.taskId);
  if (!task) return { kind: 'message', text: t.notFound(d.taskId) };
  const refused = await cancelRefusal(s.store, task, ctx.actor);
  if (refused) return { kind: 'message', text: refused };
  const { use, askedBy } = await answerOnce(s, n, purpose(task.id), d, ctx.actor);
  const base = { task, expires: d.expires, askedBy };
  if (use !== 'ok') return { kind: 'card', card: taskCancelCard({ ...base, state: { kind: use } }) };
  if (!confirm) return answered(s, ctx, taskCancelCard({ ...base, state: { kind: 'kept', by: ctx.actor.name } }));
  let done: Task = task;
  if (task.status !== 'cancelled')
    done = await applyTaskChange(
      s,
      ctx,
      task,
      { type: 'status', from: task.status, to: 'cancelled' },
      'cancel',
      // The clicked card is the confirmation, not a copy of the task card: it is not redrawn as one.
      { clickedIsTaskCard: false },
    );
  return answered(s, ctx, taskCancelCard({ ...base, task: done, state: { kind: 'cancelled', by: ctx.actor.name } }));
}

/** The returned card reaches only the clicker; the posted one loses its buttons for everyone. */
const answered = (s: Services, ctx: RequestContext, c: ReturnType<typeof taskCancelCard>): Promise<ActionResult> =>
  answerClickedCard(s, ctx, ctx.scope.network, c, 'the posted cancel card');
