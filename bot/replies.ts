import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Services } from '../src/app/services.ts';
import type { Reply, RequestContext } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';
import { fitMessage, isTooLarge, messageBytes, REFUSED_BUDGET_BYTES, shortForm } from '../src/messaging/fit-message.ts';
import type { OutgoingMessage } from '../src/messaging/messenger.ts';
import { conversationRefSchema } from '../src/networks/schemas.ts';
import type { JobHandler } from '../src/scheduler/scheduler.ts';
import { toRef } from './activity.ts';
import { replyToMessage, toActivity } from './outgoing.ts';

export const LATE_REPLY = 'reply.late';

const payloadSchema = z.object({
  /** The turn the replies belong to (conversation and activity id): the job keys hang on it. */
  turnKey: z.string(),
  conversation: conversationRefSchema,
  threadId: z.string().nullable(),
  /** When the person wrote: the late reply names the time so they know which message it answers. */
  writtenAt: z.string(),
  /** Messages still to post; the first one carries the explanation. */
  messages: z.array(z.record(z.string(), z.unknown())).min(1),
  /** How many of the original messages were posted already (keys of follow-up jobs). */
  sent: z.number().int().min(0).default(0),
  /** Set on follow-ups: the first late message already said why it came late. */
  explained: z.boolean().default(false),
});
type LatePayload = z.infer<typeof payloadSchema>;

/**
 * Posts a turn's replies. When Teams will not take one (429, 5xx, a timeout) the handler has already
 * done its work, usually stored an entry: telling the person to send it again would store it twice.
 * So the rest of the replies is handed to the scheduler, which posts them as soon as the connector
 * answers, headed by a line that says the answer came late. The turn itself ends normally.
 */
export async function sendReplies(
  s: Services,
  context: TurnContext,
  ctx: RequestContext,
  replies: Reply[],
): Promise<void> {
  for (let i = 0; i < replies.length; i++) {
    try {
      const reply = replies[i]!;
      const res = await sendSized(context, ctx, replyToMessage(reply));
      if (reply.kind === 'card' && reply.posted && res?.id)
        await reply
          .posted({ conversationId: context.activity.conversation.id, activityId: res.id })
          .catch((err: unknown) =>
            ctx.log.warn({ err: { message: (err as Error).message } }, 'where a card was posted was not kept'),
          );
    } catch (err) {
      const e = err as { statusCode?: number; message?: string };
      if (isTooLarge(err)) {
        // Its short form was refused too: no later try would be taken either (attack round 8, A9).
        ctx.log.error({ err: { status: 413 } }, 'reply refused for its size even when short; not retried');
        continue;
      }
      ctx.log.warn(
        { err: { status: e.statusCode, message: e.message }, left: replies.length - i },
        'reply not posted; the scheduler posts it later',
      );
      const payload: LatePayload = {
        turnKey: `${ctx.scope.conversationId}:${ctx.scope.activityId ?? ctx.now.toISOString()}`,
        conversation: toRef(context.activity),
        threadId: ctx.scope.threadId,
        writtenAt: ctx.now.toISOString(),
        messages: replies.slice(i).map(replyToMessage) as LatePayload['messages'],
        sent: i,
        explained: false,
      };
      await planLate(s, ctx.scope.tenantId, ctx.scope.network?.networkId ?? '', payload, ctx.now).catch((planErr) =>
        ctx.log.error({ err: { message: (planErr as Error).message } }, 'could not plan the late reply'),
      );
      return;
    }
  }
}

/**
 * One reply within Teams' size limit (attack round 8, A9): one over it goes in its short form at once
 * (its text, cut to fit, and where to see the rest), and one Teams refuses for its size (413) is
 * replaced by its short form right away instead of being handed to the late-reply job, which would
 * only meet the same 413 again.
 */
async function sendSized(context: TurnContext, ctx: RequestContext, message: OutgoingMessage) {
  const fitted = fitMessage(message);
  if (fitted !== message)
    ctx.log.warn({ bytes: messageBytes(message) }, 'reply over Teams size; its short form is sent');
  try {
    return await context.sendActivity(toActivity(fitted));
  } catch (err) {
    if (!isTooLarge(err) || fitted !== message) throw err;
    ctx.log.warn({ bytes: messageBytes(message), status: 413 }, 'Teams refused the reply for its size');
    return context.sendActivity(toActivity(shortForm(message, REFUSED_BUDGET_BYTES)));
  }
}

function planLate(s: Services, tenantId: string, networkId: string, payload: LatePayload, now: Date): Promise<boolean> {
  return s.store.jobs.plan(
    {
      tenantId,
      networkId,
      key: `${LATE_REPLY}:${tenantId}:${payload.turnKey}:${payload.sent}`,
      kind: LATE_REPLY,
      dueAt: now,
      payload,
    },
    now,
  );
}

/** The scheduler's side: posts what a turn could not, through the sender with its own retries. */
export function lateReplyJob(s: Services): JobHandler {
  return {
    kind: LATE_REPLY,
    async run(job, now) {
      const parsed = payloadSchema.safeParse(job.payload);
      if (!parsed.success) {
        s.log.error({ key: job.key }, 'late reply with unreadable payload dropped');
        return;
      }
      const p = parsed.data;
      const time = new Intl.DateTimeFormat('nb-NO', {
        timeZone: s.config.timezone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(new Date(p.writtenAt))
        .replace('.', ':');
      const [first, ...rest] = p.messages as OutgoingMessage[];
      const why = helpText.lateReply(time);
      const head: OutgoingMessage = p.explained
        ? first!
        : { ...first, text: first!.text ? `${why}\n\n${first!.text}` : why };
      await s.messenger.send(p.conversation, head, p.threadId);
      // One message per job run: a failure later on must not post the first one twice.
      if (rest.length) {
        await planLate(
          s,
          job.tenantId,
          job.networkId,
          { ...p, messages: rest as LatePayload['messages'], sent: p.sent + 1, explained: true },
          now,
        );
      }
    },
  };
}
