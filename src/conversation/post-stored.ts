import type { Logger } from '../log.ts';
import type { Messenger, OutgoingMessage, Posted } from '../messaging/messenger.ts';
import type { ConversationRef } from '../networks/network.ts';
import type { Reply } from './types.ts';

/**
 * Posts the card of something already stored (a task, the minutes). If Teams will not take it (a
 * reset connection, 429, 5xx), the turn must not fail: the entry is saved, and a "not saved, try
 * again" would make people store it twice. The card then travels as an ordinary reply instead,
 * which the bot posts late if Teams still refuses; only updating it for everyone is lost.
 */
export async function postStoredCard(
  messenger: Messenger,
  log: Logger,
  conversation: ConversationRef,
  message: OutgoingMessage & { card: NonNullable<OutgoingMessage['card']> },
  threadId: string | null,
): Promise<{ posted: Posted | null; fallback: Reply[] }> {
  try {
    return { posted: await messenger.send(conversation, message, threadId), fallback: [] };
  } catch (err) {
    const e = err as { statusCode?: number; code?: string; message?: string };
    log.warn(
      { err: { status: e.statusCode, code: e.code, message: e.message } },
      'card of a stored entry not posted; sent as a reply',
    );
    return { posted: null, fallback: [{ kind: 'card', card: message.card, mentions: message.mentions }] };
  }
}
