import type { AdaptiveCard, Mention } from '../conversation/types.ts';
import type { ConversationRef, Network, Person } from '../networks/network.ts';

export interface OutgoingMessage {
  text?: string;
  card?: AdaptiveCard;
  mentions?: Mention[];
  /** Shown in notifications and the activity feed when the message is a card. */
  summary?: string;
}

export interface Posted {
  conversationId: string;
  activityId: string;
}

/**
 * Proactive messages, the port the domain and scheduler use to reach Teams. The bot layer
 * implements it on top of the adapter; tests drive it through the connector emulator.
 */
export interface Messenger {
  /** A new thread in the network's channel (or a message in its group chat). */
  startThread(network: Network, message: OutgoingMessage): Promise<Posted>;
  /** A reply in a thread (threadId) or a plain message to a chat. */
  send(conversation: ConversationRef, message: OutgoingMessage, threadId?: string | null): Promise<Posted>;
  /** Replace a posted message for everyone: Teams' card refresh is unreliable in channels. */
  update(
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId?: string | null,
  ): Promise<void>;
  /** A personal chat with someone; returns null when the bot cannot reach them. */
  sendToPerson(tenantId: string, person: Person, message: OutgoingMessage): Promise<Posted | null>;
}
