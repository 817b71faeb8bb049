import { CardFactory, MessageFactory, type Activity, type MiddlewareHandler, type TurnContext } from 'botbuilder';
import type { Reply } from '../src/conversation/types.ts';
import type { OutgoingMessage } from '../src/messaging/messenger.ts';
import { disarmCardLinks, disarmText } from '../src/conversation/card-links.ts';
import { redactOutgoing } from '../src/privacy/redact.ts';
import { mentionEntities, teamsName } from './activity.ts';

/** "@Name" in domain text becomes a real Teams mention. */
function withMentionTags(text: string, message: OutgoingMessage): string {
  let out = text;
  for (const m of message.mentions ?? []) {
    const plain = `@${m.name}`;
    out = out.includes(plain) ? out.replace(plain, `<at>${m.name}</at>`) : `<at>${m.name}</at> ${out}`;
  }
  return out;
}

export function toActivity(message: OutgoingMessage): Partial<Activity> {
  const activity: Partial<Activity> = message.card
    ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card))
    : MessageFactory.text('');
  if (message.card && message.summary) activity.summary = message.summary;
  const text = message.text ?? (message.mentions?.length ? '' : undefined);
  // Disarmed before the bot's own <at> tags go in: a typed «<at>Name</at>» is no mention (attack round 11 A1).
  if (text !== undefined) activity.text = withMentionTags(disarmText(text), message);
  if (message.mentions?.length) activity.entities = mentionEntities(message.mentions);
  // A new channel thread carries its first message inside the createConversation request, past the
  // turn's send hooks, so what toActivity builds is guarded here as well as in outgoingPrivacy.
  redactActivity(activity);
  return activity;
}

export function replyToMessage(reply: Reply): OutgoingMessage {
  return reply.kind === 'card'
    ? { card: reply.card, mentions: reply.mentions }
    : { text: reply.text, mentions: reply.mentions };
}

const SHOWN = ['text', 'speak', 'summary', 'attachments', 'suggestedActions', 'value'] as const;
type Shown = (typeof SHOWN)[number];

/**
 * What redactActivity left in each shown field, kept on the activity under a symbol. botbuilder
 * copies an activity with a spread before the send hooks run (applyConversationReference), which
 * copies symbol keys too, and JSON never sends them. A field still holding the very value guarded
 * here is not walked again: a reply built by toActivity passed both guards before (issue #14: the
 * walk and the link check ran twice per outgoing activity, 5 % of the bot's CPU in roundtrip). A
 * field set or replaced after the guard (another string, another array) is walked as before.
 */
const GUARDED = Symbol('nettverksboten.guarded');
type Marked = Partial<Activity> & { [GUARDED]?: Partial<Record<Shown, unknown>> };

/**
 * Replaces every identity number in what an activity shows (text, summary, cards, an invoke's
 * answer, the names in its envelope) by the neutral mark. Addressing (ids, mentions' ids) is left
 * alone: it is not user text, and changing it would misdirect the message.
 */
export function redactActivity(activity: Partial<Activity>): void {
  const a = activity as Marked;
  const done = a[GUARDED];
  const fields = a as Record<Shown, unknown>;
  for (const key of SHOWN) {
    const v = fields[key];
    if (v === undefined || (done && Object.hasOwn(done, key) && done[key] === v)) continue;
    // Cards (attachments, and an invoke's answer card) also lose Markdown links typed into their text.
    fields[key] = key === 'attachments' || key === 'value' ? disarmCardLinks(redactOutgoing(v)) : redactOutgoing(v);
  }
  // A reply is addressed to its sender with Teams' display name (botbuilder copies the incoming
  // `from`): a name people give themselves, masked as on the way in. Ids stay as they are.
  if (activity.recipient?.name)
    activity.recipient = { ...activity.recipient, name: teamsName(activity.recipient.name) };
  if (activity.conversation?.name)
    activity.conversation = { ...activity.conversation, name: teamsName(activity.conversation.name) };
  const now: Partial<Record<Shown, unknown>> = {};
  for (const key of SHOWN) if (fields[key] !== undefined) now[key] = fields[key];
  Object.defineProperty(a, GUARDED, { value: now, enumerable: true, configurable: true, writable: true });
}

/**
 * The outgoing privacy guard, one adapter middleware: every activity any turn sends or updates
 * passes redactActivity. That covers replies, card-action (invoke) answers, error messages and
 * every proactive send and update by the messenger, which run in proactive turns of the same adapter.
 */
export const outgoingPrivacy: MiddlewareHandler = async (context: TurnContext, next) => {
  context.onSendActivities(async (_ctx, activities, send) => {
    for (const a of activities) redactActivity(a);
    return send();
  });
  context.onUpdateActivity(async (_ctx, activity, update) => {
    redactActivity(activity);
    return update();
  });
  await next();
};
