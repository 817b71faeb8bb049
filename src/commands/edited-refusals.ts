import type { Reply, RequestContext } from '../conversation/types.ts';
import { privacyText } from '../i18n/index.ts';
import type { ChildReason } from '../privacy/child-mention.ts';
import type { Store } from '../store/store.ts';
import { route } from './router.ts';
import type { CommandSpec } from './spec.ts';

// Month round 8b (N16 and after): a command message that was refused when it was sent (a child named,
// a fødselsnummer, a date that does not exist) did nothing. When it is edited, the edit is the command
// as it was meant, so it runs as a new command, once. What came of the message is remembered per
// message for the window in which activities are remembered (src/conversation/seen-activities.ts):
// `started` when its handling began, `refused` when it did nothing, `noted` when its handling ended.

/** The channel without the thread part: a post and its edit may name the conversation either way. */
const channelOf = (conversationId: string) => conversationId.split(';')[0] ?? conversationId;
const startedKey = (activityId: string) => `started:${activityId}`;
const refusedKey = (activityId: string) => `refused:${activityId}`;
const notedKey = (activityId: string) => `noted:${activityId}`;
const ranKey = (activityId: string) => `edit-ran:${activityId}`;

/** Every reason the input check gives for a child (typed, so a new reason cannot be left out). */
const CHILD_REASONS: Record<ChildReason, true> = { age: true, 'child-word': true, birth: true, 'school-class': true };
/** The input check's refusals (src/privacy/guard.ts): what a command answers when it stored nothing. */
const GUARD_REFUSALS = new Set<string>([
  privacyText.refused,
  ...(Object.keys(CHILD_REASONS) as ChildReason[]).map((r) => privacyText.childRefused(r)),
]);
const TOO_LONG = privacyText.tooLong(0, 0).slice(0, privacyText.tooLong(0, 0).indexOf('('));

/**
 * Whether a command's replies are a refusal only: every reply is the input check's refusal or an error
 * notice (red title: what was wrong and an example). Read from what running the command gave, never
 * from its text again: a text the plain check refuses may have been accepted knowing the network's
 * members (checkInputKnowing), and then it ran (review 1, H2).
 */
export function refusedOnly(replies: readonly Reply[]): boolean {
  if (!replies.length) return false;
  return replies.every((r) =>
    r.kind === 'text' ? GUARD_REFUSALS.has(r.text) || r.text.startsWith(TOO_LONG) : isErrorNotice(r.card),
  );
}

function isErrorNotice(c: unknown): boolean {
  const body = (c as { body?: unknown })?.body;
  const first = Array.isArray(body) ? (body[0] as { color?: unknown } | undefined) : undefined;
  return first?.color === 'Attention';
}

/** What the message handler notes about a command message: that it began, then what came of it. */
export interface CommandOutcome {
  /** After it ran: refused (so its edit may run once) or not; in either case its handling has ended. */
  ended(replies: readonly Reply[]): Promise<void>;
  /** It threw: no outcome to note, and an edit must not wait for one. */
  failed(): Promise<void>;
}

const NOTHING: CommandOutcome = { ended: async () => {}, failed: async () => {} };

/**
 * Before a message runs: an addressed command is marked as being handled, so an edit that overtakes it
 * (another instance, or the conversation named without the thread) knows the outcome is not known yet
 * (review 1, L2). A store error here or later is logged and never costs the answer (review 1, L3).
 */
export async function startCommand(
  store: Store,
  ctx: RequestContext,
  commands: readonly CommandSpec[],
): Promise<CommandOutcome> {
  const id = ctx.scope.activityId;
  if (!id || !ctx.scope.network) return NOTHING;
  const addressed = ctx.scope.conversationType === 'personal' || ctx.mentionedBot !== false;
  if (!addressed) return NOTHING;
  const r = route(ctx.text, commands);
  if (r.kind !== 'command' || r.polite) return NOTHING;
  const { tenantId } = ctx.scope;
  const conversationId = channelOf(ctx.scope.conversationId);
  const warn = (err: unknown, what: string) =>
    ctx.log.warn({ err: { message: (err as Error).message } }, `could not note ${what} of a command message`);
  try {
    await store.seenActivities.claim(tenantId, conversationId, startedKey(id), ctx.now);
  } catch (err) {
    warn(err, 'the start');
    return NOTHING;
  }
  return {
    async ended(replies) {
      try {
        if (refusedOnly(replies)) await store.seenActivities.claim(tenantId, conversationId, refusedKey(id), ctx.now);
        await store.seenActivities.claim(tenantId, conversationId, notedKey(id), ctx.now);
      } catch (err) {
        warn(err, 'the outcome');
      }
    },
    async failed() {
      await store.seenActivities
        .release(tenantId, conversationId, startedKey(id))
        .catch((err) => warn(err, 'the failure'));
    },
  };
}

/** What an edit finds about its message: refused (runs once as new), still running, or anything else. */
export type EditedMessage = 'refused-first' | 'not-yet-known' | 'other';

/**
 * Whether this edit is the first to follow a refused command (and so runs as a new one). Claimed once:
 * an edit of an edit that ran answers as any other edited command. A message whose handling began but
 * has not ended is not yet known: nothing is claimed, so an edit after its refusal still runs.
 */
export async function editedMessage(store: Store, ctx: RequestContext, activityId: string): Promise<EditedMessage> {
  const { tenantId } = ctx.scope;
  const conversationId = channelOf(ctx.scope.conversationId);
  const seen = (key: string) => store.seenActivities.seen(tenantId, conversationId, key, ctx.now);
  if (await seen(refusedKey(activityId)))
    return (await store.seenActivities.claim(tenantId, conversationId, ranKey(activityId), ctx.now))
      ? 'refused-first'
      : 'other';
  if ((await seen(startedKey(activityId))) && !(await seen(notedKey(activityId)))) return 'not-yet-known';
  return 'other';
}

/** The edit that ran was refused too: the next edit may still run. */
export async function stillRefused(store: Store, ctx: RequestContext, activityId: string): Promise<void> {
  await store.seenActivities.release(ctx.scope.tenantId, channelOf(ctx.scope.conversationId), ranKey(activityId));
}
