import type { Activity, ConversationReference, Entity } from 'botbuilder';
import type { Mention } from '../src/conversation/types.ts';
import type { ConversationRef, Person } from '../src/networks/network.ts';

/** Reads the tenant the way Teams sends it: on the conversation, else in channelData. */
export function tenantOf(a: Partial<Activity>): string {
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '';
}

export function conversationTypeOf(a: Partial<Activity>): 'channel' | 'groupChat' | 'personal' {
  const t = a.conversation?.conversationType;
  if (t === 'channel' || t === 'groupChat') return t;
  if (t === 'personal') return 'personal';
  // Older payloads carry only channelData.team for channel messages.
  return (a.channelData as { team?: unknown } | undefined)?.team ? 'channel' : 'personal';
}

interface TeamsChannelData {
  team?: { id?: string; name?: string; aadGroupId?: string };
  channel?: { id?: string; name?: string };
  settings?: { selectedChannel?: { id?: string } };
  eventType?: string;
  tenant?: { id?: string };
}

export function channelDataOf(a: Partial<Activity>): TeamsChannelData {
  return (a.channelData ?? {}) as TeamsChannelData;
}

/** A channel reply's conversation id is "<channel>;messageid=<root>": the root is the thread. */
export function threadIdOf(conversationId: string): string | null {
  const m = /;messageid=(\d+|[^;]+)$/.exec(conversationId);
  return m ? m[1]! : null;
}

export function channelOf(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

export function personOf(from: Activity['from'] | undefined): Person {
  return { id: from?.id ?? '', aadObjectId: from?.aadObjectId, name: from?.name ?? '' };
}

export function toRef(a: Partial<Activity>, conversationId = a.conversation?.id ?? ''): ConversationRef {
  return {
    serviceUrl: a.serviceUrl ?? '',
    channelId: a.channelId ?? 'msteams',
    conversationId,
    conversationType: conversationTypeOf(a),
    tenantId: tenantOf(a),
    botId: a.recipient?.id ?? '',
    botName: a.recipient?.name,
  };
}

export function toBotbuilderRef(ref: ConversationRef): Partial<ConversationReference> {
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: { id: ref.conversationId, isGroup: ref.conversationType !== 'personal', conversationType: ref.conversationType, tenantId: ref.tenantId, name: '' },
    bot: { id: ref.botId, name: ref.botName ?? 'Nettverksboten' },
  };
}

function decodeEntities(s: string): string {
  return s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The text a person typed: the bot's own mention removed, other mentions kept as "@Name",
 * Teams' HTML remnants stripped.
 */
export function readMessage(a: Partial<Activity>): { text: string; mentions: Mention[] } {
  let text = a.text ?? '';
  const botId = a.recipient?.id;
  const mentions: Mention[] = [];
  for (const e of (a.entities ?? []) as Entity[]) {
    if (e.type !== 'mention') continue;
    const m = e as Entity & { mentioned?: { id?: string; name?: string; aadObjectId?: string }; text?: string };
    const tag = m.text ?? `<at>${m.mentioned?.name ?? ''}</at>`;
    if (m.mentioned?.id && m.mentioned.id === botId) {
      text = text.split(tag).join(' ');
      continue;
    }
    const name = decodeEntities(tag.replace(/<\/?at>/g, '')).trim();
    if (!m.mentioned?.id) continue;
    mentions.push({ id: m.mentioned.id, aadObjectId: m.mentioned.aadObjectId, name: m.mentioned.name ?? name, text: `@${name}` });
    text = text.split(tag).join(`@${name}`);
  }
  text = decodeEntities(text.replace(/<[^>]+>/g, ' '));
  return { text: text.replace(/\s+/g, ' ').trim(), mentions };
}

export function mentionEntities(mentions: Mention[] | undefined): Entity[] {
  return (mentions ?? []).map((m) => ({
    type: 'mention',
    mentioned: { id: m.id, name: m.name },
    text: `<at>${m.name}</at>`,
  }));
}
