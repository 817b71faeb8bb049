import type { Reply, RequestContext } from '../conversation/types.ts';
import { splitItems, type ItemKind } from './split-items.ts';

/** How one meeting line of each kind is handled when typed alone: `args` is what follows the keyword. */
export type ItemHandlers = Record<ItemKind, (ctx: RequestContext, args: string) => Promise<Reply[]>>;

/**
 * A message with several meeting lines («vedtak: A; oppgave @Ola …») is handled part by part, each as if
 * typed alone (month s15 #2), so a task part makes the task and tells its owner; one line is left to `alone`.
 */
export async function eachItem(
  ctx: RequestContext,
  handlers: ItemHandlers,
  alone: () => Promise<Reply[]>,
): Promise<Reply[]> {
  const parts = splitItems(ctx.text);
  if (!parts) return alone();
  const replies: Reply[] = [];
  for (const p of parts) replies.push(...(await handlers[p.kind]({ ...ctx, text: p.line }, p.args)));
  return replies;
}
