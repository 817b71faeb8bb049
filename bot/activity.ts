import type { Activity, ConversationReference, Entity } from 'botbuilder';
import type { Mention } from '../src/conversation/types.ts';
import type { ConversationRef, Person } from '../src/networks/network.ts';
import { redactText } from '../src/privacy/redact.ts';
import { carriesNationalId } from '../src/privacy/guard.ts';
import { withoutControls } from '../src/privacy/controls.ts';
import { hasMarkup, shownReadings } from '../src/privacy/markup.ts';

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

/**
 * The thread a channel activity belongs to: the root its conversation id names, else the message it
 * answers, else itself (a new post); null outside a channel. The request's scope and the redelivery
 * check read it alike.
 */
export function threadOf(a: Partial<Activity>): string | null {
  if (conversationTypeOf(a) !== 'channel') return null;
  return threadIdOf(a.conversation?.id ?? '') ?? a.replyToId ?? a.id ?? null;
}

export function channelOf(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

/**
 * A name Teams hands us (a person, a mention, a team or group chat) as the bot may keep it: people
 * name themselves, guests from other tenants too, and a name can carry an identity number that
 * would then reach the minutes, the tab, the calendar feed and the export. It is masked on the way in.
 */
export function teamsName(name: string | undefined | null): string {
  return name ? redactText(name) : '';
}

export function personOf(from: Activity['from'] | undefined): Person {
  return { id: from?.id ?? '', aadObjectId: from?.aadObjectId, name: teamsName(from?.name) };
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
    conversation: {
      id: ref.conversationId,
      isGroup: ref.conversationType !== 'personal',
      conversationType: ref.conversationType,
      tenantId: ref.tenantId,
      name: '',
    },
    bot: { id: ref.botId, name: ref.botName ?? 'Nettverksboten' },
  };
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squeeze = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The text a person typed: the bot's own mention removed, other mentions kept as "@Name",
 * Teams' HTML remnants stripped. `mentionedBot` says whether the person @mentioned the bot (an entity
 * for it). Its name typed as "@Nettverksboten" at the start is removed from the text but is no mention
 * (`typedBotName`): Teams delivers such a message only with RSC, so obeying it would teach a habit that
 * fails silently in a tenant without (N24).
 */
export function readMessage(a: Partial<Activity>): {
  text: string;
  mentions: Mention[];
  mentionedBot: boolean;
  typedBotName: boolean;
} {
  let text = a.text ?? '';
  const botId = a.recipient?.id;
  const botName = a.recipient?.name || 'Nettverksboten';
  const mentions: Mention[] = [];
  let mentionedBot = false;
  const groups: string[] = [];
  for (const e of (a.entities ?? []) as Entity[]) {
    if (e.type !== 'mention') continue;
    const m = e as Entity & { mentioned?: { id?: string; name?: string; aadObjectId?: string }; text?: string };
    const tag = m.text ?? `<at>${m.mentioned?.name ?? ''}</at>`;
    if (m.mentioned?.id && m.mentioned.id === botId) {
      mentionedBot = true;
      // The entity's text and the message may differ in case and spacing ("<at>nettverksboten </at>").
      const names = new Set(
        [squeeze(tag.replace(/<\/?at>/g, '')), squeeze(m.mentioned.name ?? ''), squeeze(botName)].filter(Boolean),
      );
      text = text
        .split(tag)
        .join(' ')
        .replace(/<at>([^<]*)<\/at>/gi, (whole, inner: string) => (names.has(squeeze(inner)) ? ' ' : whole));
      continue;
    }
    const name = decodeEntities(tag.replace(/<\/?at>/g, '')).trim();
    // @Kanal, @Team or a @tag (N14, round 8): a conversation or a tag, never a person. It stays in the
    // text as typed, except around the command, where it would hide the command word.
    const to = m.mentioned as { conversationIdentityType?: string; type?: string } | undefined;
    if (to?.conversationIdentityType || to?.type === 'tag') {
      groups.push(name);
      text = text.split(tag).join(`@${name}`);
      continue;
    }
    if (!m.mentioned?.id) continue;
    mentions.push({
      id: m.mentioned.id,
      aadObjectId: m.mentioned.aadObjectId,
      name: teamsName(m.mentioned.name ?? name),
      text: `@${name}`,
    });
    text = text.split(tag).join(`@${name}`);
  }
  const html = text;
  text = decodeEntities(text.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  // A tag or entity inside a number ("0101<b>90</b>10046", "0101&#57;010046") draws nothing
  // between its digits in Teams: the text goes on as the reader saw it, so the guard refuses it.
  if (hasMarkup(html) && !carriesNationalId(text) && carriesNationalId(html))
    text = (shownReadings(html).find(carriesNationalId) ?? text).replace(/\s+/g, ' ').trim();
  // "@Nettverksboten hjelp" typed by hand (no entity, or an entity plus the typed name): the name is no part of the command.
  // Without the @ the name addresses the bot only as a salutation, «Nettverksboten: …» or «Nettverksboten, …».
  const name = escapeRe(botName).replace(/ /g, '\\s*');
  const typedName = new RegExp(`^(?:@\\s*${name}(?![\\p{L}\\p{N}])[\\s:,]*|${name}\\s*[:,][\\s:,]*)+`, 'iu');
  const typedBotName = typedName.test(text);
  if (typedBotName) text = text.replace(typedName, '');
  if (groups.length) {
    const names = groups.map((g) => `@${escapeRe(g)}`).join('|');
    text = text
      .replace(new RegExp(`^(?:(?:${names})[\\s:,]*)+`, 'u'), '')
      .replace(new RegExp(`(?:\\s+(?:${names}))+\\s*$`, 'u'), '');
  }
  return {
    // NUL, BEL, ESC and the other controls draw nothing and are never stored (attack round 8, A6).
    text: withoutControls(text).replace(/\s+/g, ' ').trim(),
    mentions,
    mentionedBot,
    typedBotName: typedBotName && !mentionedBot,
  };
}

/**
 * Whether the message carries a file or a picture (N14, round 8). In a channel Teams hands the bot no
 * file, only a text/html copy of the message with a link to it (or the picture); in a personal chat,
 * for apps with supportsFiles, a file.download.info attachment.
 */
export function carriesFile(a: Partial<Activity>): boolean {
  return (a.attachments ?? []).some(
    (x) =>
      x.contentType === 'application/vnd.microsoft.teams.file.download.info' ||
      (x.contentType === 'text/html' && /<(?:a\s[^>]*href=|img\s)/i.test(String(x.content ?? ''))),
  );
}

export function mentionEntities(mentions: Mention[] | undefined): Entity[] {
  return (mentions ?? []).map((m) => ({
    type: 'mention',
    mentioned: { id: m.id, name: m.name },
    text: `<at>${m.name}</at>`,
  }));
}
