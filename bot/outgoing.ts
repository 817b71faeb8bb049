import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../src/conversation/types.ts';
import type { OutgoingMessage } from '../src/messaging/messenger.ts';
import { mentionEntities } from './activity.ts';

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
  if (text !== undefined) activity.text = withMentionTags(text, message);
  if (message.mentions?.length) activity.entities = mentionEntities(message.mentions);
  return activity;
}

export function replyToMessage(reply: Reply): OutgoingMessage {
  return reply.kind === 'card' ? { card: reply.card, mentions: reply.mentions } : { text: reply.text, mentions: reply.mentions };
}
