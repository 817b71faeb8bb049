import type { Reply, RequestContext } from '../conversation/types.ts';
import { guard } from '../privacy/guard.ts';
import type { Store } from '../store/store.ts';
import { route } from './router.ts';
import type { CommandSpec } from './spec.ts';

// Month round 8b (N16 and after): a command message that was refused when it was sent (a child named,
// a fødselsnummer, a date that does not exist) did nothing. When it is edited, the edit is the command
// as it was meant, so it runs as a new command, once. The refusal is remembered per message for the
// window in which activities are remembered (src/conversation/seen-activities.ts).

/** The channel without the thread part: a post and its edit may name the conversation either way. */
const channelOf = (conversationId: string) => conversationId.split(';')[0] ?? conversationId;
const refusedKey = (activityId: string) => `refused:${activityId}`;
const ranKey = (activityId: string) => `edit-ran:${activityId}`;

/**
 * Whether replies are a refusal only: the text failed the input check (every feature checks it before
 * storing anything), or every reply is an error notice (red title: what was wrong and an example).
 */
export function refusedOnly(typed: string, replies: readonly Reply[]): boolean {
  if (!replies.length) return false;
  if (!guard(typed).ok) return true;
  return replies.every((r) => r.kind === 'card' && isErrorNotice(r.card));
}

function isErrorNotice(c: unknown): boolean {
  const body = (c as { body?: unknown })?.body;
  const first = Array.isArray(body) ? (body[0] as { color?: unknown } | undefined) : undefined;
  return first?.color === 'Attention';
}

/** After a message ran: a command that was refused is remembered, so its edit may run. */
export async function noteRefusal(
  store: Store,
  ctx: RequestContext,
  commands: readonly CommandSpec[],
  replies: readonly Reply[],
): Promise<void> {
  const id = ctx.scope.activityId;
  if (!id || !ctx.scope.network) return;
  const addressed = ctx.scope.conversationType === 'personal' || ctx.mentionedBot !== false;
  if (!addressed || !refusedOnly(ctx.text, replies)) return;
  const r = route(ctx.text, commands);
  if (r.kind !== 'command' || r.polite) return;
  await store.seenActivities.claim(ctx.scope.tenantId, channelOf(ctx.scope.conversationId), refusedKey(id), ctx.now);
}

/**
 * Whether this edit is the first to follow a refused command (and so runs as a new one). Claimed once:
 * an edit of an edit that ran answers as any other edited command. A message that was not refused is
 * marked as having run, so a later edit never takes the mark for a refusal.
 */
export async function firstRunOfRefused(store: Store, ctx: RequestContext, activityId: string): Promise<boolean> {
  const { tenantId } = ctx.scope;
  const conversationId = channelOf(ctx.scope.conversationId);
  const wasRefused = !(await store.seenActivities.claim(tenantId, conversationId, refusedKey(activityId), ctx.now));
  const first = await store.seenActivities.claim(tenantId, conversationId, ranKey(activityId), ctx.now);
  return wasRefused && first;
}

/** The edit that ran was refused too: the next edit may still run. */
export async function stillRefused(store: Store, ctx: RequestContext, activityId: string): Promise<void> {
  await store.seenActivities.release(ctx.scope.tenantId, channelOf(ctx.scope.conversationId), ranKey(activityId));
}
